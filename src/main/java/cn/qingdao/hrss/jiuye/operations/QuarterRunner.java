package cn.qingdao.hrss.jiuye.operations;

import cn.qingdao.hrss.jiuye.common.Quarter;
import cn.qingdao.hrss.jiuye.common.Sequences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Starts and resumes runs of the quarterly job, with the exit codes of SPEC §10: 0 every
 * submission accepted, 3 completed with refused submissions, 1 failed (restartable), 2 usage.
 */
@Component
public class QuarterRunner {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int REJECTIONS = 3;

    private static final Logger log = LoggerFactory.getLogger(QuarterRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job quarterlyJob;
    private final JdbcTemplate jdbc;
    private final Sequences sequences;
    private final QuarterLock lock;
    private final RunSummary summary;

    public QuarterRunner(JobOperator jobOperator, JobRepository jobRepository, Job quarterlyJob, JdbcTemplate jdbc,
                         Sequences sequences, QuarterLock lock, RunSummary summary) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.quarterlyJob = quarterlyJob;
        this.jdbc = jdbc;
        this.sequences = sequences;
        this.lock = lock;
        this.summary = summary;
    }

    public int run(Quarter quarter, Path inbox, Path out) {
        if (!Files.isDirectory(inbox)) {
            System.err.println("error: the inbox folder " + inbox + " does not exist. Put the district files of "
                    + quarter + " in it, or pass --inbox DIR.");
            return USAGE;
        }
        long runId = sequences.next("pipeline_run_seq");
        String holder = lock.acquire(quarter, runId);
        if (holder != null) {
            System.err.println("error: " + quarter + " is already being processed by " + holder
                    + ". Wait for it to finish (see 'status'); if that process is gone, run 'restart'.");
            return FAILED;
        }
        jdbc.update("INSERT INTO pipeline_run (id, quarter, inbox, out_dir, state, started_at) VALUES (?, ?, ?, ?, 'RUNNING', ?)",
                runId, quarter.toString(), inbox.toAbsolutePath().toString(), out.toAbsolutePath().toString(),
                Timestamp.from(Instant.now()));
        JobParameters parameters = new JobParametersBuilder()
                .addLong("run", runId)
                .addString("quarter", quarter.toString())
                .addString("inbox", inbox.toAbsolutePath().normalize().toString())
                .addString("out", out.toAbsolutePath().normalize().toString())
                .toJobParameters();
        log.info("{}: run #{} started (inbox {}, output {})", quarter, runId, inbox, out);
        try {
            JobExecution execution = jobOperator.start(quarterlyJob, parameters);
            return finish(runId, quarter, execution);
        } catch (Exception e) {
            markFailed(runId);
            System.err.println("error: run #" + runId + " could not start: " + e.getMessage());
            return FAILED;
        }
    }

    /** Resumes the last failed or interrupted run (after a crash too: a stale STARTED execution is recovered first). */
    public int restart() {
        List<Map<String, Object>> runs = jdbc.queryForList(
                "SELECT id, quarter, job_execution_id FROM pipeline_run WHERE state IN ('RUNNING', 'FAILED') ORDER BY id DESC");
        if (runs.isEmpty()) {
            System.out.println("Nothing to restart: every run has completed.");
            return OK;
        }
        long runId = ((Number) runs.get(0).get("id")).longValue();
        Quarter quarter = Quarter.parse((String) runs.get(0).get("quarter"));
        JobExecution last = lastExecution(runId);
        if (last == null) {
            System.err.println("error: run #" + runId + " has no job execution to resume; start it again with 'run --quarter " + quarter + "'.");
            markFailed(runId);
            return FAILED;
        }
        if (last.getStatus().isRunning()) {
            log.warn("{}: run #{} was left {} by a process that stopped; marking it failed to resume it", quarter, runId, last.getStatus());
            last = jobOperator.recover(last);
        }
        lock.takeOver(quarter, runId);
        jdbc.update("UPDATE pipeline_run SET state = 'RUNNING', finished_at = NULL WHERE id = ?", runId);
        log.info("{}: resuming run #{} (job execution {})", quarter, runId, last.getId());
        try {
            JobExecution execution = jobOperator.restart(last);
            return finish(runId, quarter, execution);
        } catch (Exception e) {
            markFailed(runId);
            System.err.println("error: run #" + runId + " could not be resumed: " + e.getMessage());
            return FAILED;
        }
    }

    private JobExecution lastExecution(long runId) {
        Long id = jdbc.query("""
                SELECT MAX(e.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION e
                JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
                WHERE p.PARAMETER_NAME = 'run' AND p.PARAMETER_VALUE = ?""",
                rs -> rs.next() ? (Long) rs.getObject(1, Long.class) : null, Long.toString(runId));
        return id == null ? null : jobRepository.getJobExecution(id);
    }

    private int finish(long runId, Quarter quarter, JobExecution execution) {
        BatchStatus status = execution.getStatus();
        boolean completed = status == BatchStatus.COMPLETED;
        jdbc.update("UPDATE pipeline_run SET state = ?, finished_at = ?, job_execution_id = ? WHERE id = ?",
                completed ? "COMPLETED" : "FAILED", Timestamp.from(Instant.now()), execution.getId(), runId);
        if (!completed) {
            for (Throwable t : execution.getAllFailureExceptions()) {
                log.error("{}: run #{} failed: {}", quarter, runId, t.toString());
            }
            System.err.println("error: run #" + runId + " of " + quarter + " failed (" + status
                    + "). Fix the cause shown above, then run 'restart' to resume it where it stopped.");
            return FAILED;
        }
        lock.release(quarter, runId);
        boolean rejections = summary.print(runId, quarter, Path.of(execution.getJobParameters().getString("out")));
        return rejections ? REJECTIONS : OK;
    }

    private void markFailed(long runId) {
        jdbc.update("UPDATE pipeline_run SET state = 'FAILED', finished_at = ? WHERE id = ?", Timestamp.from(Instant.now()), runId);
    }
}
