package cn.qingdao.hrss.jiuye.operations;

import cn.qingdao.hrss.jiuye.common.DistrictRegistry;
import cn.qingdao.hrss.jiuye.common.Quarter;
import cn.qingdao.hrss.jiuye.report.RunSubmission;
import cn.qingdao.hrss.jiuye.report.RunSubmissions;
import java.io.PrintStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@code status}: the runs, their state and duration, and per district the submission and its counts. */
@Component
public class StatusReport {

    private final JdbcTemplate jdbc;
    private final RunSubmissions submissions;
    private final DistrictRegistry registry;
    private final QuarterLock lock;

    public StatusReport(JdbcTemplate jdbc, RunSubmissions submissions, DistrictRegistry registry, QuarterLock lock) {
        this.jdbc = jdbc;
        this.submissions = submissions;
        this.registry = registry;
        this.lock = lock;
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
        o.printf("%-5s %-7s %-10s %-20s %10s %10s%n", "run", "quarter", "state", "started", "duration", "published");
        for (Map<String, Object> r : runs) {
            long id = ((Number) r.get("id")).longValue();
            Timestamp started = (Timestamp) r.get("started_at");
            Timestamp finished = (Timestamp) r.get("finished_at");
            String duration = finished == null ? "-" : seconds(Duration.between(started.toInstant(), finished.toInstant()));
            List<Long> published = jdbc.queryForList("SELECT published_run_id FROM quarter_state WHERE quarter = ?",
                    Long.class, r.get("quarter"));
            o.printf("%-5d %-7s %-10s %-20s %10s %10s%n", id, r.get("quarter"), r.get("state"),
                    started.toLocalDateTime().withNano(0).toString().replace('T', ' '), duration,
                    !published.isEmpty() && published.get(0) == id ? "yes" : "");
        }
        Map<String, Object> last = runs.get(runs.size() - 1);
        long lastId = ((Number) last.get("id")).longValue();
        Quarter q = Quarter.parse((String) last.get("quarter"));
        String holder = lock.holder(q);
        if (holder != null) {
            o.printf("%n%s is locked by %s%n", q, holder);
        }
        o.printf("%nDistricts in run #%d (%s):%n", lastId, q);
        o.printf("%-8s %-9s %-28s %8s %9s %9s %9s  %s%n", "district", "status", "file", "rows", "approved", "partial", "rejected", "codes");
        var byDistrict = new java.util.HashMap<String, RunSubmission>();
        for (var s : submissions.of(lastId)) {
            if (s.districtCode() == null) {
                o.printf("unattributed file '%s': %s (%s)%n", s.fileName(), s.effectiveStatus(), String.join(";", s.codes()));
            } else {
                byDistrict.merge(s.districtCode(), s, (a, b) -> a.duplicate() ? a : b);
            }
        }
        for (String d : registry.codes()) {
            var s = byDistrict.get(d);
            long[] c = new long[4];
            jdbc.query("SELECT decision, COUNT(*) FROM decision WHERE run_id = ? AND district_code = ? GROUP BY decision", rs -> {
                switch (rs.getString(1)) {
                    case "APPROVED" -> c[0] = rs.getLong(2);
                    case "PARTIAL" -> c[1] = rs.getLong(2);
                    default -> c[2] = rs.getLong(2);
                }
            }, lastId, d);
            o.printf("%-8s %-9s %-28s %,8d %,9d %,9d %,9d  %s%n", d, s == null ? "MISSING" : s.effectiveStatus(),
                    s == null ? "" : abbreviate(s.fileName(), 28), c[0] + c[1] + c[2], c[0], c[1], c[2],
                    s == null ? "" : String.join(";", s.codes()));
        }
        return QuarterRunner.OK;
    }

    private static String seconds(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
