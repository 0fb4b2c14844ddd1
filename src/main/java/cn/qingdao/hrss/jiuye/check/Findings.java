package cn.qingdao.hrss.jiuye.check;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import cn.qingdao.hrss.jiuye.report.RunSubmission;
import cn.qingdao.hrss.jiuye.report.RunSubmissions;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the private run found in the file checked, read from its database (rules §7, §8): the submission
 * and its status, the problems of the file and of its statistics, and per subsidy how its rows were
 * decided; the rows refused in whole or in part are counted per reason code as they stream by.
 *
 * @param runId      the private run
 * @param submission the file as the run saw it; null when the run did not take it as a submission
 * @param problems   the file's problems (a refused file's reasons, or its statistics errors)
 * @param decided    per subsidy: rows approved, partly approved, refused
 * @param byReason   rows refused in whole or in part, per reason code, in the order of {@link ReasonCode}
 */
record Findings(long runId, RunSubmission submission, List<Problem> problems, Map<Subsidy, long[]> decided,
                Map<String, Long> byReason) {

    static final int APPROVED = 0;
    static final int PARTIAL = 1;
    static final int REJECTED = 2;

    /** A problem of the file as a whole, or of its statistics sheet. */
    record Problem(ReasonCode code, String sheet, Integer row, String column, String message, String messageZh) {
    }

    static Findings read(ApplicationContext context, Quarter quarter) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long runId = jdbc.queryForObject("SELECT published_run_id FROM quarter_state WHERE quarter = ?", Long.class,
                quarter.toString());
        List<RunSubmission> submissions = context.getBean(RunSubmissions.class).of(runId);
        RunSubmission submission = submissions.isEmpty() ? null : submissions.get(0);
        List<Problem> problems = submission == null ? List.of() : jdbc.query("""
                SELECT code, sheet, row_number, column_name, message, message_zh FROM submission_error
                WHERE submission_id = ? ORDER BY seq""", (rs, i) -> new Problem(ReasonCode.valueOf(rs.getString(1)),
                rs.getString(2), rs.getObject(3, Integer.class), rs.getString(4), rs.getString(5), rs.getString(6)),
                submission.id());
        Map<Subsidy, long[]> decided = new EnumMap<>(Subsidy.class);
        for (Subsidy s : Subsidy.values()) {
            decided.put(s, new long[3]);
        }
        jdbc.query("SELECT subsidy, decision, COUNT(*) FROM decision WHERE run_id = ? GROUP BY subsidy, decision", rs -> {
            int i = switch (rs.getString(2)) {
                case "APPROVED" -> APPROVED;
                case "PARTIAL" -> PARTIAL;
                default -> REJECTED;
            };
            decided.get(Subsidy.fromCode(rs.getString(1)))[i] = rs.getLong(3);
        }, runId);
        Map<String, Long> byReason = new TreeMap<>(Comparator.comparingInt((String c) -> ReasonCode.valueOf(c).ordinal()));
        jdbc.query("SELECT reason_codes FROM decision WHERE run_id = ? AND decision <> 'APPROVED'", rs -> {
            String codes = rs.getString(1);
            if (codes != null) {
                for (String code : codes.split(";")) {
                    byReason.merge(code.strip(), 1L, Long::sum);
                }
            }
        }, runId);
        return new Findings(runId, submission, problems, decided, byReason);
    }

    boolean accepted() {
        return submission != null && submission.accepted();
    }

    /** Statistics accepted: the file is accepted and none of its problems is a statistics code (rules §7). */
    boolean statisticsAccepted() {
        return accepted() && problems.stream().noneMatch(p -> p.code().kind() == ReasonCode.Kind.STATISTICS);
    }

    /** The sum over the subsidies of one of {@link #APPROVED}, {@link #PARTIAL}, {@link #REJECTED}. */
    long rows(int outcome) {
        return decided.values().stream().mapToLong(c -> c[outcome]).sum();
    }

    /** Nothing to correct: the file would be accepted, its statistics too, and no row refused in whole or in part. */
    boolean clean() {
        return accepted() && problems.isEmpty() && rows(PARTIAL) == 0 && rows(REJECTED) == 0;
    }
}
