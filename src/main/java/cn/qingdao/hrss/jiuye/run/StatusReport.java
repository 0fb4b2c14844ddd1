package cn.qingdao.hrss.jiuye.run;

import cn.qingdao.hrss.jiuye.domain.DistrictRegistry;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.read.ReadStepConfiguration;
import cn.qingdao.hrss.jiuye.report.RunSubmission;
import cn.qingdao.hrss.jiuye.report.RunSubmissions;
import java.io.PrintStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code status}: the runs (state, start, duration, which one is the quarter's published record),
 * then for the last run of the quarter each district: its submission's state, rows read and
 * decisions so far; then the run's steps as the job repository records them, with Spring Batch's
 * read, write and commit counts, and for each read partition the process that read it ({@code pid@host}: the
 * run's own process, or a worker) and for each job execution where it read its districts ({@code threads} or
 * {@code workers}, as a restart will unless told otherwise). A run left RUNNING by a process that is gone shows as
 * {@code interrupted (run 'restart')}.
 */
@Component
public class StatusReport {

    private final JdbcTemplate jdbc;
    private final RunSubmissions submissions;
    private final DistrictRegistry registry;
    private final QuarterLock lock;
    private final RunSteps steps;

    public StatusReport(JdbcTemplate jdbc, RunSubmissions submissions, DistrictRegistry registry, QuarterLock lock,
                        RunSteps steps) {
        this.jdbc = jdbc;
        this.submissions = submissions;
        this.registry = registry;
        this.lock = lock;
        this.steps = steps;
    }

    public int print(Quarter only) {
        PrintStream o = System.out;
        List<Map<String, Object>> runs = only == null
                ? jdbc.queryForList("SELECT * FROM pipeline_run ORDER BY id")
                : jdbc.queryForList("SELECT * FROM pipeline_run WHERE quarter = ? ORDER BY id", only.toString());
        if (runs.isEmpty()) {
            o.println(only == null ? "No runs yet." : "No runs of " + only + " yet.");
            return QuarterRunner.OK;
        }
        Map<String, Long> published = new HashMap<>();
        jdbc.query("SELECT quarter, published_run_id FROM quarter_state", rs -> {
            published.put(rs.getString(1), rs.getLong(2));
        });
        Map<String, Optional<QuarterLock.Holder>> holders = new HashMap<>();
        o.printf("%-5s %-7s %-30s %-19s %12s %9s%n", "run", "quarter", "state", "started", "duration", "published");
        for (Map<String, Object> r : runs) {
            long id = ((Number) r.get("id")).longValue();
            String quarter = (String) r.get("quarter");
            Optional<QuarterLock.Holder> holder = holders.computeIfAbsent(quarter, q -> lock.holder(Quarter.parse(q)));
            String state = state(id, (String) r.get("state"), holder);
            Timestamp started = (Timestamp) r.get("started_at");
            Timestamp finished = (Timestamp) r.get("finished_at");
            LocalDateTime end = finished != null ? finished.toLocalDateTime()
                    : state.equals("RUNNING") ? LocalDateTime.now() : null;
            o.printf("%-5d %-7s %-30s %-19s %12s %9s%n", id, quarter, state,
                    started.toLocalDateTime().withNano(0).toString().replace('T', ' '),
                    end == null ? "-" : seconds(Duration.between(started.toLocalDateTime(), end)),
                    Long.valueOf(id).equals(published.get(quarter)) ? "yes" : "");
        }
        Map<String, Object> last = runs.get(runs.size() - 1);
        long lastId = ((Number) last.get("id")).longValue();
        Quarter q = Quarter.parse((String) last.get("quarter"));
        holders.get(q.toString()).ifPresent(h -> o.printf("%n%s is %s by %s%n", q,
                h.alive() ? "being processed" : "held for restart", h.describe()));
        List<RunSteps.StepRow> stepRows = steps.of(lastId);
        districts(o, lastId, q, stepRows);
        steps(o, lastId, stepRows);
        return QuarterRunner.OK;
    }

    private static String state(long runId, String state, Optional<QuarterLock.Holder> holder) {
        if (!"RUNNING".equals(state)) {
            return state;
        }
        boolean alive = holder.filter(h -> h.runId() == runId && h.alive()).isPresent();
        return alive ? "RUNNING" : "interrupted (run 'restart')";
    }

    private void districts(PrintStream o, long runId, Quarter q, List<RunSteps.StepRow> stepRows) {
        Map<Long, Integer> rowsRead = new HashMap<>();
        jdbc.query("SELECT s.id, s.rows_read FROM submission s JOIN run_submission rs ON rs.submission_id = s.id WHERE rs.run_id = ?",
                rs -> {
                    rowsRead.put(rs.getLong(1), rs.getObject(2) == null ? null : rs.getInt(2));
                }, runId);
        Map<String, long[]> counts = new HashMap<>();
        jdbc.query("SELECT district_code, decision, COUNT(*) FROM decision WHERE run_id = ? GROUP BY district_code, decision", rs -> {
            long[] c = counts.computeIfAbsent(rs.getString(1), k -> new long[3]);
            switch (rs.getString(2)) {
                case "APPROVED" -> c[0] = rs.getLong(3);
                case "PARTIAL" -> c[1] = rs.getLong(3);
                default -> c[2] = rs.getLong(3);
            }
        }, runId);
        o.printf("%nDistricts in run #%d (%s):%n", runId, q);
        o.printf("%-8s %-9s %-28s %9s %9s %9s %9s %9s  %s%n", "district", "state", "file", "rows read", "decided",
                "approved", "partial", "rejected", "codes");
        Map<String, RunSubmission> byDistrict = new HashMap<>();
        for (var s : submissions.of(runId)) {
            if (s.districtCode() == null) {
                o.printf("unattributed file '%s': %s (%s)%n", s.fileName(), s.effectiveStatus(), String.join(";", s.codes()));
            } else {
                byDistrict.merge(s.districtCode(), s, (a, b) -> a.duplicate() ? a : b);
            }
        }
        for (String d : registry.codes()) {
            RunSubmission s = byDistrict.get(d);
            long[] c = counts.getOrDefault(d, new long[3]);
            Integer read = s == null ? null : rowsRead.get(s.id());
            if (s != null && read == null) {
                read = rowsWrittenSoFar(stepRows, d);
            }
            String state = s == null ? "MISSING" : "PENDING".equals(s.effectiveStatus()) ? "TO READ" : s.effectiveStatus();
            o.printf("%-8s %-9s %-28s %9s %,9d %,9d %,9d %,9d  %s%n", d, state,
                    s == null ? "" : abbreviate(s.fileName(), 28), read == null ? "-" : String.format("%,d", read),
                    c[0] + c[1] + c[2], c[0], c[1], c[2], s == null ? "" : String.join(";", s.codes()));
        }
    }

    /** The rows a district's read partitions have committed so far (its submission is still being read); null when none. */
    private static Integer rowsWrittenSoFar(List<RunSteps.StepRow> stepRows, String district) {
        long written = 0;
        boolean any = false;
        for (RunSteps.StepRow r : stepRows) {
            if (r.name().startsWith(ReadStepConfiguration.PARTITION_PREFIX) && district.equals(r.partition())) {
                written += r.written();
                any = true;
            }
        }
        return any ? (int) written : null;
    }

    /** Every step and partition execution of the run, under the job execution it belongs to. */
    private static void steps(PrintStream o, long runId, List<RunSteps.StepRow> stepRows) {
        long jobExecution = -1;
        for (RunSteps.StepRow r : stepRows) {
            if (r.jobExecutionId() != jobExecution) {
                jobExecution = r.jobExecutionId();
                o.printf("%nSteps of run #%d, job execution %d (%s, districts read by %s):%n", runId, jobExecution,
                        r.jobStatus(), r.jobReadBy());
                o.printf("%-32s %-9s %-9s %9s %9s %9s %7s %9s %9s%n", "step", "status", "exit", "read", "written",
                        "filtered", "commits", "rollbacks", "time");
            }
            o.printf("%-32s %-9s %-9s %,9d %,9d %,9d %,7d %,9d %9s%s%n", (r.partition() == null ? "" : "  ") + r.name(),
                    r.status(), r.exitCode(), r.read(), r.written(), r.filtered(), r.commits(), r.rollbacks(),
                    r.time() == null ? "-" : seconds(r.time()), r.readBy() == null ? "" : "  read by " + r.readBy());
        }
    }

    private static String seconds(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
