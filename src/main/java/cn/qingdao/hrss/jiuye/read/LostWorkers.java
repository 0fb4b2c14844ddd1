package cn.qingdao.hrss.jiuye.read;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * While the read step waits for its partitions in {@code worker} processes, finds the partitions whose worker has
 * died, so that the run fails within {@code pipeline.read.worker-lost-after} rather than at
 * {@code pipeline.read.timeout}. Every {@code pipeline.read.worker-heartbeat} it looks at each STARTED partition
 * of the job execution: the worker that reads it, {@code pid@host}, is recorded in its ExecutionContext before it
 * starts ({@link ReadingProcess}); a worker that has not beaten for {@code worker-lost-after}, or whose heartbeat
 * row is gone (it stopped), is presumed dead ({@link WorkerHeartbeats}). Such a partition is marked FAILED, exit
 * code {@value #EXIT_CODE}, through the job repository; Spring Batch's own polling of the repository
 * ({@code MessageChannelPartitionHandler}) then sees it ended, the read step fails once the other partitions have
 * ended, and {@code restart} reads the district again from its last committed chunk.
 *
 * <p>Why this is safe when the worker was only slow (a long pause, a network cut that heals): marking the partition
 * is an update of its step execution, which Spring Batch makes with optimistic locking — it raises the row's
 * version. The worker's next chunk ends with the same update at the old version in the chunk's own transaction,
 * after the chunk's rows, the submission's outcome and the reader's place are written: the update finds no row,
 * Spring Batch raises {@link OptimisticLockingFailureException}, and the whole chunk rolls back. Every later
 * attempt of that worker on that execution fails the same way, so nothing it reads after the mark is ever stored,
 * and the restart resumes from the last chunk committed before the mark. If the worker's update comes first, the
 * mark fails the same way here and is tried again at the next look (the worker is then plainly alive). The mark
 * waits at most one heartbeat interval for a row lock ({@code lock_timeout}): a worker lost while committing holds
 * its row until PostgreSQL notices its connection is gone, and the look after that is tried again.
 */
@Component
public class LostWorkers implements StepExecutionListener {

    /** The exit code of a partition whose worker stopped beating. */
    public static final String EXIT_CODE = "LOST";

    private static final Logger log = LoggerFactory.getLogger(LostWorkers.class);

    private final JobRepository jobRepository;
    private final WorkerHeartbeats heartbeats;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ReadProperties properties;
    private final Map<Long, ScheduledExecutorService> watches = new ConcurrentHashMap<>();

    public LostWorkers(JobRepository jobRepository, WorkerHeartbeats heartbeats, JdbcTemplate jdbc,
                       PlatformTransactionManager transactionManager, ReadProperties properties) {
        this.jobRepository = jobRepository;
        this.heartbeats = heartbeats;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactionManager);
        this.properties = properties;
    }

    /** Starts watching the workers of the read step's partitions. */
    @Override
    public void beforeStep(StepExecution readStep) {
        long every = Math.max(1, properties.workerHeartbeat().toMillis());
        long jobExecution = readStep.getJobExecutionId();
        ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lost-workers");
            t.setDaemon(true);
            return t;
        });
        watch.scheduleWithFixedDelay(() -> {
            try {
                look(jobExecution);
            } catch (RuntimeException e) {
                log.warn("the heartbeats of the workers could not be checked ({}); checking again in {} s", e.getMessage(),
                        every / 1000.0);
            }
        }, every, every, TimeUnit.MILLISECONDS);
        watches.put(readStep.getId(), watch);
    }

    @Override
    public ExitStatus afterStep(StepExecution readStep) {
        ScheduledExecutorService watch = watches.remove(readStep.getId());
        if (watch != null) {
            watch.shutdownNow();
        }
        return null; // the step's own exit status
    }

    /** One look at the STARTED partitions of {@code jobExecution} and the heartbeats of their workers. */
    void look(long jobExecution) {
        Map<String, Duration> silences = null;
        for (StepExecution listed : jobRepository.getJobExecution(jobExecution).getStepExecutions()) {
            if (!listed.getStepName().startsWith(ReadStepConfiguration.PARTITION_PREFIX) || listed.getStatus() != BatchStatus.STARTED) {
                continue;
            }
            StepExecution partition = jobRepository.getStepExecution(listed.getId()); // its context, its latest version
            if (partition == null || partition.getStatus() != BatchStatus.STARTED
                    || !partition.getExecutionContext().containsKey(ReadingProcess.KEY)) {
                continue;
            }
            String worker = partition.getExecutionContext().getString(ReadingProcess.KEY);
            if (silences == null) {
                silences = heartbeats.silences();
            }
            Duration silence = silences.get(worker);
            if (silence == null || silence.compareTo(properties.workerLostAfter()) >= 0) {
                fail(partition, worker, silence);
            }
        }
    }

    private void fail(StepExecution partition, String worker, Duration silence) {
        String district = partition.getStepName().substring(ReadStepConfiguration.PARTITION_PREFIX.length());
        String description = "worker " + worker + " stopped beating while reading district " + district
                + (silence == null ? " (it has stopped)" : " (no heartbeat for " + silence.toSeconds()
                + " s, pipeline.read.worker-lost-after=" + properties.workerLostAfter().toSeconds() + "s)")
                + ": presumed dead. Start a worker if none is left, then run 'restart': the district is read again "
                + "from its last committed chunk.";
        try {
            tx.executeWithoutResult(s -> {
                jdbc.execute("SET LOCAL lock_timeout = " + Math.max(1, properties.workerHeartbeat().toMillis()));
                partition.setStatus(BatchStatus.FAILED);
                partition.setExitStatus(new ExitStatus(EXIT_CODE, description));
                partition.setEndTime(LocalDateTime.now());
                jobRepository.update(partition);
            });
            log.warn("{}", description);
        } catch (OptimisticLockingFailureException e) {
            log.info("worker {} committed a chunk of district {} as it was presumed dead: looking again", worker, district);
        } catch (DataAccessException e) {
            log.warn("district {} of worker {} could not be marked failed ({}): trying again", district, worker,
                    e.getMessage());
        }
    }
}
