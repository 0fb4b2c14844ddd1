package cn.qingdao.hrss.jiuye.report;

import cn.qingdao.hrss.jiuye.domain.DistrictRegistry;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.qingdao.hrss.jiuye.domain.Indicator;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.domain.Subsidy;

/**
 * The city's publication workbook {@code summary-<Q>.xlsx} (rules §8, §9): 概览 (headline figures
 * worded as the press states them, indicator notes, policy round, run and input files),
 * 就业统计 (per district and indicator with last year, year-on-year and year-to-date),
 * 补贴汇总 (per district and subsidy: applications, approved, partial, rejected, amount),
 * 退回原因 (refusal reasons per subsidy), 报送情况 (per registry district) and 图表 (native charts).
 * It holds aggregates only — never a name or an ID number. Ten districts: a plain XSSF workbook
 * (charts need it).
 */
@Component
public class SummaryWorkbookWriter {

    static final String OVERVIEW = "概览";
    static final String STATISTICS = "就业统计";
    static final String SUBSIDIES = "补贴汇总";
    static final String REASONS = "退回原因";
    static final String SUBMISSIONS = "报送情况";
    /** The sheets of the workbook, in order (rules §8). */
    public static final List<String> SHEETS = List.of(OVERVIEW, STATISTICS, SUBSIDIES, REASONS, SUBMISSIONS,
            SummaryCharts.SHEET);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String[] UNITS = {"人", "人", "人", "个", "场", "人次", "个"};

    private final SummaryQueries queries;
    private final DistrictRegistry districts;
    private final String policyRound;

    public SummaryWorkbookWriter(SummaryQueries queries, DistrictRegistry districts,
                                 @Value("${jiuye.report.policy-round:2025-01-01起施行的新一轮就业创业补贴政策}")
                                 String policyRound) {
        this.queries = queries;
        this.districts = districts;
        this.policyRound = policyRound;
    }

    /** {@code summary-2025Q1.xlsx}. */
    public static String fileName(Quarter quarter) {
        return "summary-" + quarter + ".xlsx";
    }

    public void write(long runId, Quarter quarter, Path file) throws IOException {
        SummaryData data = queries.load(runId, quarter);
        AtomicFiles.write(file, out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                Styles styles = new Styles(wb);
                overview(new SheetTable(wb.createSheet(OVERVIEW), styles), data);
                statistics(new SheetTable(wb.createSheet(STATISTICS), styles), data);
                subsidies(new SheetTable(wb.createSheet(SUBSIDIES), styles), data);
                reasons(new SheetTable(wb.createSheet(REASONS), styles), data);
                submissions(new SheetTable(wb.createSheet(SUBMISSIONS), styles), data);
                SummaryCharts.write(wb.createSheet(SummaryCharts.SHEET), styles, data, districts);
                wb.write(out);
            }
        });
    }

    static String title(Quarter q) {
        return "青岛市" + q.year() + "年第" + q.number() + "季度就业统计与就业创业补贴汇总";
    }

    private void overview(SheetTable t, SummaryData data) {
        String city = DistrictRegistry.CITY_CODE;
        SummaryData.StatLine jobs = data.stat(city, Indicator.NEW_URBAN_EMPLOYMENT);
        SummaryData.StatLine reemployed = data.stat(city, Indicator.REEMPLOYMENT);
        SummaryData.StatLine postings = data.stat(city, Indicator.JOB_POSTINGS);
        t.title(title(data.quarter()), 4);
        t.note("统计期：" + data.quarter().firstMonth() + " 至 " + data.quarter().lastMonth()
                + "　　数据来源：各区市人力资源和社会保障部门报送", 4, false);
        t.header("项目", "发布口径", "数值", "单位", "说明");
        t.freezeAndRepeatHeader();
        t.line().text("城镇新增就业").number(Headline.inWan(jobs.value()), "0.00\"万人\"", "0000.00万人")
                .integer(jobs.value()).text("人")
                .text(jobs.lastYear() == null ? null : "去年同期" + String.format("%,d", jobs.lastYear()) + "人");
        t.line().text("城镇新增就业同比增长").percentPoints(jobs.yoyPct()).percentPoints(jobs.yoyPct()).text("%")
                .text(Headline.yoyText(jobs.yoyPct()));
        t.line().text("城镇失业人员再就业").number(Headline.inWan(reemployed.value()), "0.00\"万人\"", "0000.00万人")
                .integer(reemployed.value()).text("人").text(Headline.yoyText(reemployed.yoyPct()));
        t.line().text("提供就业岗位").text(Headline.roundWan(postings.value(), "个")).integer(postings.value())
                .text("个").text("各类岗位需求");
        Map<Subsidy, SummaryData.SubsidyTotals> grants = data.cityTotals();
        SummaryData.SubsidyTotals all = new SummaryData.SubsidyTotals();
        grants.values().forEach(all::add);
        t.line().text("就业创业补贴核准金额").number(Headline.inWan(all.amount), "#,##0.00\"万元\"", "000,000.00万元")
                .money(all.amount).text("元").text(grantText(all));
        for (Subsidy s : Subsidy.values()) {
            SummaryData.SubsidyTotals st = grants.get(s);
            t.line().text("其中：" + s.sheetName()).number(Headline.inWan(st.amount), "#,##0.00\"万元\"", "0,000.00万元")
                    .money(st.amount).text("元").text(grantText(st));
        }
        t.skip();
        t.note("指标说明", 4, true);
        List<String> notes = new ArrayList<>(List.of(
                "1. 城镇新增就业人数：本季度各月城镇新增就业人数之和。",
                "2. 失业人员再就业人数：本季度各月城镇失业人员实现再就业人数之和。",
                "3. 就业困难人员实现就业人数：本季度各月就业困难人员实现就业人数之和。",
                "4. 提供就业岗位数：本季度各月通过招聘活动、乐业服务站等提供的各类岗位需求数之和；对外发布按“超N万个”表述。",
                "5. 举办招聘活动场次、职业技能培训人次：本季度各月之和。",
                "6. 乐业服务站数量：季末（本季度第3个月）的时点数。",
                "7. 全市数为报送文件已受理且统计数据审核通过的区市之和；“发布口径”以万为单位，保留两位小数（四舍五入）。",
                "8. 同比增长（%）=（本季度数 − 上年同季度数）÷ 上年同季度数 × 100，保留两位小数（四舍五入）。",
                "9. 年初至今：本年各季度之和，仅在本年此前各季度数据齐全时列示；时点指标为本季度数。",
                "10. 补贴核准金额按" + policyRound + "（一次性创业补贴、用人单位吸纳就业社保补贴、灵活就业社保补贴）核定，"
                        + "含全部核准和部分核准的申请；金额单位为元，“发布口径”为万元。"));
        List<String> missing = new ArrayList<>();
        for (String code : districts.codes()) {
            if (data.stat(code, Indicator.NEW_URBAN_EMPLOYMENT).value() == null) {
                missing.add(districts.name(code));
            }
        }
        if (!missing.isEmpty()) {
            notes.add("11. 以下区市本季度统计数据缺报或未通过审核，未计入全市合计：" + String.join("、", missing) + "。");
        }
        for (String note : notes) {
            t.note(note, 4, false);
        }
        t.skip();
        t.note("运行信息", 4, true);
        // Only recorded times, so that `report` rewrites the same workbook from the database.
        t.note("运行编号：" + data.runId() + "；开始时间：" + time(data.startedAt()) + "；数据发布时间："
                + time(data.publishedAt()), 4, false);
        t.note("输入文件（SHA-256）：", 4, false);
        for (RunSubmission s : data.submissions()) {
            t.note(districtLabel(s.districtCode()) + "　" + s.fileName() + "　" + s.sha256(), 4, false);
        }
        t.minWidth(0, 22);
        t.minWidth(1, 16);
        t.minWidth(2, 16);
        t.minWidth(4, 30);
        t.finish();
    }

    private static String grantText(SummaryData.SubsidyTotals t) {
        return "核准" + (t.approved + t.partial) + "笔（全部核准" + t.approved + "笔，部分核准" + t.partial + "笔）";
    }

    private String districtLabel(String code) {
        return code == null ? "未能识别区市" : districts.name(code) + "（" + code + "）";
    }

    private static String time(LocalDateTime t) {
        return t == null ? "—" : TIME.format(t);
    }

    private void statistics(SheetTable t, SummaryData data) {
        t.title(data.quarter().year() + "年第" + data.quarter().number() + "季度各区市就业统计", 8);
        t.header("区市代码", "区市", "指标", "单位", "本季度", "去年同期", "同比增长（%）", "年初至今", "备注");
        t.freezeAndRepeatHeader();
        Map<String, String> remarks = new TreeMap<>();
        Map<String, List<RunSubmission>> byDistrict = RunSubmissions.byDistrict(data.submissions(), districts);
        byDistrict.forEach((code, subs) -> {
            String status = RunSubmissions.districtStatus(subs);
            if (RunSubmission.MISSING.equals(status)) {
                remarks.put(code, "未报送");
            } else if (RunSubmission.REJECTED.equals(status)) {
                remarks.put(code, "报送文件未受理");
            } else if (subs.stream().filter(RunSubmission::accepted).anyMatch(s -> "REJECTED".equals(s.statsStatus()))) {
                remarks.put(code, "统计数据未通过审核");
            }
        });
        for (String code : districts.codes()) {
            for (Indicator ind : Indicator.values()) {
                SummaryData.StatLine s = data.stat(code, ind);
                t.line().text(code).text(districts.name(code)).text(ind.label()).text(UNITS[ind.ordinal()])
                        .integer(s.value()).integer(s.lastYear()).percentPoints(s.yoyPct()).integer(s.yearToDate())
                        .text(s.value() == null ? remarks.getOrDefault(code, "数据缺失") : null);
            }
        }
        for (Indicator ind : Indicator.values()) {
            SummaryData.StatLine s = data.stat(DistrictRegistry.CITY_CODE, ind);
            t.totalLine().text(DistrictRegistry.CITY_CODE).text("全市合计").text(ind.label()).text(UNITS[ind.ordinal()])
                    .integer(s.value()).integer(s.lastYear()).percentPoints(s.yoyPct()).integer(s.yearToDate())
                    .text(null);
        }
        t.minWidth(4, 10);
        t.minWidth(5, 10);
        t.finish();
    }

    private void subsidies(SheetTable t, SummaryData data) {
        Subsidy[] types = Subsidy.values();
        int lastCol = 3 + types.length * 5;
        t.title(data.quarter().year() + "年第" + data.quarter().number() + "季度就业创业补贴汇总（分区市、分类型）", lastCol);
        int top = t.nextRow();
        List<String> first = new ArrayList<>(List.of("区市代码", "区市", "报送状态"));
        List<String> second = new ArrayList<>(List.of("", "", ""));
        for (Subsidy s : types) {
            first.addAll(List.of(s.sheetName(), "", "", "", ""));
            second.addAll(List.of("申请笔数", "全部核准", "部分核准", "不予核准", "核准金额（元）"));
        }
        first.add("核准金额合计（元）");
        second.add("");
        t.header(first.toArray(String[]::new));
        t.header(second.toArray(String[]::new));
        for (int c = 0; c < 3; c++) {
            t.sheet().addMergedRegion(new CellRangeAddress(top, top + 1, c, c));
        }
        t.sheet().addMergedRegion(new CellRangeAddress(top, top + 1, lastCol, lastCol));
        for (int i = 0; i < types.length; i++) {
            t.sheet().addMergedRegion(new CellRangeAddress(top, top, 3 + i * 5, 7 + i * 5));
        }
        t.freezeAndRepeatHeader();
        Map<String, List<RunSubmission>> byDistrict = RunSubmissions.byDistrict(data.submissions(), districts);
        for (String code : districts.codes()) {
            String status = RunSubmissions.districtStatus(byDistrict.get(code));
            SheetTable.Line line = t.line().text(code).text(districts.name(code)).text(statusZh(status));
            Map<Subsidy, SummaryData.SubsidyTotals> totals = data.subsidies(code);
            if (RunSubmission.ACCEPTED.equals(status) || !totals.isEmpty()) {
                totalsLine(line, totals);
            } else {
                for (int c = 0; c <= types.length * 5; c++) {
                    line.blank();
                }
            }
        }
        totalsLine(t.totalLine().text(DistrictRegistry.CITY_CODE).text("全市合计").text(null), data.cityTotals());
        for (int c = 3; c <= lastCol; c++) {
            t.minWidth(c, 10);
        }
        t.finish();
    }

    private static void totalsLine(SheetTable.Line line, Map<Subsidy, SummaryData.SubsidyTotals> totals) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Subsidy s : Subsidy.values()) {
            SummaryData.SubsidyTotals st = totals.getOrDefault(s, new SummaryData.SubsidyTotals());
            line.integer(st.applications()).integer(st.approved).integer(st.partial).integer(st.rejected)
                    .money(st.amount);
            sum = sum.add(st.amount);
        }
        line.money(sum);
    }

    static String statusZh(String status) {
        return switch (status) {
            case RunSubmission.ACCEPTED -> "已受理";
            case RunSubmission.REJECTED -> "不予受理";
            case RunSubmission.MISSING -> "未报送";
            default -> status;
        };
    }

    private void reasons(SheetTable t, SummaryData data) {
        Subsidy[] types = Subsidy.values();
        t.title(data.quarter().year() + "年第" + data.quarter().number() + "季度补贴申请退回原因统计", 3 + types.length);
        t.note("按申请笔数统计：一笔申请可有多个原因；“月份核减”含部分核准申请中不予补贴的月份原因。", 3 + types.length, false);
        List<String> header = new ArrayList<>(List.of("代码", "说明", "类别"));
        for (Subsidy s : types) {
            header.add(s.sheetName());
        }
        header.add("合计");
        t.header(header.toArray(String[]::new));
        t.freezeAndRepeatHeader();
        long[] column = new long[types.length + 1];
        for (Map.Entry<String, long[]> e : data.applicationReasons().entrySet()) {
            SheetTable.Line line = t.line().text(e.getKey()).text(Reasons.messageZh(e.getKey(), null))
                    .text(Reasons.kindZh(e.getKey()));
            long sum = 0;
            for (int i = 0; i < types.length; i++) {
                line.integer(e.getValue()[i]);
                column[i] += e.getValue()[i];
                sum += e.getValue()[i];
            }
            line.integer(sum);
        }
        if (data.applicationReasons().isEmpty()) {
            t.line().text("无").text("本季度无退回的补贴申请");
        }
        t.skip();
        t.note("报送文件及统计数据退回原因（按文件数统计）", 3 + types.length, true);
        t.header("代码", "说明", "类别", "文件数", "涉及区市");
        Map<String, List<String>> files = new TreeMap<>(Reasons.ORDER);
        for (RunSubmission s : data.submissions()) {
            for (String code : s.codes()) {
                ReasonCode.Kind kind = Reasons.kind(code);
                if (kind == null || kind == ReasonCode.Kind.SUBMISSION || kind == ReasonCode.Kind.STATISTICS) {
                    files.computeIfAbsent(code, k -> new ArrayList<>()).add(districtLabel(s.districtCode()));
                }
            }
        }
        if (files.isEmpty()) {
            t.line().text("无").text("本季度报送文件均已受理，统计数据均通过审核");
        }
        files.forEach((code, where) -> t.line().text(code).text(Reasons.messageZh(code, null))
                .text(Reasons.kindZh(code)).integer((long) where.size())
                .text(String.join("、", where.stream().distinct().toList())));
        t.minWidth(1, 40);
        t.finish();
    }

    private void submissions(SheetTable t, SummaryData data) {
        t.title(data.quarter().year() + "年第" + data.quarter().number() + "季度各区市报送情况", 8);
        t.header("区市代码", "区市", "状态", "状态说明", "文件名", "SHA-256", "错误代码", "错误说明", "就业统计");
        t.freezeAndRepeatHeader();
        Map<String, List<RunSubmission>> byDistrict = RunSubmissions.byDistrict(data.submissions(), districts);
        byDistrict.forEach((code, subs) -> {
            if (subs.isEmpty()) {
                t.line().text(code).text(districts.name(code)).text(RunSubmission.MISSING).text("未报送")
                        .text(null).text(null).text(null).text(null).text(null);
            }
            for (RunSubmission s : subs) {
                submissionLine(t, code, districts.name(code), s);
            }
        });
        for (RunSubmission s : data.submissions()) {
            if (!districts.contains(s.districtCode())) {
                submissionLine(t, s.districtCode(), "未能识别区市", s);
            }
        }
        t.finish();
    }

    private static void submissionLine(SheetTable t, String code, String name, RunSubmission s) {
        List<String> messages = s.codes().stream().map(c -> Reasons.messageZh(c, null)).toList();
        String stats = !s.accepted() ? null
                : "REJECTED".equals(s.statsStatus()) ? "未通过审核" : "ACCEPTED".equals(s.statsStatus()) ? "通过" : null;
        t.line().text(code).text(name).text(s.effectiveStatus()).text(statusZh(s.effectiveStatus()))
                .text(s.fileName()).text(s.sha256()).text(String.join(";", s.codes()))
                .text(String.join("；", messages)).text(stats);
    }
}
