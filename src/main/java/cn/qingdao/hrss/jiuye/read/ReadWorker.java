package cn.qingdao.hrss.jiuye.read;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.integration.jdbc.channel.PostgresChannelMessageTableSubscriber;
import org.springframework.integration.jdbc.channel.PostgresSubscribableChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.stereotype.Component;

/**
 * The {@code worker} command's work: reads partitions of the read step of any run as the job's process sends
 * them ({@link ReadRequests}), {@code pipeline.read.worker-threads} at a time, each with the very
 * {@code readSubmissionStep} a local run uses, run by Spring Batch's {@link StepExecutionRequestHandler} on the
 * partition's step execution in the shared job repository — which is where the job's process sees it end.
 *
 * <p>While it runs, the worker records every {@code pipeline.read.worker-heartbeat} that it is alive
 * ({@link WorkerHeartbeats}), and before it starts a partition it records itself as the partition's reader in the
 * partition's ExecutionContext ({@link ReadingProcess}): so the job's process can tell when the worker of a
 * partition has died ({@link LostWorkers}). A request whose partition is no longer waiting to start (its run
 * failed meanwhile, for instance because the job's process gave up waiting, and the partition will be sent again
 * by {@code restart}) is dropped. Asked to stop, the worker takes no further request and returns once the
 * partitions it is reading have ended; then it removes its heartbeat and its temporary folder
 * ({@link WorkerFolder}), and at start it removes the temporary folders that killed workers left on the machine.
 * It logs each partition with its district and rows per second, never a row's content.
 */
@Component
public class ReadWorker {

    private static final Logger log = LoggerFactory.getLogger(ReadWorker.class);

    private final JobRepository jobRepository;
    private final DataSource dataSource;
    private final Environment environment;
    private final BeanFactory beanFactory;
    private final ReadProperties properties;
    private final WorkerHeartbeats heartbeats;
    private final WorkerFolder folder;

    public ReadWorker(JobRepository jobRepository, DataSource dataSource, Environment environment, BeanFactory beanFactory,
                      ReadProperties properties, WorkerHeartbeats heartbeats, WorkerFolder folder) {
        this.jobRepository = jobRepository;
        this.dataSource = dataSource;
        this.environment = environment;
        this.beanFactory = beanFactory;
        this.properties = properties;
        this.heartbeats = heartbeats;
        this.folder = folder;
    }

    /** Reads partitions until {@code stop} is counted down, then finishes those in progress; returns 0. */
    public int serve(CountDownLatch stop) throws InterruptedException {
        for (Path left : folder.removeLeftovers()) {
            log.info("worker {}: removed {}, left by a worker that is gone", ReadingProcess.thisProcess(), left);
        }
        try (WorkerHeartbeats.Beating beating = heartbeats.beating(ReadingProcess.thisProcess(), properties.workerHeartbeat())) {
            return serveBeating(stop);
        } finally {
            folder.remove();
        }
    }

    private int serveBeating(CountDownLatch stop) throws InterruptedException {
        int threads = Math.max(1, properties.workerThreads());
        AtomicInteger numbers = new AtomicInteger();
        ThreadPoolExecutor partitions = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), r -> new Thread(r, "worker-" + numbers.incrementAndGet()));
        PostgresChannelMessageTableSubscriber subscriber = ReadRequests.subscriber(environment);
        PostgresSubscribableChannel requests = ReadRequests.inbound(dataSource, subscriber, partitions, beanFactory);
        MessageHandler handler = message -> read((StepExecutionRequest) message.getPayload());
        subscriber.start();
        requests.subscribe(handler);
        log.info("worker {} ready: reading partitions of the read step, {} at a time; stop it with SIGTERM (kill PID)",
                ReadingProcess.thisProcess(), threads);
        stop.await();
        log.info("worker {} stopping: it takes no further partition and ends those it is reading", ReadingProcess.thisProcess());
        requests.unsubscribe(handler); // returns once the partitions being read have ended (the channel's dispatch lock)
        subscriber.stop();
        partitions.shutdown();
        partitions.awaitTermination(1, TimeUnit.MINUTES);
        log.info("worker {} stopped", ReadingProcess.thisProcess());
        return 0;
    }

    private void read(StepExecutionRequest request) {
        StepExecution partition = jobRepository.getStepExecution(request.getStepExecutionId());
        if (partition == null || partition.getStatus() != BatchStatus.STARTING || !partition.getJobExecution().isRunning()) {
            log.info("partition execution {} is no longer waiting to start ({}): request dropped", request.getStepExecutionId(),
                    partition == null ? "unknown" : partition.getStatus() + ", run " + partition.getJobExecution().getStatus());
            return;
        }
        String quarter = partition.getJobExecution().getJobParameters().getString("quarter");
        String district = partition.getExecutionContext().getString(SubmissionPartitioner.DISTRICT);
        // Recorded before the partition is STARTED, so that the job's process never sees it started by no one, nor by
        // the worker of an earlier execution whose place it resumes (the restart copies its context)
        partition.getExecutionContext().putString(ReadingProcess.KEY, ReadingProcess.thisProcess());
        jobRepository.updateExecutionContext(partition);
        log.info("{} {}: reading (partition execution {})", quarter, district, partition.getId());
        long start = System.nanoTime();
        StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
        handler.setJobRepository(jobRepository);
        BeanFactoryStepLocator steps = new BeanFactoryStepLocator();
        steps.setBeanFactory(beanFactory);
        handler.setStepLocator(steps);
        StepExecution ended = handler.handle(request);
        if (ended.getStatus() != BatchStatus.COMPLETED) {
            // The handler reports a step that threw on the execution it returns: record it, for the job's process
            StepExecution stored = jobRepository.getStepExecution(ended.getId());
            if (stored != null && stored.getStatus().isRunning()) {
                jobRepository.update(ended);
            }
            if (stored != null && LostWorkers.EXIT_CODE.equals(stored.getExitStatus().getExitCode())) {
                log.warn("{} {}: the run's process presumed this worker dead (its heartbeat was late) and failed the "
                        + "partition; the chunk this worker was reading was rolled back, nothing of it is stored, and "
                        + "'restart' reads the district again from its last committed chunk", quarter, district);
            }
        }
        Duration time = Duration.ofNanos(System.nanoTime() - start);
        long rows = ended.getReadCount();
        log.info("{} {}: {} — {} rows in {} s ({} rows/s)", quarter, district, ended.getStatus(), String.format("%,d", rows),
                String.format("%.1f", time.toMillis() / 1000.0),
                String.format("%,d", time.toMillis() == 0 ? rows : rows * 1000 / time.toMillis()));
    }
}
