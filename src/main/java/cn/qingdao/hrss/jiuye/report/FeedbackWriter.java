package cn.qingdao.hrss.jiuye.report;

import cn.qingdao.hrss.jiuye.common.DistrictRegistry;
import cn.qingdao.hrss.jiuye.common.MonthRuns;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

import cn.qingdao.hrss.jiuye.common.Quarter;
import cn.qingdao.hrss.jiuye.common.ReasonCode;
import cn.qingdao.hrss.jiuye.common.Subsidy;

/**
 * The feedback workbook (退回清单) of one district for a run (SPEC §7, §8): what the district
 * must correct. Sheet {@code 汇总}: the files received, their status, and the number of lines per
 * reason code (or 无退回事项). Sheet {@code 退回明细}: one line per problem — for a refused file its
 * reasons (missing sheet or column, duplicate file, …) with the Chinese detail naming the file,
 * sheet and column in 补充说明 ({@code submission_error.message_zh}; the English message where a
 * problem has no Chinese detail); for an accepted file every statistics
 * error, every invalid cell of a refused row (column letter and header, the value as read),
 * every eligibility or once-only reason and every dropped month, with the Chinese message.
 * Written streaming (SXSSF).
 */
@Component
public class FeedbackWriter {

    static final String SUMMARY_SHEET = "汇总";
    static final String DETAIL_SHEET = "退回明细";
    static final String NOTHING = "无退回事项";

    private static final String SUBMISSION_ERRORS = """
            SELECT seq, code, sheet, row_number, column_name, cell_value, message, message_zh
            FROM submission_error WHERE submission_id = :sub ORDER BY seq
            """;

    /** Refused or partial decisions (with their dropped months) and invalid cells, merged in (subsidy, row) order. */
    private static final String ROW_PROBLEMS = """
            SELECT 1 AS part, CASE d.subsidy WHEN 'startup' THEN 1 WHEN 'employer' THEN 2 ELSE 3 END AS so,
                   d.subsidy, d.row_number, 0 AS ord, d.decision, d.reason_codes AS code, d.dropped_months,
                   CAST(NULL AS VARCHAR(4)) AS column_letter, CAST(NULL AS VARCHAR(100)) AS column_name,
                   CAST(NULL AS VARCHAR(300)) AS cell_value
            FROM decision d
            WHERE d.run_id = :run AND d.submission_id = :sub AND d.decision <> 'APPROVED'
            UNION ALL
            SELECT 2, CASE f.subsidy WHEN 'startup' THEN 1 WHEN 'employer' THEN 2 ELSE 3 END,
                   f.subsidy, f.row_number, f.seq, CAST(NULL AS VARCHAR(8)), f.code, CAST(NULL AS VARCHAR(10000)),
                   f.column_letter, f.column_name, f.cell_value
            FROM field_error f
            WHERE f.submission_id = :sub
            ORDER BY so, row_number, part, ord
            """;

    private static final String DECISION_COUNTS = """
            SELECT decision, COUNT(*) AS n FROM decision WHERE run_id = :run AND submission_id = :sub GROUP BY decision
            """;

    private static final String[] HEADER = {"文件", "工作表", "行号", "列", "代码", "说明", "值", "月份", "处理结果", "补充说明"};

    private final ReportJdbc db;
    private final DistrictRegistry districts;

    public FeedbackWriter(ReportJdbc db, DistrictRegistry districts) {
        this.db = db;
        this.districts = districts;
    }

    /** {@code feedback-370202-2025Q1.xlsx}. */
    public static String fileName(String district, Quarter quarter) {
        return "feedback-" + district + "-" + quarter + ".xlsx";
    }

    /** Writes the feedback of {@code district}, whose submissions in the run are {@code submissions}. */
    public void write(long runId, Quarter quarter, String district, List<RunSubmission> submissions, Path file)
            throws IOException {
        AtomicFiles.write(file, out -> {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
                // temporary sheet files left uncompressed: gzip of them cost more CPU than the disk they save (issue 5);
                // close() deletes them
                Styles styles = new Styles(wb);
                SXSSFSheet summarySheet = wb.createSheet(SUMMARY_SHEET);
                SheetTable detail = new SheetTable(wb.createSheet(DETAIL_SHEET), styles);
                detail.title(districts.name(district) + "（" + district + "）" + period(quarter) + "退回明细",
                        HEADER.length - 1);
                detail.header(HEADER);
                detail.freezeAndRepeatHeader();
                Details details = new Details(detail);
                for (RunSubmission s : submissions) {
                    writeSubmission(runId, s, details);
                }
                if (details.total == 0) {
                    detail.line().text(NOTHING);
                }
                detail.finish();
                writeSummary(new SheetTable(summarySheet, styles), runId, quarter, district, submissions,
                        details.counts);
                wb.write(out);
            }
        });
    }

    static String period(Quarter q) {
        return q.year() + "年第" + q.number() + "季度";
    }

    private void writeSubmission(long runId, RunSubmission s, Details out) {
        String result = s.accepted() ? null : "文件不予受理";
        Set<String> shown = new HashSet<>();
        db.stream(SUBMISSION_ERRORS, Map.of("sub", s.id()), rs -> {
            String code = rs.getString("code");
            shown.add(code);
            Integer row = rs.getObject("row_number", Integer.class);
            String message = rs.getString("message");
            String detailZh = rs.getString("message_zh");
            String zh = Reasons.messageZh(code, message);
            String lineResult = result != null ? result
                    : Reasons.kind(code) == ReasonCode.Kind.STATISTICS ? "统计数据不予采用" : null;
            out.line(s.fileName(), rs.getString("sheet"), row, rs.getString("column_name"), code, zh,
                    rs.getString("cell_value"), null, lineResult,
                    detailZh != null ? detailZh : zh.equals(message) ? null : message);
        });
        for (String code : s.codes()) {
            if (!shown.contains(code)) {
                String lineResult = result != null ? result
                        : Reasons.kind(code) == ReasonCode.Kind.STATISTICS ? "统计数据不予采用" : null;
                out.line(s.fileName(), null, null, null, code, Reasons.messageZh(code, null), null, null,
                        lineResult, null);
            }
        }
        if (s.accepted()) {
            RowProblems rows = new RowProblems(s.fileName(), out);
            db.stream(ROW_PROBLEMS, Map.of("run", runId, "sub", s.id()), rows::accept);
            rows.flush();
        }
    }

    private void writeSummary(SheetTable t, long runId, Quarter quarter, String district,
                              List<RunSubmission> submissions, Map<String, Long> counts) {
        t.title(districts.name(district) + "（" + district + "）" + period(quarter) + "退回清单", 3);
        for (RunSubmission s : submissions) {
            t.note("报送文件：" + s.fileName() + "　受理状态：" + (s.accepted() ? "已受理" : "不予受理")
                    + (s.accepted() && "REJECTED".equals(s.statsStatus()) ? "（就业统计数据不予采用）" : ""), 3, false);
            if (s.accepted()) {
                Map<String, Long> decided = new TreeMap<>();
                db.list(DECISION_COUNTS, Map.of("run", runId, "sub", s.id()),
                        (rs, i) -> decided.put(rs.getString("decision"), rs.getLong("n")));
                long all = decided.values().stream().mapToLong(Long::longValue).sum();
                t.note("补贴申请：共" + all + "笔，全部核准" + decided.getOrDefault("APPROVED", 0L) + "笔，部分核准"
                        + decided.getOrDefault("PARTIAL", 0L) + "笔，不予核准" + decided.getOrDefault("REJECTED", 0L)
                        + "笔", 3, false);
            }
        }
        t.note("运行编号：" + runId + "。明细见“" + DETAIL_SHEET + "”工作表，行号为Excel中显示的行号。", 3, false);
        t.skip();
        t.header("代码", "说明", "类别", "条数");
        if (counts.isEmpty()) {
            t.line().text(NOTHING).blank().blank().blank();
        } else {
            long total = 0;
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                t.line().text(e.getKey()).text(Reasons.messageZh(e.getKey(), null)).text(Reasons.kindZh(e.getKey()))
                        .integer(e.getValue());
                total += e.getValue();
            }
            t.totalLine().text("合计").blank().blank().integer(total);
        }
        t.minWidth(1, 40);
        t.finish();
    }

    /** Writes detail lines and counts them per code. */
    private static final class Details {
        private final SheetTable t;
        private final Map<String, Long> counts = new TreeMap<>(Reasons.ORDER);
        private long total;

        Details(SheetTable t) {
            this.t = t;
        }

        void line(String file, String sheet, Integer row, String column, String code, String message, String value,
                  String month, String result, String extra) {
            t.line().text(file).text(sheet).plain(row).text(column).text(code)
                    .text(message).text(value).text(month).text(result).text(extra);
            counts.merge(code, 1L, Long::sum);
            total++;
        }
    }

    /**
     * The merged stream of one accepted submission: a refused or partial decision with its dropped
     * months (part 1) and its invalid cells (part 2). Eligibility and once-only codes are
     * written from the decision; field and month codes from their cells and months, or from the
     * decision when the detail is not stored.
     */
    private static final class RowProblems {
        private final String file;
        private final Details out;
        private String subsidy;
        private int row = -1;
        private String decision;
        private final List<String> pending = new ArrayList<>();

        RowProblems(String file, Details out) {
            this.file = file;
            this.out = out;
        }

        void accept(java.sql.ResultSet rs) throws java.sql.SQLException {
            String sub = rs.getString("subsidy");
            int r = rs.getInt("row_number");
            if (!sub.equals(subsidy) || r != row) {
                flush();
                subsidy = sub;
                row = r;
                decision = null;
            }
            int part = rs.getInt("part");
            String code = rs.getString("code");
            String sheet = Subsidy.fromCode(sub).sheetName();
            switch (part) {
                case 1 -> {
                    decision = rs.getString("decision");
                    for (String c : RunSubmission.splitCodes(code)) {
                        ReasonCode.Kind kind = Reasons.kind(c);
                        if (kind == ReasonCode.Kind.FIELD || kind == ReasonCode.Kind.MONTH) {
                            pending.add(c);
                        } else {
                            out.line(file, sheet, row, null, c, Reasons.messageZh(c, null), null, null,
                                    result(false), null);
                        }
                    }
                    for (MonthRuns.Dropped m : MonthRuns.droppedMonths(rs.getString("dropped_months"))) {
                        pending.remove(m.code());
                        out.line(file, sheet, row, null, m.code(), Reasons.messageZh(m.code(), null), null,
                                MonthText.month(m.month()), result(true), null);
                    }
                }
                case 2 -> {
                    pending.remove(code);
                    String letter = rs.getString("column_letter");
                    String name = rs.getString("column_name");
                    out.line(file, sheet, row, letter + "（" + name + "）", code, Reasons.messageZh(code, null),
                            rs.getString("cell_value"), null, decision == null ? null : result(false), null);
                }
                default -> throw new IllegalStateException("part " + part);
            }
        }

        void flush() {
            if (subsidy != null) {
                String sheet = Subsidy.fromCode(subsidy).sheetName();
                for (String c : pending.stream().distinct().toList()) {
                    out.line(file, sheet, row, null, c, Reasons.messageZh(c, null), null, null, result(false), null);
                }
            }
            pending.clear();
        }

        private String result(boolean month) {
            if ("PARTIAL".equals(decision)) {
                return month ? "部分核准，该月不予补贴" : "部分核准";
            }
            return "不予核准";
        }
    }
}
