package cn.qingdao.hrss.jiuye.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V9 drops the decide step's progress mark, which the step's ExecutionContext now holds. Of the runs an
 * earlier version left unfinished, one whose decide step had completed keeps its decisions and grants
 * (its restart goes on after the decide step); one stopped while deciding loses its partial decisions
 * and grants, which its restarted decide partitions write again from the first row. On H2 and PostgreSQL.
 */
class DecidePositionMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void partialDecisionsOfARunStoppedWhileDecidingAreRemovedAndCompletedOnesKept(String vendor) {
        DriverManagerDataSource db = vendor.equals("h2")
                ? new DriverManagerDataSource("jdbc:h2:mem:v9_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "")
                : new DriverManagerDataSource(PostgresDatabase.newDatabase(), "postgres", "");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        flyway(db, "7").migrate(); // the last version on both databases before V9
        unfinishedRun(jdbc, 1, "COMPLETED");
        unfinishedRun(jdbc, 2, "FAILED");

        flyway(db, "latest").migrate();

        assertThat(jdbc.queryForList("SELECT run_id FROM decision ORDER BY run_id", Long.class)).containsExactly(1L);
        assertThat(jdbc.queryForList("SELECT run_id FROM startup_grant ORDER BY run_id", Long.class)).containsExactly(1L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables"
                + " WHERE LOWER(table_name) = 'decide_progress'", Integer.class)).isZero();
    }

    /** A run with one start-up decision and grant, its progress mark, and its job's decide step ended {@code status}. */
    private static void unfinishedRun(JdbcTemplate jdbc, long run, String status) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO pipeline_run (id, quarter, inbox, out_dir, state, started_at) VALUES (?, '2025Q1', 'in', 'out', 'FAILED', ?)",
                run, now);
        jdbc.update("INSERT INTO decision (run_id, quarter, subsidy, district_code, row_number, submission_id, id_number,"
                + " name, decision, months, amount) VALUES (?, '2025Q1', 'startup', '370202', 5, 1, '370202199001011234',"
                + " 'x', 'APPROVED', 0, 15000.00)", run);
        jdbc.update("INSERT INTO startup_grant (run_id, quarter, district_code, row_number, id_number, credit_code)"
                + " VALUES (?, '2025Q1', '370202', 5, '370202199001011234', '91370202MA3C4X5Y6A')", run);
        jdbc.update("INSERT INTO decide_progress (run_id, subsidy, district_code, row_number) VALUES (?, 'startup', '370202', 5)", run);
        jdbc.update("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES (?, 0, 'quarterlyJob', ?)",
                run, "key" + run);
        jdbc.update("INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME, STATUS)"
                + " VALUES (?, 1, ?, ?, 'FAILED')", run, run, now);
        jdbc.update("INSERT INTO BATCH_JOB_EXECUTION_PARAMS (JOB_EXECUTION_ID, PARAMETER_NAME, PARAMETER_TYPE, PARAMETER_VALUE,"
                + " IDENTIFYING) VALUES (?, 'run', 'java.lang.Long', ?, 'Y')", run, Long.toString(run));
        jdbc.update("INSERT INTO BATCH_STEP_EXECUTION (STEP_EXECUTION_ID, VERSION, STEP_NAME, JOB_EXECUTION_ID, CREATE_TIME, STATUS)"
                + " VALUES (?, 1, 'decideStep', ?, ?, ?)", run, run, now, status);
    }

    private static Flyway flyway(DriverManagerDataSource db, String target) {
        String vendor = db.getUrl().startsWith("jdbc:h2") ? "h2" : "postgresql";
        return Flyway.configure().dataSource(db).target(target)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor).load();
    }
}
