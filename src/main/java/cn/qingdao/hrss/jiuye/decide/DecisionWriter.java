package cn.qingdao.hrss.jiuye.decide;

import cn.qingdao.hrss.jiuye.support.jdbc.BulkInsert;
import cn.qingdao.hrss.jiuye.domain.MonthRuns;
import cn.qingdao.hrss.jiuye.domain.Months;
import cn.qingdao.hrss.jiuye.policy.Outcome;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import cn.qingdao.hrss.jiuye.policy.MonthDecision;
import cn.qingdao.hrss.jiuye.policy.RowDecision;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Buffers one chunk's decisions, months and grants, and writes them ({@link BulkInsert}: COPY on
 * PostgreSQL) with the chunk's progress mark.
 */
final class DecisionWriter {

    private static final List<String> DECISION_COLUMNS = List.of("run_id", "quarter", "subsidy", "district_code",
            "row_number", "submission_id", "id_number", "name", "decision", "months", "amount", "reason_codes",
            "kept_months", "dropped_months");
    private static final List<String> GRANT_COLUMNS = List.of("run_id", "quarter", "district_code", "row_number",
            "id_number", "credit_code");

    private final long runId;
    private final Quarter quarter;
    private final Subsidy subsidy;
    private final List<Object[]> decisions = new ArrayList<>();
    private final List<Object[]> grants = new ArrayList<>();

    DecisionWriter(long runId, Quarter quarter, Subsidy subsidy) {
        this.runId = runId;
        this.quarter = quarter;
        this.subsidy = subsidy;
    }

    /** A row refused by its field checks (rules §5 step 1). */
    void rejectedByFields(StagedRow row) {
        decisions.add(decision(row, Outcome.REJECTED, BigDecimal.ZERO.setScale(2), row.fieldCodes(), List.of(), List.of()));
    }

    void decided(StagedRow row, RowDecision d) {
        String codes = d.reasons().isEmpty() ? null
                : d.reasons().stream().map(ReasonCode::name).sorted().collect(Collectors.joining(";"));
        List<Integer> kept = new ArrayList<>();
        List<MonthRuns.Dropped> dropped = new ArrayList<>();
        for (MonthDecision m : d.months()) { // in month order
            if (m.isKept()) {
                kept.add(Months.toInt(m.month()));
            } else {
                dropped.add(new MonthRuns.Dropped(Months.toInt(m.month()), m.droppedBy().name()));
            }
        }
        decisions.add(decision(row, d.outcome(), d.amount(), codes, kept, dropped));
    }

    void granted(StagedRow row, String idNumber, String creditCode) {
        grants.add(new Object[] {runId, quarter.toString(), row.districtCode(), row.rowNumber(), idNumber, creditCode});
    }

    private Object[] decision(StagedRow row, Outcome outcome, BigDecimal amount, String codes, List<Integer> kept,
                              List<MonthRuns.Dropped> dropped) {
        return new Object[] {runId, quarter.toString(), subsidy.code(), row.districtCode(), row.rowNumber(),
                row.submissionId(), row.application().idNumber(), row.application().name(), outcome.name(),
                kept.size(), amount, codes, MonthRuns.kept(kept), MonthRuns.dropped(dropped)};
    }

    /** Writes the chunk and moves the progress mark to its last row; the caller holds the transaction. */
    void write(BulkInsert bulk, JdbcTemplate jdbc, StagedRow last) {
        bulk.insert("decision", DECISION_COLUMNS, decisions);
        bulk.insert("startup_grant", GRANT_COLUMNS, grants);
        jdbc.update("DELETE FROM decide_progress WHERE run_id = ? AND subsidy = ?", runId, subsidy.code());
        jdbc.update("INSERT INTO decide_progress (run_id, subsidy, district_code, row_number) VALUES (?, ?, ?, ?)",
                runId, subsidy.code(), last.districtCode(), last.rowNumber());
    }

    int size() {
        return decisions.size();
    }
}
