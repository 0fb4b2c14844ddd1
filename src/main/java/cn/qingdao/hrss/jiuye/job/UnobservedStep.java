package cn.qingdao.hrss.jiuye.job;

import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.item.ChunkOrientedStep;

/**
 * A partition's worker step (a chunk-oriented step run once per partition) as a bean that Spring Batch's
 * Micrometer observations leave out; {@link PartitionTimers} records its timers instead.
 *
 * <p>Spring Batch gives every step bean that is an {@code AbstractStep} the application's
 * {@code ObservationRegistry} ({@code BatchObservabilityBeanPostProcessor}), and a chunk-oriented step
 * then builds an observation for every item it reads and processes, whether or not anything records it.
 * This bean delegates to the step it was built from, which keeps the no-op registry a step is built
 * with: the framework's observations of the job, the partitioned steps and the tasklet steps stay on.
 */
public final class UnobservedStep implements Step {

    /** What Spring Batch's step observation names as the step's type. */
    static final String TYPE = ChunkOrientedStep.class.getName();

    private final Step step;

    public UnobservedStep(Step step) {
        this.step = step;
    }

    @Override
    public String getName() {
        return step.getName();
    }

    @Override
    public boolean isAllowStartIfComplete() {
        return step.isAllowStartIfComplete();
    }

    @Override
    public int getStartLimit() {
        return step.getStartLimit();
    }

    @Override
    public void execute(StepExecution stepExecution) throws JobInterruptedException {
        step.execute(stepExecution);
    }
}
