package cn.qingdao.hrss.jiuye.report;

import cn.qingdao.hrss.jiuye.domain.DistrictRegistry;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import cn.qingdao.hrss.jiuye.domain.Indicator;
import cn.qingdao.hrss.jiuye.domain.Subsidy;

/**
 * The {@code 图表} sheet of the city summary (rules §8 "and charts"): two small data tables and
 * native Excel bar charts drawn from them — new urban employment per district this quarter
 * against the same quarter last year, and approved subsidy amounts per district and type.
 */
final class SummaryCharts {

    static final String SHEET = "图表";

    /** Series colours (RGB): blue, orange, green. */
    private static final byte[][] SERIES_COLOURS = {
            {(byte) 0x2F, (byte) 0x55, (byte) 0x97}, {(byte) 0xED, (byte) 0x7D, (byte) 0x31}, {(byte) 0x70, (byte) 0xAD, (byte) 0x47}};

    private SummaryCharts() {
    }

    static void write(XSSFSheet sheet, Styles styles, SummaryData data, DistrictRegistry districts) {
        List<String> codes = districts.codes();
        int n = codes.size();
        SheetTable t = new SheetTable(sheet, styles);

        // Table 1: rows 1..n+1 (0-based 0 = header).
        t.header("区市", "本季度城镇新增就业（人）", "去年同期（人）");
        for (String code : codes) {
            SummaryData.StatLine s = data.stat(code, Indicator.NEW_URBAN_EMPLOYMENT);
            t.line().text(districts.name(code)).integer(s.value()).integer(s.lastYear());
        }
        t.skip();
        int second = t.nextRow();
        t.header("区市", Subsidy.STARTUP.sheetName() + "（元）", Subsidy.EMPLOYER.sheetName() + "（元）",
                Subsidy.FLEXIBLE.sheetName() + "（元）");
        for (String code : codes) {
            SheetTable.Line line = t.line().text(districts.name(code));
            for (Subsidy s : Subsidy.values()) {
                SummaryData.SubsidyTotals totals = data.subsidies(code).get(s);
                line.money(totals == null ? BigDecimal.ZERO : totals.amount);
            }
        }
        t.finish();

        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        barChart(drawing, sheet, drawing.createAnchor(0, 0, 0, 0, 5, 0, 17, 20),
                "各区市城镇新增就业人数（本季度与去年同期）", "人", 0, n, 1, 2);
        barChart(drawing, sheet, drawing.createAnchor(0, 0, 0, 0, 5, 22, 17, 44),
                "各区市就业创业补贴核准金额（按补贴类型）", "元", second, n, 1, 3);
    }

    /** A clustered column chart: categories in column 0 of rows header+1..header+n, one series per column. */
    static void barChart(XSSFDrawing drawing, XSSFSheet sheet, XSSFClientAnchor anchor, String title,
                                 String unit, int headerRow, int n, int firstCol, int lastCol) {
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setTitle(unit);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        values.setNumberFormat(Styles.INTEGER);

        XDDFCategoryDataSource names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(headerRow + 1, headerRow + n, 0, 0));
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        bars.setBarDirection(BarDirection.COL);
        bars.setBarGrouping(BarGrouping.CLUSTERED);
        bars.setVaryColors(false);
        for (int col = firstCol; col <= lastCol; col++) {
            XDDFBarChartData.Series series = (XDDFBarChartData.Series) bars.addSeries(names,
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                            new CellRangeAddress(headerRow + 1, headerRow + n, col, col)));
            series.setTitle(sheet.getRow(headerRow).getCell(col).getStringCellValue(),
                    new CellReference(sheet.getSheetName(), headerRow, col, true, true));
            // An explicit fill: without one some office suites draw the bars invisible.
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(SERIES_COLOURS[(col - firstCol) % SERIES_COLOURS.length])));
            series.setShapeProperties(shape);
        }
        chart.plot(bars);
    }
}
