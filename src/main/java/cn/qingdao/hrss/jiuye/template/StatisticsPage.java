package cn.qingdao.hrss.jiuye.template;

import cn.qingdao.hrss.jiuye.domain.Indicator;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.statistics.StatisticsSheet;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The statistics sheet 就业统计 of the template (rules §3.5): the header of {@link StatisticsSheet#SHEET},
 * one row per indicator in the order of rules §3.5, the three months to fill in, and 季度合计 as a
 * formula: {@code SUM} of the months for a flow, the third month for a stock (乐业服务站数量).
 *
 * <p>The total is a formula rather than a value to type because every office suite a district uses
 * (Excel, WPS, LibreOffice) computes it and saves its value with the formula, and the run reads that
 * saved value (rules §3): a total that cannot disagree with its months prevents STAT_TOTAL_MISMATCH.
 * The formulas are written without a value, and the workbook asks for a full recalculation when it is
 * opened (Excel and WPS do it). LibreOffice does not recalculate a formula that has a saved value when
 * it opens an .xlsx, but computes one that has none: so a template filled in by a program that does not
 * compute (and then opened or converted by LibreOffice) still gets the right totals, where a saved 0
 * would have stayed 0 (a test converts such a file with LibreOffice and reads it back). A district may
 * still type a total over the formula; the run then checks it.
 */
final class StatisticsPage {

    /** 0-based index of the header row. */
    static final int HEADER_ROW = 1;

    private StatisticsPage() {
    }

    static void write(XSSFSheet sheet, TemplateStyles styles, Quarter quarter, String districtName) {
        List<String> headers = StatisticsSheet.SHEET.columns();
        Validations validations = new Validations(sheet);

        styles.writeTitle(sheet, "青岛市" + districtName + quarter.year() + "年第" + quarter.number() + "季度就业统计表",
                headers.size() - 1);

        Row header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(22);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(styles.header());
            validations.prompt(HEADER_ROW, c, headers.get(c), headerPrompt(c, quarter));
        }

        int r = HEADER_ROW + 1;
        for (Indicator indicator : Indicator.values()) {
            Row row = sheet.createRow(r);
            Cell label = row.createCell(0);
            label.setCellValue(indicator.label());
            label.setCellStyle(styles.given());
            for (int m = 1; m <= 3; m++) {
                row.createCell(m).setCellStyle(styles.input(ColumnKind.COUNT));
            }
            Cell total = row.createCell(4);
            total.setCellFormula(totalFormula(indicator, r + 1));
            total.setCellStyle(styles.total());
            r++;
        }
        int lastIndicatorRow = r - 1;
        for (int m = 1; m <= 3; m++) {
            validations.range(m, HEADER_ROW + 1, lastIndicatorRow, ColumnKind.COUNT, null, quarter, headers.get(m),
                    "填写" + monthText(quarter, m) + "的数值：不小于0的整数，不填“—”或文字。");
        }
        r++;
        Row note = sheet.createRow(r);
        Cell n = note.createCell(0);
        n.setCellValue("注：季度合计自动计算：乐业服务站数量取第3月（期末）数，其余指标为三个月之和。");
        n.setCellStyle(styles.note());
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, headers.size() - 1));

        sheet.setColumnWidth(0, 28 * 256);
        for (int c = 1; c < headers.size(); c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
        sheet.createFreezePane(1, HEADER_ROW + 1);
    }

    /** {@code SUM(B3:D3)} for a flow, {@code D9} for a stock (rules §3.5); {@code excelRow} is 1-based. */
    static String totalFormula(Indicator indicator, int excelRow) {
        String third = CellReference.convertNumToColString(3) + excelRow;
        return indicator.stock() ? third : "SUM(" + CellReference.convertNumToColString(1) + excelRow + ":" + third + ")";
    }

    private static String headerPrompt(int column, Quarter quarter) {
        return switch (column) {
            case 0 -> "统计指标，请勿修改或删除。";
            case 4 -> "自动计算，无需填写：乐业服务站数量取第3月（期末）数，其余指标为三个月之和。";
            default -> monthText(quarter, column) + "的数值。";
        };
    }

    private static String monthText(Quarter quarter, int month) {
        YearMonth m = quarter.firstMonth().plusMonths(month - 1);
        return m.getYear() + "年" + m.getMonthValue() + "月";
    }
}
