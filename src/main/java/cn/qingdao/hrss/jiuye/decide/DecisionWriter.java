package cn.qingdao.hrss.jiuye.decide;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.StartupApplication;
import cn.qingdao.hrss.jiuye.support.jdbc.BulkInsert;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk's decisions, their kept and dropped months (on the decision row) and the start-up
 * grants into {@link DecisionTables} ({@link BulkInsert}: COPY on PostgreSQL), in the chunk's
 * transaction, which also commits the reader's position.
 */
public class DecisionWriter implements ItemWriter<DecidedRow> {

    private static final List<String> DECISION_COLUMNS = List.of("run_id", "quarter", "subsidy", "district_code",
            "row_number", "submission_id", "id_number", "name", "decision", "months", "amount", "reason_codes",
            "kept_months", "dropped_months");
    private static final List<String> GRANT_COLUMNS = List.of("run_id", "quarter", "district_code", "row_number",
            "id_number", "credit_code");

    private final BulkInsert bulk;
    private final DecisionTables tables;
    private final long runId;
    private final String quarter;

    public DecisionWriter(BulkInsert bulk, DecisionTables tables, long runId, Quarter quarter) {
        this.bulk = bulk;
        this.tables = tables;
        this.runId = runId;
        this.quarter = quarter.toString();
    }

    @Override
    public void write(Chunk<? extends DecidedRow> chunk) {
        List<Object[]> decisions = new ArrayList<>(chunk.size());
        List<Object[]> grants = new ArrayList<>();
        for (DecidedRow d : chunk) {
            StagedRow r = d.row();
            decisions.add(new Object[] {runId, quarter, r.application().subsidy().code(), r.districtCode(), r.rowNumber(),
                    r.submissionId(), r.application().idNumber(), r.application().name(), d.outcome().name(), d.months(),
                    d.amount(), d.reasonCodes(), d.keptMonths(), d.droppedMonths()});
            if (d.granted()) {
                StartupApplication a = (StartupApplication) r.application();
                grants.add(new Object[] {runId, quarter, r.districtCode(), r.rowNumber(), a.idNumber(), a.creditCode()});
            }
        }
        bulk.insert(tables.decisions(), DECISION_COLUMNS, decisions);
        bulk.insert(tables.grants(), GRANT_COLUMNS, grants);
    }
}
