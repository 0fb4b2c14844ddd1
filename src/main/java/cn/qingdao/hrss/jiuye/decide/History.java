package cn.qingdao.hrss.jiuye.decide;

import cn.qingdao.hrss.jiuye.domain.MonthRuns;
import cn.qingdao.hrss.jiuye.domain.Months;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.support.jdbc.Sequences;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;

/**
 * What was approved or paid before a row, looked up in the database for the people and businesses
 * of one chunk only (rules §5 step 4): the published runs of earlier quarters, and this run's rows
 * decided so far — which, as rows are decided in rank order, are exactly the earlier-ranked ones.
 * Earlier quarters are read from the record; this run so far from the {@link DecisionTables} the
 * run's decide step writes (the record itself for the quarterly job).
 */
public class History {

    /** The published runs of quarters before :quarter. */
    private static final String EARLIER_QUARTERS =
            "SELECT published_run_id FROM quarter_state WHERE quarter < :quarter";
    /** This run's rows ranked before (:district, :row), or earlier quarters (for explain). */
    private static final String RANKED_BEFORE = " AND ((run_id = :run AND (district_code < :district"
            + " OR (district_code = :district AND row_number < :row))) OR run_id IN (" + EARLIER_QUARTERS + "))";

    private final NamedParameterJdbcTemplate jdbc;
    private final boolean postgres;
    private final DecisionTables thisRun;

    /**
     * @param thisRun where this run's decisions so far are: {@link DecisionTables#RECORD} for the
     *                quarterly job
     */
    public History(NamedParameterJdbcTemplate jdbc, Sequences database, DecisionTables thisRun) {
        this.jdbc = jdbc;
        this.postgres = database.postgres();
        this.thisRun = thisRun;
    }

    /**
     * One lookup of {@code columns} and a last column that is 1 for this run's rows and 0 for earlier
     * quarters', for the keys in parameter {@code keys} of {@code keyColumn} and the further condition
     * {@code where}: from the record's {@code table} (earlier quarters) and this run's table (this run so far).
     * When this run writes the record, one statement reads both, as one index range per key.
     */
    private String soFar(String columns, String recordTable, String thisRunTable, String keyColumn, String keys,
                         String where) {
        if (recordTable.equals(thisRunTable)) {
            return "SELECT " + columns + ", CASE WHEN run_id = :run THEN 1 ELSE 0 END FROM " + recordTable + " WHERE "
                    + anyOf(keyColumn, keys) + where + " AND (run_id = :run OR run_id IN (" + EARLIER_QUARTERS + "))";
        }
        return "SELECT " + columns + ", 0 FROM " + recordTable + " WHERE " + anyOf(keyColumn, keys) + where
                + " AND run_id IN (" + EARLIER_QUARTERS + ") UNION ALL " + thisRunSoFar(columns, thisRunTable, keyColumn, keys, where);
    }

    /**
     * This run's rows so far from a table other than the record's (a simulation's). On PostgreSQL, one
     * probe of the table's person or business index per key, written so that the planner cannot choose
     * otherwise: a subquery per key ({@code LATERAL}) kept apart from the key list by {@code OFFSET 0}.
     * The table fills during the step and has no planner statistics for this run's rows until it is
     * analysed; without them PostgreSQL takes the range of this run's rows in the primary key for a few
     * rows and filters it by the whole key list, a cost that grows with every chunk (measured: two to
     * three seconds a chunk late in a 10 x 100,000 simulation, against a few milliseconds for the probes).
     * The run's id is compared as an expression ({@code run_id + 0}), which no index can take as its
     * condition, so that the primary key (whose first column is the run's id) cannot serve the probe either:
     * once the table holds an earlier simulation's rows and their statistics, which say this run has none,
     * PostgreSQL would take the range of this run's rows in the primary key for each key instead of the person
     * or business index (measured: a second simulation of a 10 x 100,000 quarter 42–43 s instead of 11 s).
     * The person and business indexes then find a key's rows of every simulation, a few, and keep this run's.
     * H2 answers the {@code IN} list through the index already.
     */
    private String thisRunSoFar(String columns, String table, String keyColumn, String keys, String where) {
        if (!postgres) {
            return "SELECT " + columns + ", 1 FROM " + table + " WHERE " + anyOf(keyColumn, keys) + where + " AND run_id = :run";
        }
        return "SELECT so_far.*, 1 FROM unnest(:" + keys + ") AS k(key) CROSS JOIN LATERAL (SELECT " + columns + " FROM "
                + table + " WHERE " + keyColumn + " = k.key" + where + " AND run_id + 0 = :run OFFSET 0) AS so_far";
    }

    /**
     * The condition that {@code column} is one of the keys in parameter {@code name}. On PostgreSQL the
     * keys travel as one array parameter ({@code = ANY}): one statement text whatever the chunk's size,
     * instead of an {@code IN} list of up to a chunk's placeholders that both sides parse and PostgreSQL
     * plans again for every chunk.
     * H2 keeps the {@code IN} list, which it answers through the index.
     */
    private String anyOf(String column, String name) {
        return postgres ? column + " = ANY(:" + name + ")" : column + " IN (:" + name + ")";
    }

    /** The value of a parameter of keys for {@link #anyOf}: an array on PostgreSQL, the collection on H2. */
    private Object keys(Collection<String> keys) {
        return postgres ? new SqlArrayValue("varchar", keys.toArray()) : keys;
    }

    /**
     * Makes the lookups of the current transaction probe the indexes (PostgreSQL). Its default costs
     * make a whole-table scan look cheaper while the tables a decide step fills are small, and such a
     * scan then costs each chunk several times what the index lookups cost.
     */
    public void preferIndexes() {
        if (postgres) {
            jdbc.getJdbcTemplate().execute("SET LOCAL enable_seqscan = off");
        }
    }

    /** Months kept for each person under a social-insurance subsidy, earlier quarters and this run so far. */
    public PaidMonths paidMonths(long runId, Quarter quarter, Subsidy subsidy, Collection<String> ids) {
        PaidMonths paid = new PaidMonths();
        if (ids.isEmpty()) {
            return paid;
        }
        var params = params(runId, quarter).addValue("subsidy", subsidy.code()).addValue("ids", keys(ids));
        jdbc.query(soFar("id_number, kept_months", DecisionTables.RECORD.decisions(), thisRun.decisions(),
                        "id_number", "ids", " AND subsidy = :subsidy AND kept_months IS NOT NULL"),
                params, rs -> {
                    String id = rs.getString(1);
                    for (int m : MonthRuns.keptMonths(rs.getString(2))) {
                        paid.add(id, m);
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
        StartupGrants grants = new StartupGrants();
        if (ids.isEmpty() && creditCodes.isEmpty()) {
            return grants;
        }
        var params = params(runId, quarter)
                .addValue("ids", keys(ids.isEmpty() ? Set.of("") : ids))
                .addValue("codes", keys(creditCodes.isEmpty() ? Set.of("") : creditCodes));
        // two index lookups rather than one OR, which H2 answers by reading every grant
        String grantTable = DecisionTables.RECORD.grants();
        jdbc.query(soFar("id_number, credit_code", grantTable, thisRun.grants(), "id_number", "ids", "")
                + " UNION ALL " + soFar("id_number, credit_code", grantTable, thisRun.grants(), "credit_code", "codes", ""),
                params, grants::add);
        return grants;
    }

    /** The start-up grants as they stood when the row at (district, row) was decided (for explain). */
    public StartupGrants startupGrantsBefore(long runId, Quarter quarter, String id, String creditCode, String district, int row) {
        StartupGrants grants = new StartupGrants();
        var params = params(runId, quarter).addValue("id", id).addValue("code", creditCode)
                .addValue("district", district).addValue("row", row);
        jdbc.query("SELECT id_number, credit_code, CASE WHEN run_id = :run THEN 1 ELSE 0 END FROM startup_grant"
                + " WHERE (id_number = :id OR credit_code = :code)" + RANKED_BEFORE, params, grants::add);
        return grants;
    }

    private static MapSqlParameterSource params(long runId, Quarter quarter) {
        return new MapSqlParameterSource().addValue("run", runId).addValue("quarter", quarter.toString());
    }

    /** Persons and businesses already granted the start-up subsidy: in earlier quarters, or earlier in this one. */
    public static final class StartupGrants {
        private final Set<String> personsBefore = new HashSet<>();
        private final Set<String> businessesBefore = new HashSet<>();
        private final Set<String> personsThisQuarter = new HashSet<>();
        private final Set<String> businessesThisQuarter = new HashSet<>();

        private void add(java.sql.ResultSet rs) throws java.sql.SQLException {
            boolean thisRun = rs.getInt(3) == 1;
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
