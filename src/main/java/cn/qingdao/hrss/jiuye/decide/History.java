package cn.qingdao.hrss.jiuye.decide;

import cn.qingdao.hrss.jiuye.domain.MonthRuns;
import cn.qingdao.hrss.jiuye.domain.Months;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.support.jdbc.Sequences;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * What was approved or paid before a row, looked up in the database for the people and businesses
 * of one chunk only (rules §5 step 4): the published runs of earlier quarters, and this run's rows
 * decided so far — which, as rows are decided in rank order, are exactly the earlier-ranked ones.
 */
@Repository
public class History {

    /** The published runs of quarters before :quarter. */
    private static final String EARLIER_QUARTERS =
            "SELECT published_run_id FROM quarter_state WHERE quarter < :quarter";
    /** This run's rows ranked before (:district, :row), or earlier quarters (for explain). */
    private static final String RANKED_BEFORE = " AND ((run_id = :run AND (district_code < :district"
            + " OR (district_code = :district AND row_number < :row))) OR run_id IN (" + EARLIER_QUARTERS + "))";
    /** This run so far, or earlier quarters. */
    private static final String SO_FAR = " AND (run_id = :run OR run_id IN (" + EARLIER_QUARTERS + "))";

    private final NamedParameterJdbcTemplate jdbc;
    private final boolean postgres;

    public History(NamedParameterJdbcTemplate jdbc, Sequences database) {
        this.jdbc = jdbc;
        this.postgres = database.postgres();
    }

    /**
     * The condition that {@code column} is one of the keys in parameter {@code name}. On PostgreSQL the
     * keys travel as one array parameter ({@code = ANY}): one statement text whatever the chunk's size,
     * instead of an {@code IN} list of up to a chunk's placeholders that both sides parse and PostgreSQL
     * plans again for every chunk (issue 5).
     * H2 keeps the {@code IN} list, which it answers through the index.
     */
    private String anyOf(String column, String name) {
        return postgres ? column + " = ANY(:" + name + ")" : column + " IN (:" + name + ")";
    }

    /** The value of a parameter of keys for {@link #anyOf}: an array on PostgreSQL, the collection on H2. */
    private Object keys(Collection<String> keys) {
        return postgres ? new SqlArrayValue("varchar", keys.toArray()) : keys;
    }

    /** Months kept for each person under a social-insurance subsidy, earlier quarters and this run so far. */
    public Map<String, Set<YearMonth>> paidMonths(long runId, Quarter quarter, Subsidy subsidy, Collection<String> ids) {
        Map<String, Set<YearMonth>> paid = new HashMap<>();
        if (ids.isEmpty()) {
            return paid;
        }
        var params = params(runId, quarter).addValue("subsidy", subsidy.code()).addValue("ids", keys(ids));
        jdbc.query("SELECT id_number, kept_months FROM decision"
                        + " WHERE " + anyOf("id_number", "ids")
                        + " AND subsidy = :subsidy AND kept_months IS NOT NULL" + SO_FAR,
                params, rs -> {
                    Set<YearMonth> months = paid.computeIfAbsent(rs.getString(1), k -> new HashSet<>());
                    for (int m : MonthRuns.keptMonths(rs.getString(2))) {
                        months.add(Months.fromInt(m));
                    }
                });
        return paid;
    }

    /** The months kept for one person as they stood when the row at (district, row) was decided (for explain). */
    public Set<YearMonth> paidMonthsBefore(long runId, Quarter quarter, Subsidy subsidy, String id, String district, int row) {
        Set<YearMonth> paid = new HashSet<>();
        var params = params(runId, quarter).addValue("subsidy", subsidy.code()).addValue("id", id)
                .addValue("district", district).addValue("row", row);
        jdbc.query("SELECT kept_months FROM decision"
                        + " WHERE id_number = :id AND subsidy = :subsidy AND kept_months IS NOT NULL" + RANKED_BEFORE,
                params, rs -> {
                    for (int m : MonthRuns.keptMonths(rs.getString(1))) {
                        paid.add(Months.fromInt(m));
                    }
                });
        return paid;
    }

    /** Start-up subsidies granted to these people or businesses: earlier quarters and this run so far. */
    public StartupGrants startupGrants(long runId, Quarter quarter, Collection<String> ids, Collection<String> creditCodes) {
        StartupGrants grants = new StartupGrants(runId);
        if (ids.isEmpty() && creditCodes.isEmpty()) {
            return grants;
        }
        var params = params(runId, quarter)
                .addValue("ids", keys(ids.isEmpty() ? Set.of("") : ids))
                .addValue("codes", keys(creditCodes.isEmpty() ? Set.of("") : creditCodes));
        // two index lookups rather than one OR, which H2 answers by reading every grant
        jdbc.query("SELECT id_number, credit_code, run_id FROM startup_grant WHERE " + anyOf("id_number", "ids")
                + SO_FAR + " UNION ALL SELECT id_number, credit_code, run_id FROM startup_grant WHERE "
                + anyOf("credit_code", "codes") + SO_FAR, params, grants::add);
        return grants;
    }

    /** The start-up grants as they stood when the row at (district, row) was decided (for explain). */
    public StartupGrants startupGrantsBefore(long runId, Quarter quarter, String id, String creditCode, String district, int row) {
        StartupGrants grants = new StartupGrants(runId);
        var params = params(runId, quarter).addValue("id", id).addValue("code", creditCode)
                .addValue("district", district).addValue("row", row);
        jdbc.query("SELECT id_number, credit_code, run_id FROM startup_grant"
                + " WHERE (id_number = :id OR credit_code = :code)" + RANKED_BEFORE, params, grants::add);
        return grants;
    }

    private static MapSqlParameterSource params(long runId, Quarter quarter) {
        return new MapSqlParameterSource().addValue("run", runId).addValue("quarter", quarter.toString());
    }

    /** Persons and businesses already granted the start-up subsidy: in earlier quarters, or earlier in this one. */
    public static final class StartupGrants {
        private final long runId;
        private final Set<String> personsBefore = new HashSet<>();
        private final Set<String> businessesBefore = new HashSet<>();
        private final Set<String> personsThisQuarter = new HashSet<>();
        private final Set<String> businessesThisQuarter = new HashSet<>();

        StartupGrants(long runId) {
            this.runId = runId;
        }

        private void add(java.sql.ResultSet rs) throws java.sql.SQLException {
            boolean thisRun = rs.getLong(3) == runId;
            (thisRun ? personsThisQuarter : personsBefore).add(rs.getString(1));
            (thisRun ? businessesThisQuarter : businessesBefore).add(rs.getString(2));
        }

        public boolean personBefore(String id) {
            return personsBefore.contains(id);
        }

        public boolean businessBefore(String code) {
            return businessesBefore.contains(code);
        }

        public boolean personThisQuarter(String id) {
            return personsThisQuarter.contains(id);
        }

        public boolean businessThisQuarter(String code) {
            return businessesThisQuarter.contains(code);
        }

        void grant(String id, String creditCode) {
            personsThisQuarter.add(id);
            businessesThisQuarter.add(creditCode);
        }
    }
}
