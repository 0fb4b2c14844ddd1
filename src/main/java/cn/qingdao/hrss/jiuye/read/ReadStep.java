package cn.qingdao.hrss.jiuye.read;

import cn.qingdao.hrss.jiuye.job.RunParameters;
import java.util.function.Supplier;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;

/**
 * The read step as the run has it read: its partitions on this process's threads, or sent to {@code worker}
 * processes, as the run's job parameter {@code readBy} says ({@link RunParameters#readBy()}). The choice is the
 * run's, not the process's: a run started with {@code --read-by workers} is restarted by workers unless the
 * {@code restart} command says otherwise (a restart keeps the choice of the run's last execution), and both ways
 * are one step, {@code readStep}, whose partitions a restart resumes whichever way they were read before. The
 * workers' manager is built the first time a run needs it.
 */
final class ReadStep implements Step {

    static final String NAME = "readStep";

    private final Step onThreads;
    private final SingletonSupplier<Step> byWorkers;

    ReadStep(Step onThreads, Supplier<Step> byWorkersBuilder) {
        this.onThreads = onThreads;
        this.byWorkers = SingletonSupplier.of(byWorkersBuilder);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void execute(StepExecution stepExecution) throws JobInterruptedException {
        boolean workers = RunParameters.of(stepExecution.getJobParameters()).readBy() == ReadProperties.By.WORKERS;
        (workers ? byWorkers.obtain() : onThreads).execute(stepExecution);
    }
}
