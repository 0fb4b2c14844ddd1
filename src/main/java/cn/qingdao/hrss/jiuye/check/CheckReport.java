package cn.qingdao.hrss.jiuye.check;

import cn.qingdao.hrss.jiuye.domain.DistrictRegistry;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The short summary a pre-check prints, each line in Chinese and English: would the file be accepted
 * and why not; its statistics; its rows per subsidy; the rows refused in whole or in part, per reason;
 * what could not be checked; where the feedback workbook is. Codes, counts, sheets, rows and columns
 * only: no cell value, so no personal data.
 */
final class CheckReport {

    /** The places of a statistics code listed before "…": the workbook has them all. */
    private static final int PLACES = 6;

    private final PrintStream out;

    CheckReport(PrintStream out) {
        this.out = out;
    }

    void print(String fileName, Quarter quarter, Findings f, DistrictRegistry districts, Path feedback) {
        out.println("预检 Pre-check " + quarter + ": " + fileName);
        String district = f.submission() == null ? null : f.submission().districtCode();
        out.println("区市 District: " + (district == null ? "未能确定 unknown (区市代码无效，文件名中也没有 / no valid 区市代码 "
                + "on the cover, none in the file name)" : districts.name(district) + "（" + district + "）"));
        String named = districts.codeInFileName(fileName);
        if (district != null && named != null && !named.equals(district)) {
            // not a refusal (the run takes the cover's district), but the file would count as another district's
            out.println("  注意：文件名中的区市代码是" + named + "，填报信息中的是" + district + "；正式处理按填报信息认定为" + district
                    + "的文件 / note: the file name says " + named + ", the cover says " + district + "; the run takes the "
                    + "file as " + district + "'s");
        }
        verdict(f);
        if (f.accepted()) {
            statistics(f);
            rows(f);
        }
        notChecked();
        if (feedback != null) {
            out.println("明细 Details: " + feedback);
            out.println("  （预检结果，不是市局的正式处理结果 / a pre-check, not the city's decision）");
        }
    }

    private void verdict(Findings f) {
        if (f.clean()) {
            out.println("结论 Verdict: 可以受理，没有不予核准的行 / would be accepted, with no row refused");
            return;
        }
        if (f.accepted()) {
            out.println("结论 Verdict: 可以受理，但有问题需要更正或确认（见下） / would be accepted, with problems to correct "
                    + "or confirm (below)");
            return;
        }
        out.println("结论 Verdict: 不予受理，整个文件将被退回 / would be refused: the whole file is sent back");
        for (Findings.Problem p : f.problems()) {
            out.println("  " + p.code() + "  " + (p.messageZh() != null ? p.messageZh() : p.code().messageZh()));
            out.println("  " + " ".repeat(p.code().name().length()) + "  " + p.message());
        }
    }

    private void statistics(Findings f) {
        if (f.statisticsAccepted()) {
            out.println("就业统计 Statistics: 可以采用 / accepted");
            return;
        }
        out.println("就业统计 Statistics: 不予采用 / refused");
        Map<ReasonCode, List<String>> places = new LinkedHashMap<>();
        for (Findings.Problem p : f.problems()) {
            if (p.code().kind() == ReasonCode.Kind.STATISTICS) {
                places.computeIfAbsent(p.code(), c -> new ArrayList<>())
                        .add(p.row() == null ? p.message() : (p.column() == null ? "" : p.column()) + p.row());
            }
        }
        places.forEach((code, where) -> out.printf("  %-20s %,4d  %s / %s: %s%n", code, where.size(), code.messageZh(),
                code.messageEn(), String.join(", ", where.subList(0, Math.min(PLACES, where.size())))
                        + (where.size() > PLACES ? " …" : "")));
    }

    private void rows(Findings f) {
        out.println("申请 Applications:");
        for (Subsidy s : Subsidy.values()) {
            long[] c = f.decided().get(s);
            out.printf("  %s %-8s %,7d 行 rows: 核准 approved %,d，部分核准 partial %,d，不予核准 refused %,d%n",
                    s.sheetName(), s.code(), c[0] + c[1] + c[2], c[0], c[1], c[2]);
        }
        if (f.byReason().isEmpty()) {
            return;
        }
        out.printf("不予核准或部分核准的行，按原因（一行可有多个原因） Rows refused in whole or in part, by reason "
                + "(a row may have several): %,d%n", f.rows(Findings.PARTIAL) + f.rows(Findings.REJECTED));
        for (Map.Entry<String, Long> e : f.byReason().entrySet()) {
            ReasonCode code = ReasonCode.valueOf(e.getKey());
            out.printf("  %-30s %,7d  %s / %s%n", code, e.getValue(), code.messageZh(), code.messageEn());
        }
    }

    private void notChecked() {
        out.println("未能检查（需要市局以前季度和其他区市的记录） Not checked (needs the city's records of earlier quarters "
                + "and other districts):");
        for (NotChecked n : NotChecked.values()) {
            out.println("  - " + n.zh() + " / " + n.en() + " (" + String.join(", ", n.codes()) + ")");
        }
        out.println("  " + NotChecked.WITHIN_FILE_ZH + " " + NotChecked.WITHIN_FILE_EN);
    }
}
