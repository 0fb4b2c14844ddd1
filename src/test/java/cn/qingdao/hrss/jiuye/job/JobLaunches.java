package cn.qingdao.hrss.jiuye.job;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.support.jdbc.Sequences;
import cn.qingdao.hrss.jiuye.read.ReadProperties;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Starts the quarterly job the framework's way, through spring-batch-test's {@link JobOperatorTestUtils},
 * with the run record {@code run.QuarterRunner} makes around it (the summary workbook names the run's
 * start), and reads back what the job repository recorded of its steps.
 */
final class JobLaunches {

    private final JobOperatorTestUtils jobs;
    private final JdbcTemplate jdbc;
    private final Sequences sequences;

    JobLaunches(JobOperatorTestUtils jobs, JdbcTemplate jdbc, Sequences sequences) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.sequences = sequences;
    }

    JobExecution start(Quarter quarter, Path inbox, Path out) throws Exception {
        long run = sequences.next("pipeline_run_seq");
        Path in = inbox.toAbsolutePath().normalize();
        Path o = out.toAbsolutePath().normalize();
        jdbc.update("INSERT INTO pipeline_run (id, quarter, inbox, out_dir, state, started_at) VALUES (?, ?, ?, ?, 'RUNNING', ?)",
                run, quarter.toString(), in.toString(), o.toString(), Timestamp.from(Instant.now()));
        JobExecution execution = jobs.startJob(new RunParameters(run, quarter, in, o, ReadProperties.By.THREADS).toJobParameters());
        jdbc.update("UPDATE pipeline_run SET state = ?, finished_at = ?, job_execution_id = ? WHERE id = ?",
                execution.getStatus().toString(), Timestamp.from(Instant.now()), execution.getId(), run);
        return execution;
    }

    /** The job's step executions by step name ({@code readSubmissionStep:370202} for a partition). */
    static Map<String, StepExecution> steps(JobExecution execution) {
        Map<String, StepExecution> steps = new TreeMap<>();
        for (StepExecution s : execution.getStepExecutions()) {
            steps.put(s.getStepName(), s);
        }
        return steps;
    }

    /**
     * What {@code BATCH_STEP_EXECUTION} holds for a job execution, as an operator reads it: per step name,
     * "status exit read/written/commits".
     */
    Map<String, String> recordedCounts(JobExecution execution) {
        Map<String, String> counts = new TreeMap<>();
        jdbc.query("""
                SELECT STEP_NAME, STATUS, EXIT_CODE, READ_COUNT, WRITE_COUNT, COMMIT_COUNT FROM BATCH_STEP_EXECUTION
                WHERE JOB_EXECUTION_ID = ?""", rs -> {
                    counts.put(rs.getString(1), rs.getString(2) + " " + rs.getString(3) + " " + rs.getLong(4) + "/"
                            + rs.getLong(5) + "/" + rs.getLong(6));
                }, execution.getId());
        return counts;
    }
}
