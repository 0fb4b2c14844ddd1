package cn.qingdao.hrss.jiuye.report;

import cn.qingdao.hrss.jiuye.domain.DistrictRegistry;
import cn.qingdao.hrss.jiuye.domain.MonthRuns;
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

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.domain.Subsidy;

/**
 * The feedback workbook (退回清单) of one district for a run (rules §7, §8): what the district
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

    public static final String SUMMARY_SHEET = "汇总";
    public static final String DETAIL_SHEET = "退回明细";
    /** The headings of the {@code 退回明细} sheet (rules §8). */
    public static final List<String> DETAIL_COLUMNS = List.of("文件", "工作表", "行号", "列", "代码", "说明", "值", "月份",
            "处理结果", "补充说明");
    /** The headings of the table of codes on the {@code 汇总} sheet (rules §8). */
    public static final List<String> SUMMARY_COLUMNS = List.of("代码", "说明", "类别", "条数");
    static final String NOTHING = "无退回事项";

    private static final String SUBMISSION_ERRORS = """
            SELECT seq, code, sheet, row_number, column_name, cell_value, message, message_zh
            FROM submission_error WHERE submission_id = :sub ORDER BY seq
            """;

    /**
     * Rows of a subsidy sheet read per page of {@value #ROWS_PER_PAGE} sheet rows: a page of refused or
     * partial decisions and a page of invalid cells, each through an index in row order, merged here.
     * One query sorting a district's decisions and cells together held tens of thousands of rows in
     * the database's sort (on H2, in the pipeline's heap).
     */
    static final int ROWS_PER_PAGE = 1000;

    private static final String LAST_ROW = """
            SELECT GREATEST(
                COALESCE((SELECT MAX(row_number) FROM application WHERE submission_id = :sub AND subsidy = :subsidy), 0),
                COALESCE((SELECT MAX(row_number) FROM field_error WHERE submission_id = :sub AND subsidy = :subsidy), 0))
            """;

    private static final String DECISION_PAGE = """
            SELECT row_number, decision, reason_codes, dropped_months FROM decision
            WHERE run_id = :run AND subsidy = :subsidy AND district_code = :district
              AND row_number BETWEEN :first AND :last AND decision <> 'APPROVED'
            ORDER BY run_id, subsidy, district_code, row_number
            """;

    private static final String FIELD_ERROR_PAGE = """
            SELECT row_number, seq, code, column_letter, column_name, cell_value FROM field_error
            WHERE submission_id = :sub AND subsidy = :subsidy AND row_number BETWEEN :first AND :last
            ORDER BY row_number, seq
            """;

    private static final String DECISION_COUNTS = """
            SELECT decision, COUNT(*) AS n FROM decision
            WHERE run_id = :run AND subsidy = :subsidy AND district_code = :district GROUP BY decision
            """;

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

    /**
     * How a feedback workbook that is not a run's own presents itself: the pre-check of a district file
     * adds {@code title} to the titles of both sheets, and writes {@code notes} on 汇总 instead of the run number.
     */
    public record Marking(String title, List<String> notes) {
    }

    /** Writes the feedback of {@code district}, whose submissions in the run are {@code submissions}. */
    public void write(long runId, Quarter quarter, String district, List<RunSubmission> submissions, Path file)
            throws IOException {
        write(runId, quarter, district, submissions, file, null);
    }

    /**
     * Writes the feedback as {@link #write(long, Quarter, String, List, Path)} does, marked by {@code marking}
     * (null: a run's); {@code district} may be null (a file the run could not attribute to a district).
     */
    public void write(long runId, Quarter quarter, String district, List<RunSubmission> submissions, Path file,
                      Marking marking) throws IOException {
        String heading = (district == null ? "区市未能确定" : districts.name(district) + "（" + district + "）")
                + period(quarter);
        String mark = marking == null ? "" : marking.title();
        AtomicFiles.write(file, out -> {
            try (SXSSFWorkbook wb = new StreamingWorkbook()) { // close() deletes its temporary sheet files
                Styles styles = new Styles(wb);
                SXSSFSheet summarySheet = wb.createSheet(SUMMARY_SHEET);
                SheetTable detail = new SheetTable(wb.createSheet(DETAIL_SHEET), styles);
                detail.title(heading + "退回明细" + mark, DETAIL_COLUMNS.size() - 1);
                detail.header(DETAIL_COLUMNS.toArray(String[]::new));
                detail.freezeAndRepeatHeader();
                Details details = new Details(detail);
                for (RunSubmission s : submissions) {
                    writeSubmission(runId, s, details);
                }
                if (details.total == 0) {
                    detail.line().text(NOTHING);
                }
                detail.finish();
                writeSummary(new SheetTable(summarySheet, styles), runId, heading + "退回清单" + mark, submissions,
                        details.counts, marking);
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
            for (Subsidy subsidy : Subsidy.values()) { // sheet order: startup, employer, flexible
                writeRowProblems(runId, s, subsidy, rows);
            }
            rows.flush();
        }
    }

    /** A subsidy sheet's refused rows, page by page: each row's decision first, then its invalid cells. */
    private void writeRowProblems(long runId, RunSubmission s, Subsidy subsidy, RowProblems rows) {
        List<Integer> last = db.list(LAST_ROW, Map.of("sub", s.id(), "subsidy", subsidy.code()),
                (rs, i) -> rs.getObject(1, Integer.class));
        int lastRow = last.get(0);
        for (int first = 0; first <= lastRow; first += ROWS_PER_PAGE) {
            Map<String, Object> page = Map.of("run", runId, "sub", s.id(), "district", s.districtCode(),
                    "subsidy", subsidy.code(), "first", first, "last", first + ROWS_PER_PAGE - 1);
            List<DecisionLine> decisions = db.list(DECISION_PAGE, page, (rs, i) -> new DecisionLine(
                    rs.getInt("row_number"), rs.getString("decision"), rs.getString("reason_codes"),
                    rs.getString("dropped_months")));
            List<CellLine> cells = db.list(FIELD_ERROR_PAGE, page, (rs, i) -> new CellLine(
                    rs.getInt("row_number"), rs.getString("code"), rs.getString("column_letter"),
                    rs.getString("column_name"), rs.getString("cell_value")));
            int d = 0;
            int c = 0;
            while (d < decisions.size() || c < cells.size()) {
                if (d < decisions.size() && (c == cells.size() || decisions.get(d).row() <= cells.get(c).row())) {
                    rows.decision(subsidy, decisions.get(d++));
                } else {
                    rows.cell(subsidy, cells.get(c++));
                }
            }
        }
    }

    private void writeSummary(SheetTable t, long runId, String title, List<RunSubmission> submissions,
                              Map<String, Long> counts, Marking marking) {
        t.title(title, 3);
        for (RunSubmission s : submissions) {
            t.note("报送文件：" + s.fileName() + "　受理状态：" + (s.accepted() ? "已受理" : "不予受理")
                    + (s.accepted() && "REJECTED".equals(s.statsStatus()) ? "（就业统计数据不予采用）" : ""), 3, false);
            if (s.accepted()) {
                Map<String, Long> decided = new TreeMap<>();
                for (Subsidy subsidy : Subsidy.values()) { // a primary-key range each
                    Map<String, Object> key = Map.of("run", runId, "subsidy", subsidy.code(),
                            "district", s.districtCode());
                    db.list(DECISION_COUNTS, key,
                            (rs, i) -> decided.merge(rs.getString("decision"), rs.getLong("n"), Long::sum));
                }
                long all = decided.values().stream().mapToLong(Long::longValue).sum();
                t.note("补贴申请：共" + all + "笔，全部核准" + decided.getOrDefault("APPROVED", 0L) + "笔，部分核准"
                        + decided.getOrDefault("PARTIAL", 0L) + "笔，不予核准" + decided.getOrDefault("REJECTED", 0L)
                        + "笔", 3, false);
            }
        }
        if (marking == null) {
            t.note("运行编号：" + runId + "。明细见“" + DETAIL_SHEET + "”工作表，行号为Excel中显示的行号。", 3, false);
        } else {
            for (String note : marking.notes()) {
                t.note(note, 3, false);
            }
            t.note("明细见“" + DETAIL_SHEET + "”工作表，行号为Excel中显示的行号。", 3, false);
        }
        t.skip();
        t.header(SUMMARY_COLUMNS.toArray(String[]::new));
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

    /** A refused or partial decision of a sheet row: its reason codes and dropped months. */
    private record DecisionLine(int row, String decision, String codes, String droppedMonths) {
    }

    /** An invalid cell of a sheet row. */
    private record CellLine(int row, String code, String columnLetter, String columnName, String value) {
    }

    /**
     * The merged lines of one accepted submission, in sheet and row order: a refused or partial decision
     * with its dropped months ({@link #decision}), then the row's invalid cells ({@link #cell}).
     * Eligibility and once-only codes are written from the decision; field and month codes from their
     * cells and months, or from the decision when the detail is not stored.
     */
    private static final class RowProblems {
        private final String file;
        private final Details out;
        private Subsidy subsidy;
        private int row = -1;
        private String decision;
        private final List<String> pending = new ArrayList<>();

        RowProblems(String file, Details out) {
            this.file = file;
            this.out = out;
        }

        void decision(Subsidy sub, DecisionLine d) {
            startRow(sub, d.row());
            decision = d.decision();
            String sheet = sub.sheetName();
            for (String c : RunSubmission.splitCodes(d.codes())) {
                ReasonCode.Kind kind = Reasons.kind(c);
                if (kind == ReasonCode.Kind.FIELD || kind == ReasonCode.Kind.MONTH) {
                    pending.add(c);
                } else {
                    out.line(file, sheet, row, null, c, Reasons.messageZh(c, null), null, null, result(false), null);
                }
            }
            for (MonthRuns.Dropped m : MonthRuns.droppedMonths(d.droppedMonths())) {
                pending.remove(m.code());
                out.line(file, sheet, row, null, m.code(), Reasons.messageZh(m.code(), null), null,
                        MonthText.month(m.month()), result(true), null);
            }
        }

        void cell(Subsidy sub, CellLine c) {
            startRow(sub, c.row());
            pending.remove(c.code());
            out.line(file, sub.sheetName(), row, c.columnLetter() + "（" + c.columnName() + "）", c.code(),
                    Reasons.messageZh(c.code(), null), c.value(), null, decision == null ? null : result(false), null);
        }

        private void startRow(Subsidy sub, int r) {
            if (sub != subsidy || r != row) {
                flush();
                subsidy = sub;
                row = r;
                decision = null;
            }
        }

        void flush() {
            if (subsidy != null) {
                String sheet = subsidy.sheetName();
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
