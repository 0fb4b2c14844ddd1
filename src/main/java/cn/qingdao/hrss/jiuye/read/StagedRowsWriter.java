package cn.qingdao.hrss.jiuye.read;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Stores a chunk of a submission's validated rows ({@link ApplicationStore}) in the chunk's
 * transaction. A partition that starts afresh first removes what an interrupted or earlier reading of
 * the same submission left (an abandoned run's, say); a restarted one keeps what its committed chunks
 * wrote, which its reader's position accounts for.
 */
public class StagedRowsWriter implements ItemStreamWriter<StagedApplication> {

    static final String STARTED = "stagedRowsWriter.started";

    private final ApplicationStore store;
    private final long submissionId;

    public StagedRowsWriter(ApplicationStore store, long submissionId) {
        this.store = store;
        this.submissionId = submissionId;
    }

    @Override
    public void open(ExecutionContext context) {
        if (!context.containsKey(STARTED)) {
            store.clear(submissionId);
        }
    }

    @Override
    public void write(Chunk<? extends StagedApplication> chunk) {
        store.write(chunk);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putString(STARTED, "true");
    }
}
