package cn.qingdao.hrss.jiuye.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Test helper: reads a workbook back with POI, cell by cell, as comparable text. */
final class WorkbookDump {

    private WorkbookDump() {
    }

    /** One line per non-empty cell: sheet!row:col type value (formulas with their cached value). */
    static List<String> cells(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : wb) {
                lines.add("sheet " + sheet.getSheetName() + " merged " + sheet.getMergedRegions());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        lines.add(sheet.getSheetName() + "!" + (row.getRowNum() + 1) + ":" + cell.getColumnIndex() + " "
                                + describe(cell));
                    }
                }
            }
        }
        return lines;
    }

    static String describe(Cell cell) {
        CellType type = cell.getCellType();
        String formula = "";
        if (type == CellType.FORMULA) {
            formula = "=" + cell.getCellFormula() + " ";
            type = cell.getCachedFormulaResultType();
        }
        return formula + switch (type) {
            case STRING -> "S " + cell.getStringCellValue();
            case NUMERIC -> "N " + cell.getNumericCellValue() + " " + cell.getCellStyle().getDataFormatString();
            case BOOLEAN -> "B " + cell.getBooleanCellValue();
            case BLANK -> "_";
            default -> type.toString();
        };
    }
}
