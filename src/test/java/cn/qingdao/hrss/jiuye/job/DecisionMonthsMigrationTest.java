package cn.qingdao.hrss.jiuye.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V6 moves each decision's months from decision_month onto its row: a database written by
 * an earlier version keeps every kept and dropped month of its published quarters, so "already paid"
 * and the caps still see them (rules §5.2, §5.3). On H2 and PostgreSQL, whose string aggregates differ.
 */
class DecisionMonthsMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void monthsOfEarlierDecisionsAreCarriedOntoTheirRows(String vendor) {
        DriverManagerDataSource db = vendor.equals("h2")
                ? new DriverManagerDataSource("jdbc:h2:mem:v6_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "")
                : new DriverManagerDataSource(PostgresDatabase.newDatabase(), "postgres", "");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        flyway(db, "5").migrate();
        insertDecision(jdbc, "employer", 4, "PARTIAL", 2);
        insertDecision(jdbc, "flexible", 3, "REJECTED", 0);
        insertDecision(jdbc, "startup", 5, "APPROVED", 0);
        month(jdbc, "employer", 4, 202412, "MONTH_BEFORE_CONTRACT");
        month(jdbc, "employer", 4, 202502, null);
        month(jdbc, "employer", 4, 202501, null);
        month(jdbc, "flexible", 3, 202501, "MONTH_ALREADY_PAID");
        month(jdbc, "flexible", 3, 202502, "PERIOD_CAP_REACHED");

        flyway(db, "latest").migrate();

        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT subsidy, kept_months, dropped_months FROM decision ORDER BY subsidy");
        assertThat(rows).extracting(r -> r.get("subsidy"), r -> r.get("kept_months"), r -> r.get("dropped_months"))
                .containsExactly(
                        tuple("employer", "202501,202502", "202412:MONTH_BEFORE_CONTRACT"),
                        tuple("flexible", null,
                                "202501:MONTH_ALREADY_PAID,202502:PERIOD_CAP_REACHED"),
                        tuple("startup", null, null));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables"
                + " WHERE LOWER(table_name) = 'decision_month'", Integer.class)).isZero();
    }

    private static Flyway flyway(DriverManagerDataSource db, String target) {
        String vendor = db.getUrl().startsWith("jdbc:h2") ? "h2" : "postgresql";
        return Flyway.configure().dataSource(db).target(target)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor).load();
    }

    private static void insertDecision(JdbcTemplate jdbc, String subsidy, int row, String decision, int months) {
        jdbc.update("INSERT INTO decision (run_id, quarter, subsidy, district_code, row_number, submission_id, id_number,"
                + " name, decision, months, amount) VALUES (1, '2025Q1', ?, '370202', ?, 1, '370202199001011234',"
                + " 'x', ?, ?, 0.00)", subsidy, row, decision, months);
    }

    private static void month(JdbcTemplate jdbc, String subsidy, int row, int month, String dropped) {
        jdbc.update("INSERT INTO decision_month (run_id, quarter, subsidy, district_code, row_number, claim_month,"
                + " id_number, dropped_code, amount) VALUES (1, '2025Q1', ?, '370202', ?, ?, '370202199001011234', ?, 0.00)",
                subsidy, row, month, dropped);
    }
}
