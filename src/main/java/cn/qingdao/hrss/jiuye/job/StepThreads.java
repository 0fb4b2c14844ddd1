package cn.qingdao.hrss.jiuye.job;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/** The threads a partitioned step runs its partitions on. */
public final class StepThreads {

    private StepThreads() {
    }

    /** At most {@code threads} partitions at a time (at least one), on threads named {@code prefix}N. */
    public static TaskExecutor atMost(String prefix, int threads) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(prefix);
        executor.setConcurrencyLimit(Math.max(1, threads));
        return executor;
    }
}
