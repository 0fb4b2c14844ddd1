package cn.qingdao.hrss.jiuye.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.support.jdbc.Sequences;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 2025Q3 fixture quarter (three district files written by real office software), its job started
 * through {@link JobOperatorTestUtils} on an empty database: the job completes, every step and partition
 * records the rows it handled, and the decisions, statistics and submissions files are the golden ones.
 * Subclasses choose the database.
 */
@SpringBatchTest
abstract class FixtureQuarterTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures/2025Q3");

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Sequences sequences;

    @TempDir
    Path out;

    @Test
    void fixtureQuarterReproducesTheGoldenFilesAndRecordsTheRowsOfEveryStep() throws Exception {
        JobLaunches launches = new JobLaunches(jobs, jdbc, sequences);

        JobExecution execution = launches.start(Quarter.parse("2025Q3"), FIXTURES.resolve("inbox"), out);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getExitStatus()).isEqualTo(ExitStatus.COMPLETED);
        // data rows per district file: start-up + employer + flexible (the golden decisions); one chunk each
        assertThat(launches.recordedCounts(execution)).containsOnly(
                entry("inventoryStep", "COMPLETED COMPLETED 0/0/1"),
                entry("readStep", "COMPLETED COMPLETED 298/298/3"),
                entry("readSubmissionStep:370202", "COMPLETED COMPLETED 91/91/1"),
                entry("readSubmissionStep:370211", "COMPLETED COMPLETED 107/107/1"),
                entry("readSubmissionStep:370285", "COMPLETED COMPLETED 100/100/1"),
                entry("decideStep", "COMPLETED COMPLETED 298/298/3"),
                entry("decideSubsidyStep:startup", "COMPLETED COMPLETED 112/112/1"),
                entry("decideSubsidyStep:employer", "COMPLETED COMPLETED 96/96/1"),
                entry("decideSubsidyStep:flexible", "COMPLETED COMPLETED 90/90/1"),
                entry("statisticsStep", "COMPLETED COMPLETED 0/0/1"),
                entry("publishStep", "COMPLETED COMPLETED 0/0/1"),
                entry("reportStep", "COMPLETED COMPLETED 0/0/1"));
        Path q = out.resolve("2025Q3");
        GoldenFiles.assertSameDecisions(q.resolve("decisions.csv"), FIXTURES.resolve("expected/decisions.csv"));
        GoldenFiles.assertSameRows(q.resolve("statistics.csv"), FIXTURES.resolve("expected/statistics.csv"));
        GoldenFiles.assertSameRows(q.resolve("submissions.csv"), FIXTURES.resolve("expected/submissions.csv"));
    }
}
