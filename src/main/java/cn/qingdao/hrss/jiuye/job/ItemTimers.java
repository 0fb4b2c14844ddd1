package cn.qingdao.hrss.jiuye.job;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * The timers of every item read and processed by a chunk-oriented step, as Spring Batch's own item
 * observations would record them through Micrometer's default handler — the same names
 * ({@code spring.batch.item.read}, {@code spring.batch.item.process}) and tags (job, step, status,
 * error) — but fed by the step's item listeners. Spring Batch builds an observation (a context with
 * maps of key values, a scope) for every item read and every item processed, and the default handler
 * builds the timer's tags and looks it up again for each: for rows that cost little else, a large part
 * of the read and decide steps' CPU time and of all they allocated. Here each
 * step execution finds its timers once, and an item costs two clock readings and a timer update. Spring
 * Batch's item observations are therefore not made ({@link JobMetricsConfiguration}); its job, step and
 * chunk observations are.
 *
 * <p>One instance serves every execution of a step, partitions running at the same time included: each
 * thread keeps the timers of the step execution it runs.
 */
public final class ItemTimers implements StepExecutionListener, ItemReadListener<Object>, ItemProcessListener<Object, Object> {

    static final String READ = "spring.batch.item.read";
    static final String PROCESS = "spring.batch.item.process";

    private final MeterRegistry registry;
    private final ThreadLocal<StepTimers> current = new ThreadLocal<>();

    public ItemTimers(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The timers of one step execution, and the start of the item being read or processed. */
    private final class StepTimers {
        private final String job;
        private final String step;
        private final Timer readSuccess;
        private final Timer processSuccess;
        private final Map<String, Timer> failures = new ConcurrentHashMap<>();
        private long start;

        StepTimers(String job, String step) {
            this.job = job;
            this.step = step;
            this.readSuccess = timer(READ, "SUCCESS", "none");
            this.processSuccess = timer(PROCESS, "SUCCESS", "none");
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
    }

    @Override
    public void beforeStep(StepExecution step) {
        current.set(new StepTimers(step.getJobExecution().getJobInstance().getJobName(), step.getStepName()));
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        current.remove();
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
}
