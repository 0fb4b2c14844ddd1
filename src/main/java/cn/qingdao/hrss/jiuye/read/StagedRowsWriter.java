package cn.qingdao.hrss.jiuye.read;

import cn.qingdao.hrss.jiuye.domain.Application;
import cn.qingdao.hrss.jiuye.validation.ValidatedRow;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Stores a chunk of a submission's validated rows ({@link ApplicationStore}) in the chunk's
 * transaction. A partition that starts afresh first removes what an interrupted or earlier reading of
 * the same submission left (an abandoned run's, say); a restarted one keeps what its committed chunks
 * wrote, which its reader's position accounts for.
 */
public class StagedRowsWriter implements ItemStreamWriter<ValidatedRow<? extends Application>> {

    static final String STARTED = "stagedRowsWriter.started";

    private final ApplicationStore store;
    private final long submissionId;
    private final String districtCode;

    public StagedRowsWriter(ApplicationStore store, long submissionId, String districtCode) {
        this.store = store;
        this.submissionId = submissionId;
        this.districtCode = districtCode;
    }

    @Override
    public void open(ExecutionContext context) {
        if (!context.containsKey(STARTED)) {
            store.clear(submissionId);
        }
    }

    @Override
    public void write(Chunk<? extends ValidatedRow<? extends Application>> chunk) {
        store.write(submissionId, districtCode, chunk);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putString(STARTED, "true");
    }
}
