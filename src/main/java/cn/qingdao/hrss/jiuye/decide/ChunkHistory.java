package cn.qingdao.hrss.jiuye.decide;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.StartupApplication;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import cn.qingdao.hrss.jiuye.policy.MonthDecision;
import cn.qingdao.hrss.jiuye.policy.StartupHistory;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * The history of one chunk's people and businesses (rules §5 step 4), read from the database once per
 * chunk, inside the chunk's transaction, before its rows are processed ({@link #beforeChunk}); the
 * {@link DecisionProcessor} then reads it for each row and adds what each row is granted or kept, so
 * that a later row of the same chunk sees it as an earlier-ranked row. It is dropped once the chunk is
 * written ({@link #afterChunk}): only one chunk's history is ever held, and memory does not grow with
 * the quarter.
 */
public class ChunkHistory implements ChunkListener<StagedRow, DecidedRow> {

    private final History history;
    private final long runId;
    private final Quarter quarter;
    private final Subsidy subsidy;
    private History.StartupGrants grants = new History.StartupGrants();
    private PaidMonths paid = new PaidMonths();

    public ChunkHistory(History history, long runId, Quarter quarter, Subsidy subsidy) {
        this.history = history;
        this.runId = runId;
        this.quarter = quarter;
        this.subsidy = subsidy;
    }

    @Override
    public void beforeChunk(Chunk<StagedRow> chunk) {
        history.preferIndexes();
        Set<String> ids = new LinkedHashSet<>();
        Set<String> codes = new LinkedHashSet<>();
        for (StagedRow r : chunk) {
            if (r.valid()) {
                ids.add(r.application().idNumber());
                if (r.application() instanceof StartupApplication a) {
                    codes.add(a.creditCode());
                }
            }
        }
        if (subsidy == Subsidy.STARTUP) {
            grants = history.startupGrants(runId, quarter, ids, codes);
        } else {
            paid = history.paidMonths(runId, quarter, subsidy, ids);
        }
    }

    @Override
    public void afterChunk(Chunk<DecidedRow> chunk) {
        forget();
    }

    @Override
    public void onChunkError(Exception exception, Chunk<DecidedRow> chunk) {
        forget();
    }

    private void forget() {
        grants = new History.StartupGrants();
        paid = new PaidMonths();
    }

    /** What the start-up rules need to know of a person and a business (rules §5.1). */
    StartupHistory of(StartupApplication a) {
        return new StartupHistory(grants.personBefore(a.idNumber()), grants.businessBefore(a.creditCode()),
                grants.personThisQuarter(a.idNumber()), grants.businessThisQuarter(a.creditCode()));
    }

    void granted(StartupApplication a) {
        grants.grant(a.idNumber(), a.creditCode());
    }

    /** The months already paid to a person under this step's social-insurance subsidy (rules §5.2, §5.3). */
    Set<YearMonth> paidMonths(String idNumber) {
        return paid.of(idNumber);
    }

    /** Adds the months a row keeps to its person's paid months. */
    void kept(String idNumber, Iterable<MonthDecision> months) {
        for (MonthDecision m : months) {
            if (m.isKept()) {
                paid.add(idNumber, m.month());
            }
        }
    }
}
