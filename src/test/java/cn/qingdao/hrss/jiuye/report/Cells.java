package cn.qingdao.hrss.jiuye.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading written workbooks back in tests: cells as Excel shows them. */
final class Cells {

    private static final DataFormatter FORMAT = new DataFormatter(java.util.Locale.ROOT);

    private Cells() {
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Every row of a sheet as the texts Excel displays ("" for empty cells). */
    static List<List<String>> rows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(text(row.getCell(c)));
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    static String text(Cell cell) {
        return cell == null ? "" : FORMAT.formatCellValue(cell);
    }

    /** The first row whose cell {@code col} displays {@code text}. */
    static Row find(Sheet sheet, int col, String text) {
        for (Row row : sheet) {
            if (text.equals(text(row.getCell(col)))) {
                return row;
            }
        }
        throw new AssertionError("no row with '" + text + "' in column " + col + " of " + sheet.getSheetName());
    }

    /** The first row whose cells {@code col1}, {@code col2} display the texts. */
    static Row find(Sheet sheet, int col1, String text1, int col2, String text2) {
        for (Row row : sheet) {
            if (text1.equals(text(row.getCell(col1))) && text2.equals(text(row.getCell(col2)))) {
                return row;
            }
        }
        throw new AssertionError("no row with '" + text1 + "', '" + text2 + "' in " + sheet.getSheetName());
    }

    static double number(Row row, int col) {
        return row.getCell(col).getNumericCellValue();
    }
}
