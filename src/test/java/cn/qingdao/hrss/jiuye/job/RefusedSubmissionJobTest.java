package cn.qingdao.hrss.jiuye.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.support.jdbc.Sequences;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A file refused while its sheets are read (rules §7: a required column missing) ends its partition
 * with the exit status REJECTED, the partition and the job still completing: the other district is
 * read and decided, and the refused one is REJECTED in submissions.csv with nothing of it kept.
 */
@SpringBatchTest
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:refused-submission-job;DB_CLOSE_DELAY=-1")
class RefusedSubmissionJobTest {

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Sequences sequences;

    @TempDir
    Path dir;

    @Test
    void aFileRefusedWhileReadEndsItsPartitionRejectedAndTheJobGoesOn() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.copy(Path.of("data/inbox/2025Q1/370202_2025Q1.xlsx"), inbox.resolve("370202_2025Q1.xlsx"));
        withoutColumn(Path.of("data/inbox/2025Q1/370203_2025Q1.xlsx"), "吸纳就业社保补贴", "补贴终止月",
                inbox.resolve("370203_2025Q1.xlsx"));
        JobLaunches launches = new JobLaunches(jobs, jdbc, sequences);

        JobExecution execution = launches.start(Quarter.parse("2025Q1"), inbox, dir.resolve("out"));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        StepExecution refused = JobLaunches.steps(execution).get("readSubmissionStep:370203");
        assertThat(refused.getExitStatus().getExitCode()).isEqualTo("REJECTED");
        assertThat(refused.getExitStatus().getExitDescription()).isEqualTo("MISSING_COLUMN");
        // its 72 start-up rows were read and stored before the employer sheet's header was found wanting,
        // then removed with the refusal; the 370202 file is read and decided in full
        assertThat(launches.recordedCounts(execution)).contains(
                entry("readSubmissionStep:370203", "COMPLETED REJECTED 72/72/1"),
                entry("readSubmissionStep:370202", "COMPLETED COMPLETED 314/314/1"),
                entry("decideSubsidyStep:startup", "COMPLETED COMPLETED 93/93/1"),
                entry("decideSubsidyStep:employer", "COMPLETED COMPLETED 124/124/1"),
                entry("decideSubsidyStep:flexible", "COMPLETED COMPLETED 97/97/1"),
                entry("reportStep", "COMPLETED COMPLETED 0/0/1"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM application WHERE district_code = '370203'", Integer.class))
                .isZero();
        List<String> submissions = Files.readAllLines(dir.resolve("out/2025Q1/submissions.csv"), StandardCharsets.UTF_8);
        assertThat(submissions).anyMatch(l -> l.startsWith("2025Q1,370203,370203_2025Q1.xlsx,") && l.endsWith(",REJECTED,MISSING_COLUMN"))
                .anyMatch(l -> l.startsWith("2025Q1,370202,370202_2025Q1.xlsx,") && l.endsWith(",ACCEPTED,"));
    }

    private static void withoutColumn(Path from, String sheet, String header, Path to) throws IOException {
        try (InputStream in = Files.newInputStream(from); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row row : wb.getSheet(sheet)) {
                for (Cell cell : row) {
                    if (header.equals(cell.toString().trim())) {
                        cell.setBlank();
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(to)) {
                wb.write(out);
            }
        }
    }
}
