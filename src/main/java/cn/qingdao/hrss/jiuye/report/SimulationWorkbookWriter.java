package cn.qingdao.hrss.jiuye.report;

import cn.qingdao.hrss.jiuye.domain.DistrictRegistry;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import cn.qingdao.hrss.jiuye.simulate.ChangedRow;
import cn.qingdao.hrss.jiuye.simulate.Comparison;
import cn.qingdao.hrss.jiuye.simulate.Tally;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The policy office's workbook of a simulation, {@code simulation-<Q>-<NAME>.xlsx} (docs/simulation.md):
 * 概览 (per subsidy and for the city, published against simulated, and the difference), 区市对比 (the same
 * per district), 原因代码 (how often each reason code is given), 图表 (a native bar chart of the difference in
 * amount per district) and 变化明细 (every row whose outcome, months or amount changes, by district, sheet
 * and row number). No name or ID number is written. 变化明细 may hold every row of a quarter: it is streamed
 * (SXSSF) while the rows are compared, and the small sheets, one of them with the chart SXSSF cannot draw,
 * are XSSF sheets of the same workbook, filled once the comparison's sums are known.
 */
public final class SimulationWorkbookWriter {

    public static final String OVERVIEW = "概览";
    public static final String DISTRICTS = "区市对比";
    public static final String REASONS = "原因代码";
    public static final String CHART = "图表";
    public static final String CHANGED = "变化明细";
    /** The sheets of the workbook, in order. */
    public static final List<String> SHEETS = List.of(OVERVIEW, DISTRICTS, REASONS, CHART, CHANGED);

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final String WAN_YUAN = "#,##0.00";

    /** What the workbook says of the simulation itself. */
    public record Heading(Quarter quarter, String name, long runId, String policyDir, List<String> changedParameters) {
    }

    private final DistrictRegistry districts;

    public SimulationWorkbookWriter(DistrictRegistry districts) {
        this.districts = districts;
    }

    /** {@code simulation-2025Q2-max600.xlsx}. */
    public static String fileName(Quarter quarter, String name) {
        return "simulation-" + quarter + "-" + name + ".xlsx";
    }

    /**
     * Writes the workbook into {@code folder} (atomically), running {@code compare} to stream the changed
     * rows into it, and returns the comparison's sums.
     */
    public Comparison write(Path folder, Heading heading, Function<Consumer<ChangedRow>, Comparison> compare) throws IOException {
        Comparison[] result = new Comparison[1];
        AtomicFiles.write(AtomicFiles.inside(folder, fileName(heading.quarter(), heading.name())), out -> {
            try (XSSFWorkbook template = new XSSFWorkbook()) {
                XSSFSheet overview = template.createSheet(OVERVIEW);
                XSSFSheet byDistrict = template.createSheet(DISTRICTS);
                XSSFSheet reasons = template.createSheet(REASONS);
                XSSFSheet chart = template.createSheet(CHART);
                try (SXSSFWorkbook wb = new StreamingWorkbook(template)) { // close() deletes its temporary sheet file
                    Styles styles = new Styles(wb);
                    SheetTable changed = new SheetTable(wb.createSheet(CHANGED), styles);
                    changedHeader(changed);
                    Comparison c = compare.apply(row -> changedLine(changed, row));
                    changed.finish();
                    overview(new SheetTable(overview, styles), heading, c);
                    districts(new SheetTable(byDistrict, styles), c);
                    reasons(new SheetTable(reasons, styles), c);
                    chart(chart, styles, c);
                    wb.write(out);
                    result[0] = c;
                }
            }
        });
        return result[0];
    }

    private void overview(SheetTable t, Heading h, Comparison c) {
        t.title(h.quarter() + " 政策模拟「" + h.name() + "」与已发布决定对比", 4);
        t.note("模拟参数目录：" + h.policyDir() + "；对比的已发布运行：#" + h.runId() + "；与现行参数不同的参数："
                + (h.changedParameters().isEmpty() ? "无" : String.join("、", h.changedParameters())), 4, false);
        t.note("模拟按排序（区市代码、行号）重新核定本季度已发布运行的全部申请；以前季度的决定按已发布的记录计入历史。"
                + "模拟不改变已发布的决定与输出文件，也从不发布。", 4, false);
        t.skip();
        t.header("补贴类型", "指标", "现行", "模拟", "差额");
        for (Subsidy s : Subsidy.values()) {
            overviewLines(t, s.sheetName(), c.city(s), false);
        }
        overviewLines(t, "全市合计", c.city(), true);
        t.finish();
    }

    private static void overviewLines(SheetTable t, String group, Tally.Pair p, boolean total) {
        countLine(t, group, "全部核准（件）", p, Tally::approved, total);
        countLine(t, group, "部分核准（件）", p, Tally::partial, total);
        countLine(t, group, "不予核准（件）", p, Tally::rejected, total);
        countLine(t, group, "核准月数", p, Tally::months, total);
        BigDecimal was = p.current().amount();
        BigDecimal now = p.simulated().amount();
        (total ? t.totalLine() : t.line()).text(group).text("金额（元）").money(was).money(now).money(now.subtract(was));
        (total ? t.totalLine() : t.line()).text(group).text("金额（万元）").number(wan(was), WAN_YUAN, wan(was).toPlainString())
                .number(wan(now), WAN_YUAN, wan(now).toPlainString())
                .number(wan(now.subtract(was)), WAN_YUAN, wan(now.subtract(was)).toPlainString());
    }

    private static void countLine(SheetTable t, String group, String what, Tally.Pair p, ToLongFunction<Tally> count,
                                  boolean total) {
        long was = count.applyAsLong(p.current());
        long now = count.applyAsLong(p.simulated());
        (total ? t.totalLine() : t.line()).text(group).text(what).integer(was).integer(now).integer(now - was);
    }

    private void districts(SheetTable t, Comparison c) {
        t.title("各区市现行与模拟对比", 18);
        t.header("区市代码", "区市", "补贴类型", "全部核准·现行", "全部核准·模拟", "全部核准·差额", "部分核准·现行", "部分核准·模拟",
                "部分核准·差额", "不予核准·现行", "不予核准·模拟", "不予核准·差额", "核准月数·现行", "核准月数·模拟", "核准月数·差额",
                "金额（元）·现行", "金额（元）·模拟", "金额差额（元）", "金额差额（万元）");
        t.freezeAndRepeatHeader();
        for (String code : districts.codes()) {
            for (Subsidy s : Subsidy.values()) {
                districtLine(t.line(), code, s.sheetName(), c.of(code, s));
            }
            districtLine(t.totalLine(), code, "小计", c.of(code));
        }
        districtLine(t.totalLine(), DistrictRegistry.CITY_CODE, "全市合计", c.city());
        t.finish();
    }

    private void districtLine(SheetTable.Line line, String code, String group, Tally.Pair p) {
        line.text(code).text(code.equals(DistrictRegistry.CITY_CODE) ? DistrictRegistry.CITY_NAME : districts.name(code)).text(group);
        for (ToLongFunction<Tally> count : List.<ToLongFunction<Tally>>of(Tally::approved, Tally::partial, Tally::rejected,
                Tally::months)) {
            long was = count.applyAsLong(p.current());
            long now = count.applyAsLong(p.simulated());
            line.integer(was).integer(now).integer(now - was);
        }
        BigDecimal difference = p.simulated().amount().subtract(p.current().amount());
        line.money(p.current().amount()).money(p.simulated().amount()).money(difference)
                .number(wan(difference), WAN_YUAN, wan(difference).toPlainString());
    }

    private static void reasons(SheetTable t, Comparison c) {
        t.title("原因代码的变化（给出该代码的行数）", 4);
        t.header("代码", "说明", "现行", "模拟", "差额");
        for (Map.Entry<ReasonCode, long[]> e : c.reasons().entrySet()) {
            long[] n = e.getValue();
            t.line().text(e.getKey().name()).text(e.getKey().messageZh()).integer(n[0]).integer(n[1]).integer(n[1] - n[0]);
        }
        t.finish();
    }

    private void chart(XSSFSheet sheet, Styles styles, Comparison c) {
        SheetTable t = new SheetTable(sheet, styles);
        t.header("区市", "现行金额（元）", "模拟金额（元）", "差额（元）");
        List<String> codes = districts.codes();
        for (String code : codes) {
            Tally.Pair p = c.of(code);
            t.line().text(districts.name(code)).money(p.current().amount()).money(p.simulated().amount())
                    .money(p.simulated().amount().subtract(p.current().amount()));
        }
        t.finish();
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        SummaryCharts.barChart(drawing, sheet, drawing.createAnchor(0, 0, 0, 0, 5, 0, 17, 22),
                "各区市补贴金额差额（模拟 − 现行）", "元", 0, codes.size(), 3, 3);
    }

    private static void changedHeader(SheetTable t) {
        t.header("区市代码", "区市", "工作表", "行号", "现行结果", "现行月数", "现行金额（元）", "现行原因代码",
                "模拟结果", "模拟月数", "模拟金额（元）", "模拟原因代码", "金额差额（元）", "起作用的参数");
        t.freezeAndRepeatHeader();
    }

    private void changedLine(SheetTable t, ChangedRow r) {
        t.line().text(r.districtCode()).text(districts.name(r.districtCode())).text(r.subsidy().sheetName())
                .plain(r.rowNumber())
                .text(outcome(r.current().outcome())).integer(r.current().months()).money(r.current().amount())
                .text(r.current().reasonCodes())
                .text(outcome(r.simulated().outcome())).integer(r.simulated().months()).money(r.simulated().amount())
                .text(r.simulated().reasonCodes())
                .money(r.simulated().amount().subtract(r.current().amount()))
                .text(r.cause());
    }

    private static String outcome(String decision) {
        return switch (decision) {
            case "APPROVED" -> "全部核准";
            case "PARTIAL" -> "部分核准";
            default -> "不予核准";
        };
    }

    private static BigDecimal wan(BigDecimal yuan) {
        return yuan.divide(TEN_THOUSAND, 6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
