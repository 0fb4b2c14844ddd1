package cn.qingdao.hrss.jiuye.decide;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.publish.Publication;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rules that look across rows, districts and quarters (rules §5 step 4), decided from the
 * database in rank order by the decide step alone (started through {@link JobOperatorTestUtils})
 * with chunks of two rows, so that every case crosses a chunk boundary:
 * the same person or business in two districts, months already kept by an earlier-ranked row,
 * a start-up subsidy granted in an earlier quarter, a cap reached across quarters.
 */
@SpringBatchTest
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:cross-row-rules;DB_CLOSE_DELAY=-1", "pipeline.chunk-size=2"})
class CrossRowRulesTest {

    static final Quarter Q1 = Quarter.parse("2025Q1");
    static final Quarter Q2 = Quarter.parse("2025Q2");
    static final String PERSON_A = "370202199001011237";
    static final String PERSON_B = "370203198805052318";
    static final String BUSINESS_X = "91370202MA3C4X5Y6A";
    static final String BUSINESS_Y = "91370211MA3D5E6F7B";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    Publication publication;

    private final AtomicLong submissions = new AtomicLong(100);

    @BeforeEach
    void emptyDatabase() {
        for (String table : new String[] {"decision", "startup_grant", "application",
                "run_submission", "submission", "quarter_state"}) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    @Test
    void theSamePersonInALaterRankedDistrictIsADuplicateWhateverTheOrderOfTheRows() {
        long later = submission(1, Q1, "370211");
        long earlier = submission(1, Q1, "370202");
        startup(later, "370211", 4, PERSON_A, BUSINESS_Y, date(2025, 2, 1));
        startup(earlier, "370202", 9, PERSON_A, BUSINESS_X, date(2025, 2, 1));
        startup(earlier, "370202", 5, PERSON_B, BUSINESS_Y, date(2025, 2, 1));

        decide(1, Q1);

        assertThat(decision(1, "370202", 5)).containsEntry("DECISION", "APPROVED");
        assertThat(decision(1, "370202", 9)).containsEntry("DECISION", "APPROVED");
        // person A was approved in 370202 row 9, business Y in 370202 row 5: both rank before 370211
        assertThat(decision(1, "370211", 4)).containsEntry("DECISION", "REJECTED")
                .containsEntry("REASON_CODES", "DUPLICATE_APPLICATION");
    }

    @Test
    void monthsKeptInOneDistrictAreAlreadyPaidInTheNext() {
        long first = submission(1, Q1, "370202");
        long second = submission(1, Q1, "370203");
        employer(first, "370202", 4, PERSON_B, "DIFFICULT", null, 202410, 202412, date(2025, 2, 15));
        employer(second, "370203", 7, PERSON_B, "DIFFICULT", null, 202411, 202501, date(2025, 2, 15));

        decide(1, Q1);

        assertThat(decision(1, "370202", 4)).containsEntry("DECISION", "APPROVED").containsEntry("MONTHS", 3);
        assertThat(decision(1, "370203", 7)).containsEntry("DECISION", "PARTIAL").containsEntry("MONTHS", 1)
                .containsEntry("REASON_CODES", "MONTH_ALREADY_PAID");
    }

    @Test
    void aStartupSubsidyGrantedInAnEarlierQuarterIsNotGrantedAgainToThePersonOrTheBusiness() {
        startup(submission(1, Q1, "370202"), "370202", 4, PERSON_A, BUSINESS_X, date(2025, 2, 1));
        decide(1, Q1);
        publication.publish(1, Q1);

        long q2 = submission(2, Q2, "370202");
        startup(q2, "370202", 4, PERSON_A, BUSINESS_Y, date(2025, 5, 1));
        startup(q2, "370202", 5, PERSON_B, BUSINESS_X, date(2025, 5, 1));
        decide(2, Q2);

        assertThat(decision(2, "370202", 4)).containsEntry("REASON_CODES", "ALREADY_SUBSIDISED");
        assertThat(decision(2, "370202", 5)).containsEntry("REASON_CODES", "ALREADY_SUBSIDISED");
    }

    @Test
    void aGraduatesCapIsReachedAcrossQuarters() {
        // 11 months kept in Q1 (2024-03..2025-01); the employer cap of a graduate is 12 months
        employer(submission(1, Q1, "370202"), "370202", 4, PERSON_A, "GRADUATE", date(2023, 7, 1),
                202403, 202501, date(2025, 2, 15));
        decide(1, Q1);
        publication.publish(1, Q1);
        assertThat(decision(1, "370202", 4)).containsEntry("MONTHS", 11);

        employer(submission(2, Q2, "370202"), "370202", 6, PERSON_A, "GRADUATE", date(2023, 7, 1),
                202502, 202504, date(2025, 5, 10));
        decide(2, Q2);

        assertThat(decision(2, "370202", 6)).containsEntry("DECISION", "PARTIAL").containsEntry("MONTHS", 1)
                .containsEntry("REASON_CODES", "PERIOD_CAP_REACHED");
        assertThat(jdbc.queryForList("SELECT kept_months FROM decision WHERE run_id = 2 AND kept_months IS NOT NULL",
                String.class)).containsExactly("202502");
    }

    private long submission(long run, Quarter quarter, String district) {
        long id = submissions.incrementAndGet();
        jdbc.update("""
                INSERT INTO submission (id, quarter, district_code, file_name, sha256, file_size, status, received_at)
                VALUES (?, ?, ?, ?, ?, 1, 'ACCEPTED', CURRENT_TIMESTAMP)""",
                id, quarter.toString(), district, district + "_" + quarter + ".xlsx", "0".repeat(63) + (id % 10));
        jdbc.update("INSERT INTO run_submission (run_id, submission_id, duplicate) VALUES (?, ?, FALSE)", run, id);
        return id;
    }

    /** Runs the decide step over the staged rows of run {@code run} (every subsidy) and checks it completed. */
    private void decide(long run, Quarter quarter) {
        JobParameters parameters = jobs.getUniqueJobParametersBuilder()
                .addLong("run", run).addString("quarter", quarter.toString()).toJobParameters();
        JobExecution execution = jobs.startStep("decideStep", parameters, new ExecutionContext());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    private void startup(long submission, String district, int row, String id, String creditCode, Date applied) {
        jdbc.update("""
                INSERT INTO application (submission_id, subsidy, row_number, district_code, id_number, name, category,
                  entity_type, entity_name, credit_code, registration_date, first_business, operating, application_date)
                VALUES (?, 'startup', ?, ?, ?, '张三', 'DIFFICULT', 'SMALL_MICRO', '青岛某某有限公司', ?, ?, TRUE, TRUE, ?)""",
                submission, row, district, id, creditCode, date(2023, 1, 10), applied);
    }

    private void employer(long submission, String district, int row, String id, String category, Date graduated,
                          int startMonth, int endMonth, Date applied) {
        jdbc.update("""
                INSERT INTO application (submission_id, subsidy, row_number, district_code, id_number, name, category,
                  graduation_date, entity_name, credit_code, employer_type, contract_start, contract_end,
                  employment_registered, start_month, end_month, monthly_amount, application_date)
                VALUES (?, 'employer', ?, ?, ?, '李四', ?, ?, '青岛某某有限公司', ?, 'SMALL_MICRO', ?, NULL, TRUE, ?, ?, 1000.00, ?)""",
                submission, row, district, id, category, graduated, BUSINESS_X, date(2023, 8, 1), startMonth, endMonth, applied);
    }

    private Map<String, Object> decision(long run, String district, int row) {
        return jdbc.queryForMap("SELECT decision, months, amount, reason_codes FROM decision "
                + "WHERE run_id = ? AND district_code = ? AND row_number = ?", run, district, row);
    }

    private static Date date(int y, int m, int d) {
        return Date.valueOf(LocalDate.of(y, m, d));
    }
}
