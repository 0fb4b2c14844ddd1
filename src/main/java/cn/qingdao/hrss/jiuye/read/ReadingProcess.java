package cn.qingdao.hrss.jiuye.read;

import java.lang.management.ManagementFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Records in a read partition's ExecutionContext which process read it, {@code pid@host} — the process that
 * runs the job, or a worker — for {@code status} to show. It is written when the partition starts and saved
 * with its first chunk; a worker has saved it already before the partition starts ({@link ReadWorker}), since the
 * job's process watches the heartbeat of the worker a STARTED partition names ({@link LostWorkers}).
 */
public class ReadingProcess implements StepExecutionListener {

    /** The ExecutionContext key of the process that read the partition. */
    public static final String KEY = "readBy";

    private static final String THIS_PROCESS = ManagementFactory.getRuntimeMXBean().getName();

    /** This process, {@code pid@host}. */
    public static String thisProcess() {
        return THIS_PROCESS;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        stepExecution.getExecutionContext().putString(KEY, THIS_PROCESS);
    }
}
