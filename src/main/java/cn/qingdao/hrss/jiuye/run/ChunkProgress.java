package cn.qingdao.hrss.jiuye.run;

import cn.qingdao.hrss.jiuye.support.console.Progress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Feeds the progress display ({@link Progress}: the live line on a terminal, else a log line every few
 * seconds, and one line at the end) from a chunk-oriented step: each chunk's rows are added when the
 * chunk has committed, so that the rows shown are the rows the step has done for good. One instance
 * serves every execution of its step, partitions running at the same time included.
 */
public final class ChunkProgress implements StepExecutionListener, ChunkListener<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(ChunkProgress.class);

    private final Function<StepExecution, String> label;
    private final Map<Long, Progress> running = new ConcurrentHashMap<>();

    /** @param label what the display calls an execution of the step, e.g. {@code 2025Q1 deciding employer} */
    public ChunkProgress(Function<StepExecution, String> label) {
        this.label = label;
    }

    @Override
    public void beforeStep(StepExecution step) {
        running.put(step.getId(), new Progress(log, label.apply(step)));
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        Progress progress = running.get(StepSynchronizationManager.getContext().getStepExecution().getId());
        int rows = chunk.size();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                progress.add(rows);
            }
        });
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        Progress progress = running.remove(step.getId());
        if (progress != null) {
            progress.done();
        }
        return null; // the step's own exit status
    }
}
