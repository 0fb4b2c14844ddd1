package cn.qingdao.hrss.jiuye.job;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * The timers of a partition's worker step — the step itself, every chunk written, every item read and
 * processed — as Spring Batch's observations would record them through Micrometer's default handler:
 * the same names ({@code spring.batch.step}, {@code spring.batch.chunk.write},
 * {@code spring.batch.item.read}, {@code spring.batch.item.process}) and tags (job, step, status, error),
 * fed by the step's listeners. A worker step is not observed by Spring Batch ({@link UnobservedStep}):
 * the framework builds an observation — a context with its maps, a scope — for every item read and
 * every item processed, and even an observation that a predicate turns off is built first; for rows
 * that cost little else, that was a large part of the read and decide steps' CPU time and of all they
 * allocated. Here each step execution finds its timers once, and an item costs two clock readings and a
 * timer update.
 *
 * <p>One instance serves every execution of a step, partitions running at the same time included: each
 * thread keeps the timers of the step execution it runs.
 */
public final class PartitionTimers implements StepExecutionListener, ItemReadListener<Object>,
        ItemProcessListener<Object, Object>, ItemWriteListener<Object> {

    static final String STEP = "spring.batch.step";
    static final String CHUNK_WRITE = "spring.batch.chunk.write";
    static final String READ = "spring.batch.item.read";
    static final String PROCESS = "spring.batch.item.process";
    private static final String NO_ERROR = "none";

    private final MeterRegistry registry;
    private final ThreadLocal<StepTimers> current = new ThreadLocal<>();

    public PartitionTimers(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The timers of one step execution, and the start of the item being read or processed and of the chunk being written. */
    private final class StepTimers {
        private final String job;
        private final String step;
        private final Timer readSuccess;
        private final Timer processSuccess;
        private final Timer writeSuccess;
        private final Map<String, Timer> failures = new ConcurrentHashMap<>();
        private long start;
        private long writeStart;

        StepTimers(String job, String step) {
            this.job = job;
            this.step = step;
            this.readSuccess = timer(READ, "SUCCESS", NO_ERROR);
            this.processSuccess = timer(PROCESS, "SUCCESS", NO_ERROR);
            this.writeSuccess = timer(CHUNK_WRITE, "SUCCESS", NO_ERROR);
        }

        Timer failure(String name, Exception error) {
            String cause = error.getClass().getSimpleName();
            return failures.computeIfAbsent(name + " " + cause, k -> timer(name, "FAILURE", cause));
        }

        private Timer timer(String name, String status, String error) {
            return Timer.builder(name)
                    .tag(name + ".job.name", job)
                    .tag(name + ".step.name", step)
                    .tag(name + ".status", status)
                    .tag("error", error)
                    .register(registry);
        }

        void record(Timer timer) {
            timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }

        void recordWrite(Timer timer) {
            timer.record(System.nanoTime() - writeStart, TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public void beforeStep(StepExecution step) {
        current.set(new StepTimers(step.getJobExecution().getJobInstance().getJobName(), step.getStepName()));
    }

    /**
     * The step's timer, as Spring Batch records it when it stops the step's observation: tagged with the
     * step's type and its exit code, and the error {@code IllegalStateException} when it has failures
     * (the framework merges them into one).
     */
    @Override
    public ExitStatus afterStep(StepExecution step) {
        current.remove();
        LocalDateTime started = step.getStartTime();
        LocalDateTime ended = step.getEndTime() != null ? step.getEndTime() : LocalDateTime.now();
        Timer.builder(STEP)
                .tag(STEP + ".name", step.getStepName())
                .tag(STEP + ".type", UnobservedStep.TYPE)
                .tag(STEP + ".job.name", step.getJobExecution().getJobInstance().getJobName())
                .tag(STEP + ".status", step.getExitStatus().getExitCode())
                .tag("error", step.getFailureExceptions().isEmpty() ? NO_ERROR : IllegalStateException.class.getSimpleName())
                .register(registry)
                .record(started == null ? Duration.ZERO : Duration.between(started, ended));
        return null; // the step's own exit status
    }

    @Override
    public void beforeRead() {
        current.get().start = System.nanoTime();
    }

    @Override
    public void afterRead(Object item) {
        StepTimers timers = current.get();
        timers.record(timers.readSuccess);
    }

    @Override
    public void onReadError(Exception error) {
        StepTimers timers = current.get();
        timers.record(timers.failure(READ, error));
    }

    @Override
    public void beforeProcess(Object item) {
        current.get().start = System.nanoTime();
    }

    @Override
    public void afterProcess(Object item, Object result) {
        StepTimers timers = current.get();
        timers.record(timers.processSuccess);
    }

    @Override
    public void onProcessError(Object item, Exception error) {
        StepTimers timers = current.get();
        timers.record(timers.failure(PROCESS, error));
    }

    @Override
    public void beforeWrite(Chunk<?> items) {
        current.get().writeStart = System.nanoTime();
    }

    @Override
    public void afterWrite(Chunk<?> items) {
        StepTimers timers = current.get();
        timers.recordWrite(timers.writeSuccess);
    }

    @Override
    public void onWriteError(Exception error, Chunk<?> items) {
        StepTimers timers = current.get();
        timers.recordWrite(timers.failure(CHUNK_WRITE, error));
    }
}
