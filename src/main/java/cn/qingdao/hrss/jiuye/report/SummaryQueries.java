package cn.qingdao.hrss.jiuye.report;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import cn.qingdao.hrss.jiuye.domain.Indicator;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.Subsidy;

/**
 * Loads {@link SummaryData} for a run (rules §8): statistics lines, decision counts and sums
 * grouped in SQL, reason codes counted while streaming the refused decisions.
 */
@Component
public class SummaryQueries {

    private final ReportJdbc db;
    private final RunSubmissions submissions;

    public SummaryQueries(ReportJdbc db, RunSubmissions submissions) {
        this.db = db;
        this.submissions = submissions;
    }

    SummaryData load(long runId, Quarter quarter) {
        Map<String, Object> run = Map.of("run", runId);
        LocalDateTime[] times = new LocalDateTime[2];
        db.list("SELECT p.quarter, p.started_at, q.published_at FROM pipeline_run p "
                + "LEFT JOIN quarter_state q ON q.published_run_id = p.id WHERE p.id = :run", run, (rs, i) -> {
            if (!quarter.toString().equals(rs.getString("quarter"))) {
                throw new IllegalArgumentException("run " + runId + " is for " + rs.getString("quarter")
                        + ", not " + quarter);
            }
            times[0] = toLocal(rs.getTimestamp("started_at"));
            times[1] = toLocal(rs.getTimestamp("published_at"));
            return i;
        });

        Map<String, Map<Indicator, SummaryData.StatLine>> stats = new HashMap<>();
        db.list("SELECT district_code, indicator, stat_value, last_year, yoy_pct, year_to_date FROM statistic_result "
                + "WHERE run_id = :run", run, (rs, i) -> {
                    Indicator indicator;
                    try {
                        indicator = Indicator.fromCode(rs.getString("indicator"));
                    } catch (IllegalArgumentException unknown) {
                        return i;
                    }
                    stats.computeIfAbsent(rs.getString("district_code"), k -> new EnumMap<>(Indicator.class))
                            .put(indicator, new SummaryData.StatLine(rs.getObject("stat_value", Long.class),
                                    rs.getObject("last_year", Long.class), rs.getBigDecimal("yoy_pct"),
                                    rs.getObject("year_to_date", Long.class)));
                    return i;
                });

        Map<String, Map<Subsidy, SummaryData.SubsidyTotals>> subsidies = new HashMap<>();
        db.list("SELECT district_code, subsidy, decision, COUNT(*) AS n, SUM(amount) AS amount FROM decision "
                + "WHERE run_id = :run GROUP BY district_code, subsidy, decision", run, (rs, i) -> {
                    SummaryData.SubsidyTotals t = subsidies
                            .computeIfAbsent(rs.getString("district_code"), k -> new EnumMap<>(Subsidy.class))
                            .computeIfAbsent(Subsidy.fromCode(rs.getString("subsidy")),
                                    k -> new SummaryData.SubsidyTotals());
                    long n = rs.getLong("n");
                    switch (rs.getString("decision")) {
                        case "APPROVED" -> t.approved += n;
                        case "PARTIAL" -> t.partial += n;
                        default -> t.rejected += n;
                    }
                    if (rs.getBigDecimal("amount") != null) {
                        t.amount = t.amount.add(rs.getBigDecimal("amount"));
                    }
                    return i;
                });

        Map<String, long[]> reasons = new TreeMap<>(Reasons.ORDER);
        // per combination of codes (a few dozen), not per decision: the database counts the rows
        db.stream("SELECT subsidy, reason_codes, COUNT(*) AS n FROM decision WHERE run_id = :run"
                        + " AND reason_codes IS NOT NULL GROUP BY subsidy, reason_codes",
                run, rs -> {
                    int s = Subsidy.fromCode(rs.getString("subsidy")).ordinal();
                    long n = rs.getLong("n");
                    for (String code : RunSubmission.splitCodes(rs.getString("reason_codes")).stream().distinct()
                            .toList()) {
                        reasons.computeIfAbsent(code, k -> new long[Subsidy.values().length])[s] += n;
                    }
                });

        List<RunSubmission> files = submissions.of(runId);
        return new SummaryData(runId, quarter, times[0], times[1], stats, subsidies, reasons, files);
    }

    private static LocalDateTime toLocal(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
