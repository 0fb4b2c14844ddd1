package cn.qingdao.hrss.jiuye.statistics;

import cn.qingdao.hrss.jiuye.domain.DistrictRegistry;
import cn.qingdao.hrss.jiuye.domain.Indicator;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * City totals, year-on-year and year-to-date of a run (rules §7): district values from the
 * accepted statistics of the run's accepted submissions; city = their sum; last year from the
 * published run of the same quarter last year, else the baseline; year-to-date for a flow only
 * when every earlier quarter of the year is known, for a stock its own value.
 */
@Component
public class StatisticsAggregator {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final DistrictRegistry registry;
    private final Baseline baseline;

    public StatisticsAggregator(JdbcTemplate jdbc, TransactionTemplate tx, DistrictRegistry registry, Baseline baseline) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.registry = registry;
        this.baseline = baseline;
    }

    public void aggregate(long runId, Quarter quarter) {
        Map<String, Long> current = new HashMap<>();
        jdbc.query("""
                SELECT s.district_code, i.indicator, i.total FROM statistic_input i
                JOIN submission s ON s.id = i.submission_id AND s.status = 'ACCEPTED' AND s.stats_status = 'ACCEPTED'
                JOIN run_submission rs ON rs.submission_id = s.id AND rs.run_id = ? AND rs.duplicate = FALSE""",
                rs -> {
                    current.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
                }, runId);
        List<Object[]> rows = new ArrayList<>();
        List<String> districts = new ArrayList<>();
        districts.add(DistrictRegistry.CITY_CODE);
        districts.addAll(registry.codes());
        for (String district : districts) {
            for (Indicator indicator : Indicator.values()) {
                Long value = DistrictRegistry.CITY_CODE.equals(district)
                        ? cityTotal(current, indicator)
                        : current.get(district + "/" + indicator.code());
                Long lastYear = published(quarter.sameQuarterLastYear(), district, indicator, true);
                rows.add(new Object[] {runId, quarter.toString(), district, indicator.code(), value, lastYear,
                        yoy(value, lastYear), yearToDate(quarter, district, indicator, value)});
            }
        }
        tx.executeWithoutResult(s -> {
            jdbc.update("DELETE FROM statistic_result WHERE run_id = ?", runId);
            jdbc.batchUpdate("""
                    INSERT INTO statistic_result (run_id, quarter, district_code, indicator, stat_value, last_year, yoy_pct, year_to_date)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        });
    }

    private Long cityTotal(Map<String, Long> current, Indicator indicator) {
        Long sum = null;
        for (String d : registry.codes()) {
            Long v = current.get(d + "/" + indicator.code());
            if (v != null) {
                sum = (sum == null ? 0 : sum) + v;
            }
        }
        return sum;
    }

    /** A quarter's value from its published run, else (when allowed) from the baseline; null when unknown. */
    private Long published(Quarter q, String district, Indicator indicator, boolean orBaseline) {
        List<Long> found = jdbc.queryForList("""
                SELECT r.stat_value FROM statistic_result r JOIN quarter_state qs ON qs.published_run_id = r.run_id
                WHERE qs.quarter = ? AND r.district_code = ? AND r.indicator = ?""",
                Long.class, q.toString(), district, indicator.code());
        if (!found.isEmpty() && found.get(0) != null) {
            return found.get(0);
        }
        return orBaseline ? baseline.value(q, district, indicator) : null;
    }

    /** (this − last year) / last year × 100, two decimals half-up (rules §7); null when unknown or last year is 0. */
    static BigDecimal yoy(Long value, Long lastYear) {
        if (value == null || lastYear == null || lastYear == 0) {
            return null;
        }
        return BigDecimal.valueOf(value - lastYear).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(lastYear), 2, RoundingMode.HALF_UP);
    }

    private Long yearToDate(Quarter quarter, String district, Indicator indicator, Long value) {
        if (value == null || indicator.stock()) {
            return value;
        }
        long sum = value;
        for (int n = 1; n < quarter.number(); n++) {
            Long earlier = published(new Quarter(quarter.year(), n), district, indicator, true);
            if (earlier == null) {
                return null;
            }
            sum += earlier;
        }
        return sum;
    }
}
