package cn.qingdao.hrss.jiuye.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test helper: the lines of a feedback workbook's 退回明细 sheet below its title and header, each as the
 * ten texts a person sees: 文件, 工作表, 行号, 列, 代码, 说明, 值, 月份, 处理结果, 补充说明.
 */
public final class FeedbackLines {

    /** The codes whose lines depend on earlier quarters or other districts' files (rules §5 step 4, §7). */
    public static final Set<String> HISTORY = Set.of("MONTH_ALREADY_PAID", "PERIOD_CAP_REACHED", "ALREADY_SUBSIDISED",
            "DUPLICATE_APPLICATION", "DUPLICATE_SUBMISSION");

    private FeedbackLines() {
    }

    public static List<List<String>> of(Path workbook) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("退回明细");
            for (Row row : sheet) {
                if (row.getRowNum() < 2) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 10; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                lines.add(cells);
            }
        }
        return lines;
    }

    /**
     * What a line says about the file, whatever the history: file, sheet, row, column, code, message,
     * value, month (not 处理结果, which for a month line depends on the row's other months); lines of the
     * {@link #HISTORY} codes left out.
     */
    public static List<List<String>> withoutHistory(List<List<String>> lines) {
        return lines.stream().filter(l -> !HISTORY.contains(l.get(4))).map(l -> l.subList(0, 8)).toList();
    }

    /** The title of a sheet of a feedback workbook (its first row). */
    public static String title(Path workbook, String sheet) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return wb.getSheet(sheet).getRow(0).getCell(0).getStringCellValue();
        }
    }

    /** Every text of the first column of a sheet, top to bottom. */
    public static List<String> firstColumn(Path workbook, String sheet) throws IOException {
        List<String> texts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row row : wb.getSheet(sheet)) {
                Cell cell = row.getCell(0);
                texts.add(cell == null ? "" : cell.toString());
            }
        }
        return texts;
    }
}
