package cn.qingdao.hrss.jiuye.template;

import cn.qingdao.hrss.jiuye.domain.DistrictRegistry;
import cn.qingdao.hrss.jiuye.domain.Indicator;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import cn.qingdao.hrss.jiuye.statistics.IndicatorValues;
import cn.qingdao.hrss.jiuye.statistics.StatisticsResult;
import cn.qingdao.hrss.jiuye.statistics.StatisticsSheet;
import cn.qingdao.hrss.jiuye.validation.RowValidator;
import cn.qingdao.hrss.jiuye.workbook.DataRow;
import cn.qingdao.hrss.jiuye.workbook.RawCell;
import cn.qingdao.hrss.jiuye.workbook.SubmissionWorkbook;
import cn.qingdao.hrss.jiuye.workbook.WorkbookException;
import cn.qingdao.hrss.jiuye.workbook.Workbooks;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiPredicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test helper: a district's template filled in with the rows of another workbook of the district (a
 * sample quarter's file), as a clerk would copy them over. Every data row the run reads from the
 * source is written, in order, from the template's third row on, each cell as the run read it: text as
 * text, a number as a number (date-formatted when it was), an error as the error; the statistics
 * sheet gets the three months of each indicator, and its totals stay formulas.
 */
public final class FilledTemplate {

    /** Where a source row went: its subsidy, its row number in the source and in the filled template. */
    public record Moved(Subsidy subsidy, int sourceRow, int templateRow) {
    }

    private FilledTemplate() {
    }

    /**
     * Writes the filled template {@code <district>_<quarter>.xlsx} into {@code dir}.
     *
     * @param keep          which source rows (subsidy, source row number) to copy
     * @param computeTotals whether to compute the totals' values here, as an office suite does when the
     *                      months are typed in; false leaves the formulas without a value
     * @param moved         collects where each copied row went (may be null)
     */
    public static Path fill(Path source, Quarter quarter, String district, Path dir, BiPredicate<Subsidy, Integer> keep,
                            boolean computeTotals, Map<Integer, Moved> moved) throws IOException, WorkbookException {
        Path blank = DistrictTemplate.write(quarter, district, DistrictRegistry.load(Path.of("data/reference/districts.csv")),
                Files.createTempDirectory(dir, ".blank"));
        Path file = dir.resolve(blank.getFileName());
        try (InputStream in = Files.newInputStream(blank); XSSFWorkbook wb = new XSSFWorkbook(in);
             SubmissionWorkbook src = Workbooks.open(source)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle general = wb.createCellStyle();
            for (Subsidy subsidy : Subsidy.values()) {
                XSSFSheet sheet = wb.getSheet(subsidy.sheetName());
                int[] next = {ApplicationSheet.HEADER_ROW + 1};
                src.readTable(RowValidator.of(subsidy).sheet(), row -> {
                    if (keep.test(subsidy, row.rowNumber())) {
                        copy(row, sheet.createRow(next[0]), date, general);
                        if (moved != null) {
                            moved.put(key(subsidy, row.rowNumber()), new Moved(subsidy, row.rowNumber(), next[0] + 1));
                        }
                        next[0]++;
                    }
                });
            }
            StatisticsResult statistics = StatisticsSheet.read(src);
            XSSFSheet sheet = wb.getSheet(StatisticsSheet.SHEET.name());
            for (Indicator indicator : Indicator.values()) {
                IndicatorValues v = statistics.values().get(indicator);
                Row row = sheet.getRow(StatisticsPage.HEADER_ROW + 1 + indicator.ordinal());
                Long[] months = v == null ? new Long[3] : new Long[] {v.month1(), v.month2(), v.month3()};
                for (int m = 0; m < 3; m++) {
                    if (months[m] != null) {
                        row.getCell(1 + m).setCellValue(months[m]);
                    }
                }
            }
            if (computeTotals) {
                wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        Files.delete(blank);
        Files.delete(blank.getParent());
        return file;
    }

    /** All rows of the source. */
    public static Path fill(Path source, Quarter quarter, String district, Path dir, boolean computeTotals)
            throws IOException, WorkbookException {
        return fill(source, quarter, district, dir, (s, r) -> true, computeTotals, new HashMap<>());
    }

    public static int key(Subsidy subsidy, int sourceRow) {
        return subsidy.ordinal() * 10_000_000 + sourceRow;
    }

    private static void copy(DataRow row, Row target, CellStyle date, CellStyle general) {
        for (int i = 0; i < row.cells().size(); i++) {
            RawCell c = row.cell(i);
            if (c.kind() == RawCell.Kind.BLANK) {
                continue;
            }
            Cell cell = target.createCell(i + 1); // column 0 is 序号
            switch (c.kind()) {
                case TEXT -> cell.setCellValue(c.text());
                case NUMBER -> {
                    cell.setCellValue(c.number());
                    cell.setCellStyle(c.dateFormatted() ? date : general);
                }
                case BOOLEAN -> cell.setCellValue("TRUE".equals(c.text()));
                case ERROR -> cell.setCellErrorValue(FormulaError.forString(c.text()).getCode());
                case BLANK -> throw new IllegalStateException();
            }
        }
    }
}
