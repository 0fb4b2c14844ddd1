package cn.qingdao.hrss.jiuye.run;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.job.RunParameters;
import cn.qingdao.hrss.jiuye.read.LostWorkers;
import cn.qingdao.hrss.jiuye.read.ReadProperties;
import cn.qingdao.hrss.jiuye.read.ReadStepConfiguration;
import cn.qingdao.hrss.jiuye.support.jdbc.Sequences;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts and resumes runs of the quarterly job, with the exit codes of rules §10: 0 every
 * submission accepted, 3 completed with refused submissions, 1 failed (restartable), 2 usage;
 * and 4 not started because another run of the quarter is in progress (README "Operating it").
 *
 * <p>A quarter has at most one unfinished run ({@link QuarterLock}). {@code run} is refused while
 * another process works on the quarter (4), and while the quarter has a failed or interrupted run
 * (1, "run 'restart'"), unless told to abandon that run. {@code restart} resumes the last
 * unfinished run: a job execution left STARTED by a killed process is recovered first. Where the read step's
 * partitions run is the run's job parameter {@code readBy}: {@code run} takes it from {@code pipeline.read.by}
 * ({@code --read-by}), {@code restart} keeps the run's unless told otherwise.
 */
@Component
public class QuarterRunner {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int REJECTIONS = 3;
    public static final int REFUSED = 4;

    private static final Logger log = LoggerFactory.getLogger(QuarterRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job quarterlyJob;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Sequences sequences;
    private final QuarterLock lock;
    private final RunSummary summary;
    private final ReadProperties read;

    public QuarterRunner(JobOperator jobOperator, JobRepository jobRepository, Job quarterlyJob, JdbcTemplate jdbc,
                         TransactionTemplate tx, Sequences sequences, QuarterLock lock, RunSummary summary,
                         ReadProperties read) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.quarterlyJob = quarterlyJob;
        this.jdbc = jdbc;
        this.tx = tx;
        this.sequences = sequences;
        this.lock = lock;
        this.summary = summary;
        this.read = read;
    }

    public int run(Quarter quarter, Path inbox, Path out) {
        return run(quarter, inbox, out, false);
    }

    /** Runs a quarter; {@code abandonUnfinished} discards a failed or interrupted run of it first. */
    public int run(Quarter quarter, Path inbox, Path out, boolean abandonUnfinished) {
        return run(quarter, inbox, out, abandonUnfinished, true);
    }

    /**
     * Runs a quarter as {@link #run(Quarter, Path, Path)} does, with the same exit code, but prints no
     * summary table: for a caller that reports the run in its own words (the pre-check of a district file).
     */
    public int runUnreported(Quarter quarter, Path inbox, Path out) {
        return run(quarter, inbox, out, false, false);
    }

    private int run(Quarter quarter, Path inbox, Path out, boolean abandonUnfinished, boolean printSummary) {
        if (!Files.isDirectory(inbox)) {
            System.err.println("error: the inbox folder " + inbox + " does not exist. Put the district files of "
                    + quarter + " in it, or pass --inbox DIR.");
            return USAGE;
        }
        Optional<QuarterLock.Holder> holder = lock.holder(quarter);
        if (holder.isPresent()) {
            QuarterLock.Holder h = holder.get();
            if (h.alive()) {
                return busy(quarter, h);
            }
            if (!abandonUnfinished) {
                System.err.println("error: " + quarter + " has an unfinished run: " + unfinished(h) + ". Run 'restart' to "
                        + "resume it where it stopped (or 'run --quarter " + quarter + " --abandon' to discard it and start over).");
                return FAILED;
            }
            abandon(quarter, h);
        }
        Path in = inbox.toAbsolutePath().normalize();
        Path o = out.toAbsolutePath().normalize();
        long runId = sequences.next("pipeline_run_seq");
        Boolean locked = tx.execute(s -> {
            if (!lock.tryInsert(quarter, runId)) {
                s.setRollbackOnly();
                return false;
            }
            jdbc.update("INSERT INTO pipeline_run (id, quarter, inbox, out_dir, state, started_at) VALUES (?, ?, ?, ?, 'RUNNING', ?)",
                    runId, quarter.toString(), in.toString(), o.toString(), Timestamp.from(Instant.now()));
            return true;
        });
        if (!Boolean.TRUE.equals(locked)) {
            return lock.holder(quarter).map(h -> busy(quarter, h)).orElse(REFUSED);
        }
        log.info("{}: run #{} started (inbox {}, output {})", quarter, runId, inbox, out);
        try (AutoCloseable beat = lock.heartbeat(quarter, runId)) {
            JobExecution execution = jobOperator.start(quarterlyJob,
                    new RunParameters(runId, quarter, in, o, read.by()).toJobParameters());
            return finish(runId, quarter, execution, printSummary);
        } catch (Exception e) {
            return stopped(runId, quarter, e);
        }
    }

    /**
     * Resumes the last failed or interrupted run (of {@code only}, when given) from where it stopped, its districts
     * still to read read by {@code readBy}, or as the run was started when null.
     */
    public int restart(Quarter only, ReadProperties.By readBy) {
        List<Map<String, Object>> runs = jdbc.queryForList("SELECT id, quarter, inbox, out_dir FROM pipeline_run "
                + "WHERE state IN ('RUNNING', 'FAILED')" + (only == null ? "" : " AND quarter = ?") + " ORDER BY id DESC",
                only == null ? new Object[0] : new Object[] {only.toString()});
        if (runs.isEmpty()) {
            System.out.println("Nothing to restart: every run" + (only == null ? "" : " of " + only) + " has completed.");
            return OK;
        }
        // The last unfinished run whose quarter is not being worked on by a live process.
        Map<String, Object> run = null;
        Optional<QuarterLock.Holder> holder = Optional.empty();
        for (Map<String, Object> candidate : runs) {
            holder = lock.holder(Quarter.parse((String) candidate.get("quarter")));
            if (holder.isEmpty() || !holder.get().alive()) {
                run = candidate;
                break;
            }
        }
        if (run == null) {
            Quarter busiest = Quarter.parse((String) runs.get(0).get("quarter"));
            return lock.holder(busiest).map(h -> busy(busiest, h)).orElse(REFUSED);
        }
        long runId = ((Number) run.get("id")).longValue();
        Quarter quarter = Quarter.parse((String) run.get("quarter"));
        if (!lock.takeOver(quarter, runId, holder.orElse(null))) {
            return lock.holder(quarter).map(h -> busy(quarter, h)).orElse(REFUSED);
        }
        jdbc.update("UPDATE pipeline_run SET state = 'RUNNING', finished_at = NULL WHERE id = ?", runId);
        try (AutoCloseable beat = lock.heartbeat(quarter, runId)) {
            JobExecution last = lastExecution(runId);
            JobExecution execution;
            if (last == null) {
                ReadProperties.By by = readBy != null ? readBy : read.by();
                log.info("{}: run #{} stopped before its job started; starting it, its districts read {}", quarter, runId,
                        how(by));
                execution = jobOperator.start(quarterlyJob, new RunParameters(runId, quarter,
                        Path.of((String) run.get("inbox")), Path.of((String) run.get("out_dir")), by).toJobParameters());
            } else if (last.getStatus() == BatchStatus.COMPLETED) {
                log.info("{}: the job of run #{} had completed; finishing the run", quarter, runId);
                execution = last;
            } else {
                RunParameters started = RunParameters.of(last.getJobParameters());
                ReadProperties.By by = readBy != null ? readBy : started.readBy();
                log.info("{}: resuming run #{} (job execution {}); the districts still to read are read {}{}", quarter,
                        runId, last.getId(), how(by), readBy == null ? ", as the run was last started" : "");
                recovered(quarter, runId, last);
                // What JobOperator.restart does, with readBy as chosen: the identifying parameters are the run's, so
                // this is a new execution of the same job instance, which resumes every step where it stopped
                execution = jobOperator.start(quarterlyJob, started.withReadBy(by).toJobParameters());
            }
            return finish(runId, quarter, execution, true);
        } catch (Exception e) {
            return stopped(runId, quarter, e);
        }
    }

    /** A job execution a killed process left STARTED (or a lost database left UNKNOWN), made restartable. */
    private JobExecution recovered(Quarter quarter, long runId, JobExecution last) {
        if (last.getStatus().isRunning()) {
            log.warn("{}: run #{} was left {} by a process that stopped; marking it failed to resume it", quarter, runId, last.getStatus());
            last = jobOperator.recover(last);
        }
        // Every step of the job resumes safely whatever it had done (each commits its own progress), so a
        // step whose end could not be recorded (UNKNOWN, the database went away) is resumed as failed.
        for (StepExecution step : last.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.UNKNOWN || step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                jobRepository.update(step);
            }
        }
        if (last.getStatus() == BatchStatus.UNKNOWN) {
            last.setStatus(BatchStatus.FAILED);
            jobRepository.update(last);
        }
        return last;
    }

    private static String how(ReadProperties.By by) {
        return by == ReadProperties.By.WORKERS ? "by the worker processes (--read-by workers)"
                : "on this process's threads (--read-by threads)";
    }

    private JobExecution lastExecution(long runId) {
        Long id = jdbc.query("""
                SELECT MAX(e.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION e
                JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
                WHERE p.PARAMETER_NAME = 'run' AND p.PARAMETER_VALUE = ?""",
                rs -> rs.next() ? (Long) rs.getObject(1, Long.class) : null, Long.toString(runId));
        return id == null ? null : jobRepository.getJobExecution(id);
    }

    private int finish(long runId, Quarter quarter, JobExecution execution, boolean printSummary) {
        BatchStatus status = execution.getStatus();
        boolean completed = status == BatchStatus.COMPLETED;
        jdbc.update("UPDATE pipeline_run SET state = ?, finished_at = ?, job_execution_id = ? WHERE id = ?",
                completed ? "COMPLETED" : "FAILED", Timestamp.from(Instant.now()), execution.getId(), runId);
        if (!completed) {
            boolean database = false;
            boolean waitedForWorkers = false;
            for (Throwable t : execution.getAllFailureExceptions()) {
                log.error("{}: run #{} failed: {}", quarter, runId, t.toString());
                database |= databaseUnreachable(t);
                waitedForWorkers |= t instanceof TimeoutException;
            }
            List<String> lost = lostWorkers(execution);
            if (!lost.isEmpty()) {
                System.err.println("error: run #" + runId + " of " + quarter + " failed: " + String.join(" ", lost));
                return FAILED;
            }
            if (waitedForWorkers) {
                System.err.println("error: run #" + runId + " of " + quarter + " failed: " + workersMissing(execution)
                        + " Start workers ('worker', README \"More than one machine\"), then run 'restart' to resume it "
                        + "where it stopped (its districts are read by workers again).");
                return FAILED;
            }
            System.err.println("error: run #" + runId + " of " + quarter + " failed (" + status + ")"
                    + (database ? ": the database could not be reached" : "") + ". "
                    + (database ? "When the database is back" : "Fix the cause shown above, then")
                    + " run 'restart' to resume it where it stopped.");
            return FAILED;
        }
        lock.release(quarter, runId);
        boolean rejections = printSummary
                ? summary.print(runId, quarter, Path.of(execution.getJobParameters().getString("out")))
                : summary.hasRejections(runId);
        return rejections ? REJECTIONS : OK;
    }

    /** What {@link LostWorkers} recorded of the read partitions whose worker stopped beating (say whom, and what to do). */
    private List<String> lostWorkers(JobExecution execution) {
        return readPartitions(execution).stream()
                .filter(s -> LostWorkers.EXIT_CODE.equals(s.getExitStatus().getExitCode()))
                .map(s -> s.getExitStatus().getExitDescription()).toList();
    }

    /** The read partitions of a job execution as the job repository has them: the workers record there how they stand. */
    private List<StepExecution> readPartitions(JobExecution execution) {
        return jobRepository.getJobExecution(execution.getId()).getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith(ReadStepConfiguration.PARTITION_PREFIX)).toList();
    }

    /**
     * Why the read step gave up waiting for the workers (the remote partitioning's timeout): no worker took any
     * district, or some districts were taken but did not end (a worker stopped mid-partition).
     */
    private String workersMissing(JobExecution execution) {
        List<StepExecution> partitions = readPartitions(execution);
        long waiting = partitions.stream().filter(s -> s.getStatus() == BatchStatus.STARTING).count();
        if (waiting == partitions.size()) {
            return "no worker took any of its " + waiting + " district(s) to read within pipeline.read.timeout: are "
                    + "workers running on this database?";
        }
        return waiting + " of its " + partitions.size() + " district(s) to read were taken by no worker, and "
                + partitions.stream().filter(s -> s.getStatus() == BatchStatus.STARTED).count() + " did not end "
                + "within pipeline.read.timeout (a worker stopped while reading, or the timeout is too short).";
    }

    /** The job could not even record how it ended (typically: the database went away). */
    private int stopped(long runId, Quarter quarter, Exception e) {
        log.error("{}: run #{} stopped: {}", quarter, runId, e.toString());
        try {
            jdbc.update("UPDATE pipeline_run SET state = 'FAILED', finished_at = ? WHERE id = ?", Timestamp.from(Instant.now()), runId);
        } catch (RuntimeException ignored) {
            // the database is gone: 'restart' will find the run RUNNING with its process gone
        }
        if (databaseUnreachable(e)) {
            System.err.println("error: run #" + runId + " of " + quarter + " stopped: the database could not be reached ("
                    + rootMessage(e) + "). When the database is back, run 'restart' to resume it where it stopped.");
        } else {
            System.err.println("error: run #" + runId + " of " + quarter + " stopped: " + rootMessage(e)
                    + ". Fix the cause, then run 'restart' to resume it where it stopped.");
        }
        return FAILED;
    }

    /** Marks an unfinished run abandoned (never resumed, never published) and frees its quarter. */
    private void abandon(Quarter quarter, QuarterLock.Holder h) {
        JobExecution last = lastExecution(h.runId());
        if (last != null && last.getStatus() != BatchStatus.COMPLETED && last.getStatus() != BatchStatus.ABANDONED) {
            try {
                jobOperator.abandon(recovered(quarter, h.runId(), last));
            } catch (Exception e) {
                throw new IllegalStateException("cannot abandon run #" + h.runId() + ": " + e.getMessage(), e);
            }
        }
        tx.executeWithoutResult(s -> {
            jdbc.update("UPDATE pipeline_run SET state = 'ABANDONED', finished_at = ? WHERE id = ?", Timestamp.from(Instant.now()), h.runId());
            jdbc.update("DELETE FROM quarter_lock WHERE quarter = ? AND run_id = ?", quarter.toString(), h.runId());
        });
        log.warn("{}: unfinished run #{} abandoned; starting a new run", quarter, h.runId());
    }

    private static int busy(Quarter quarter, QuarterLock.Holder h) {
        System.err.println("error: " + quarter + " is being processed by " + h.describe() + ": not started. Wait for it "
                + "to finish ('status --quarter " + quarter + "' shows it); only one run of a quarter at a time.");
        return REFUSED;
    }

    private static String unfinished(QuarterLock.Holder h) {
        return "FAILED".equals(h.runState()) ? "run #" + h.runId() + " failed"
                : "run #" + h.runId() + " was interrupted (its process " + h.owner() + " is gone)";
    }

    public static boolean databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof ConnectException
                    || (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }

    public static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
