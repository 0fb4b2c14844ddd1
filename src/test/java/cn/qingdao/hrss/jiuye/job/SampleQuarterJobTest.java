package cn.qingdao.hrss.jiuye.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.support.jdbc.Sequences;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The sample quarter 2025Q1 (ten districts, 2,980 data rows), its job started through
 * {@link JobOperatorTestUtils}: what the job repository records of every step and partition — the
 * rows each read and wrote, and its commits (chunks of 1,000 on H2) — and the Micrometer meters of
 * Spring Batch's observations, in an in-memory registry.
 */
@SpringBatchTest
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:sample-quarter-job;DB_CLOSE_DELAY=-1",
        "management.prometheus.metrics.export.enabled=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleQuarterJobTest {

    static final Path OUT = Path.of("target/sample-quarter-job-test");

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Sequences sequences;

    @Autowired
    MeterRegistry meters;

    JobLaunches launches;
    JobExecution execution;

    @BeforeAll
    void runTheSampleQuarter() throws Exception {
        FileSystemUtils.deleteRecursively(OUT);
        launches = new JobLaunches(jobs, jdbc, sequences);
        execution = launches.start(Quarter.parse("2025Q1"), Path.of("data/inbox/2025Q1"), OUT);
    }

    @Test
    void theJobRepositoryRecordsTheRowsEveryStepAndPartitionHandled() {
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(launches.recordedCounts(execution)).containsOnly(
                entry("inventoryStep", "COMPLETED COMPLETED 0/0/1"),
                entry("readStep", "COMPLETED COMPLETED 2980/2980/10"),
                entry("readSubmissionStep:370202", "COMPLETED COMPLETED 314/314/1"),
                entry("readSubmissionStep:370203", "COMPLETED COMPLETED 253/253/1"),
                entry("readSubmissionStep:370211", "COMPLETED COMPLETED 345/345/1"),
                entry("readSubmissionStep:370212", "COMPLETED COMPLETED 314/314/1"),
                entry("readSubmissionStep:370213", "COMPLETED COMPLETED 283/283/1"),
                entry("readSubmissionStep:370214", "COMPLETED COMPLETED 298/298/1"),
                entry("readSubmissionStep:370215", "COMPLETED COMPLETED 306/306/1"),
                entry("readSubmissionStep:370281", "COMPLETED COMPLETED 289/289/1"),
                entry("readSubmissionStep:370283", "COMPLETED COMPLETED 286/286/1"),
                entry("readSubmissionStep:370285", "COMPLETED COMPLETED 292/292/1"),
                entry("decideStep", "COMPLETED COMPLETED 2980/2980/5"),
                entry("decideSubsidyStep:startup", "COMPLETED COMPLETED 792/792/1"),
                entry("decideSubsidyStep:employer", "COMPLETED COMPLETED 1181/1181/2"),
                entry("decideSubsidyStep:flexible", "COMPLETED COMPLETED 1007/1007/2"),
                entry("statisticsStep", "COMPLETED COMPLETED 0/0/1"),
                entry("publishStep", "COMPLETED COMPLETED 0/0/1"),
                entry("reportStep", "COMPLETED COMPLETED 0/0/1"));
    }

    @Test
    void everyRowReadIsAStagedRowAndEveryStagedRowADecision() {
        Map<String, Object> rows = jdbc.queryForMap("""
                SELECT (SELECT COUNT(*) FROM application) AS staged, (SELECT COUNT(*) FROM decision) AS decided,
                       (SELECT SUM(rows_read) FROM submission) AS read""");

        assertThat(rows).containsOnly(entry("STAGED", 2980L), entry("DECIDED", 2980L), entry("READ", 2980L));
    }

    @Test
    void theMetersOfTheJobItsStepsAndItemsCarryTheCounts() {
        assertThat(meters).isInstanceOf(SimpleMeterRegistry.class);
        assertThat(meters.get("spring.batch.job").tag("spring.batch.job.name", "quarterlyJob")
                .tag("spring.batch.job.status", "COMPLETED").timer().count()).isEqualTo(1);
        assertThat(meters.get("spring.batch.step").tag("spring.batch.step.name", "readSubmissionStep:370202")
                .tag("spring.batch.step.status", "COMPLETED").timer().count()).isEqualTo(1);
        assertThat(meters.get("spring.batch.step").tag("spring.batch.step.job.name", "quarterlyJob").timers())
                .hasSize(19);
        assertThat(count("spring.batch.item.read", "readSubmissionStep:370202")).isEqualTo(314);
        assertThat(count("spring.batch.item.process", "readSubmissionStep:370202")).isEqualTo(314);
        assertThat(count("spring.batch.chunk.write", "readSubmissionStep:370202")).isEqualTo(1);
        assertThat(count("spring.batch.item.read", "decideSubsidyStep:employer")).isEqualTo(1181);
        assertThat(count("spring.batch.item.process", "decideSubsidyStep:employer")).isEqualTo(1181);
        assertThat(count("spring.batch.chunk.write", "decideSubsidyStep:employer")).isEqualTo(2);
        // each row processed twice: validated by the read step, decided by the decide step
        assertThat(meters.get("spring.batch.item.process").timers().stream().mapToLong(Timer::count).sum())
                .isEqualTo(2 * 2980);
    }

    private long count(String meter, String step) {
        return meters.get(meter).tag(meter + ".step.name", step).tag(meter + ".status", "SUCCESS").timer().count();
    }
}
