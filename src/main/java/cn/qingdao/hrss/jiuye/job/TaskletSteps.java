package cn.qingdao.hrss.jiuye.job;

import cn.qingdao.hrss.jiuye.run.FaultInjection;
import java.util.function.Consumer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the steps of the job that stay tasklets (inventory, statistics, publish, report): their work
 * runs in one transaction of the application's transaction manager, which also records the step's
 * status, so that the step is either done and recorded done, or neither.
 */
@Component
public class TaskletSteps {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final FaultInjection faults;

    public TaskletSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager, FaultInjection faults) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.faults = faults;
    }

    /** A step named {@code name} that does {@code work} with the run's parameters, in one transaction. */
    public Step step(String name, Consumer<RunParameters> work) {
        return new StepBuilder(name, jobRepository)
                .tasklet((contribution, chunk) -> {
                    work.accept(RunParameters.of(chunk));
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .listener(faults)
                .build();
    }
}
