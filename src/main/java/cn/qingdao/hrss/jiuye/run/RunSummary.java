package cn.qingdao.hrss.jiuye.run;

import cn.qingdao.hrss.jiuye.domain.DistrictRegistry;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.report.RunSubmission;
import cn.qingdao.hrss.jiuye.report.RunSubmissions;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The table printed at the end of a run: per district, the submission status and the decisions. */
@Component
public class RunSummary {

    private final JdbcTemplate jdbc;
    private final RunSubmissions submissions;
    private final DistrictRegistry registry;

    public RunSummary(JdbcTemplate jdbc, RunSubmissions submissions, DistrictRegistry registry) {
        this.jdbc = jdbc;
        this.submissions = submissions;
        this.registry = registry;
    }

    /** Prints the summary; returns true when some submission was refused. */
    public boolean print(long runId, Quarter quarter, Path out) {
        PrintStream o = System.out;
        Map<String, RunSubmission> byDistrict = new HashMap<>();
        boolean rejections = false;
        List<RunSubmission> all = submissions.of(runId);
        for (var s : all) {
            if (!"ACCEPTED".equals(s.effectiveStatus())) {
                rejections = true;
            }
            if (s.districtCode() != null) {
                byDistrict.merge(s.districtCode(), s, (a, b) -> a.duplicate() ? a : b);
            }
        }
        Map<String, long[]> counts = new HashMap<>();
        Map<String, BigDecimal> amounts = new HashMap<>();
        jdbc.query("SELECT district_code, decision, COUNT(*), SUM(amount) FROM decision WHERE run_id = ? GROUP BY district_code, decision",
                rs -> {
                    long[] c = counts.computeIfAbsent(rs.getString(1), k -> new long[3]);
                    int i = switch (rs.getString(2)) {
                        case "APPROVED" -> 0;
                        case "PARTIAL" -> 1;
                        default -> 2;
                    };
                    c[i] = rs.getLong(3);
                    amounts.merge(rs.getString(1), rs.getBigDecimal(4), BigDecimal::add);
                }, runId);
        o.printf("%nRun #%d of %s%n", runId, quarter);
        o.printf("%-8s %-10s %-9s %9s %9s %9s %15s  %s%n", "district", "name", "status", "approved", "partial", "rejected", "amount", "codes");
        BigDecimal total = BigDecimal.ZERO;
        for (String d : registry.codes()) {
            var s = byDistrict.get(d);
            long[] c = counts.getOrDefault(d, new long[3]);
            BigDecimal amount = amounts.getOrDefault(d, BigDecimal.ZERO);
            total = total.add(amount);
            o.printf("%-8s %-10s %-9s %,9d %,9d %,9d %,15.2f  %s%n", d, shortName(registry.name(d)),
                    s == null ? "MISSING" : s.effectiveStatus(), c[0], c[1], c[2], amount,
                    s == null ? "" : String.join(";", s.codes()));
        }
        long unattributed = all.stream().filter(s -> s.districtCode() == null).count();
        if (unattributed > 0) {
            o.printf("%d file(s) could not be attributed to a district: see the log and 'status --quarter %s'.%n", unattributed, quarter);
        }
        o.printf("Total approved amount: %,.2f yuan. Output: %s%n", total, out.resolve(quarter.toString()));
        return rejections;
    }

    /** Whether some submission of the run was refused (what {@link #print} returns), printing nothing. */
    public boolean hasRejections(long runId) {
        return submissions.of(runId).stream().anyMatch(s -> !RunSubmission.ACCEPTED.equals(s.effectiveStatus()));
    }

    private static String shortName(String name) {
        int i = name.indexOf('（');
        return i > 0 ? name.substring(0, i) : name;
    }
}
