package cn.qingdao.hrss.jiuye.decision;

import cn.qingdao.hrss.jiuye.common.Months;
import cn.qingdao.hrss.jiuye.common.Quarter;
import cn.qingdao.hrss.jiuye.common.Subsidy;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What was approved or paid before a row, looked up in the database for the people and businesses
 * of one chunk only (SPEC §5 step 4): the published runs of earlier quarters, and this run's rows
 * decided so far — which, as rows are decided in rank order, are exactly the earlier-ranked ones.
 */
@Repository
public class History {

    /** The published runs of quarters before :quarter. */
    private static final String EARLIER_QUARTERS =
            "SELECT published_run_id FROM quarter_state WHERE quarter < :quarter";

    private final NamedParameterJdbcTemplate jdbc;

    public History(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Months kept for each person under a social-insurance subsidy, earlier quarters and this run. */
    public Map<String, Set<YearMonth>> paidMonths(long runId, Quarter quarter, Subsidy subsidy, Collection<String> ids) {
        Map<String, Set<YearMonth>> paid = new HashMap<>();
        if (ids.isEmpty()) {
            return paid;
        }
        var params = new MapSqlParameterSource().addValue("run", runId).addValue("quarter", quarter.toString())
                .addValue("subsidy", subsidy.code()).addValue("ids", ids);
        jdbc.query("""
                SELECT id_number, claim_month FROM decision_month
                WHERE subsidy = :subsidy AND dropped_code IS NULL AND id_number IN (:ids)
                  AND (run_id = :run OR run_id IN (""" + EARLIER_QUARTERS + "))",
                params, rs -> {
                    paid.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(Months.fromInt(rs.getInt(2)));
                });
        return paid;
    }

    /** Start-up subsidies granted to these people or businesses before this run's current chunk. */
    public StartupGrants startupGrants(long runId, Quarter quarter, Collection<String> ids, Collection<String> creditCodes) {
        StartupGrants grants = new StartupGrants();
        if (ids.isEmpty() && creditCodes.isEmpty()) {
            return grants;
        }
        var params = new MapSqlParameterSource().addValue("run", runId).addValue("quarter", quarter.toString())
                .addValue("ids", ids.isEmpty() ? Set.of("") : ids)
                .addValue("codes", creditCodes.isEmpty() ? Set.of("") : creditCodes);
        jdbc.query("""
                SELECT id_number, credit_code, run_id FROM startup_grant
                WHERE (id_number IN (:ids) OR credit_code IN (:codes))
                  AND (run_id = :run OR run_id IN (""" + EARLIER_QUARTERS + "))",
                params, rs -> {
                    boolean thisRun = rs.getLong(3) == runId;
                    (thisRun ? grants.personsThisQuarter : grants.personsBefore).add(rs.getString(1));
                    (thisRun ? grants.businessesThisQuarter : grants.businessesBefore).add(rs.getString(2));
                });
        return grants;
    }

    /** Persons and businesses already granted the start-up subsidy: in earlier quarters, or earlier in this one. */
    public static final class StartupGrants {
        final Set<String> personsBefore = new HashSet<>();
        final Set<String> businessesBefore = new HashSet<>();
        final Set<String> personsThisQuarter = new HashSet<>();
        final Set<String> businessesThisQuarter = new HashSet<>();

        void grant(String id, String creditCode) {
            personsThisQuarter.add(id);
            businessesThisQuarter.add(creditCode);
        }
    }
}
