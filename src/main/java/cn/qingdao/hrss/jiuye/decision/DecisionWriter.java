package cn.qingdao.hrss.jiuye.decision;

import cn.qingdao.hrss.jiuye.common.BulkInsert;
import cn.qingdao.hrss.jiuye.common.Months;
import cn.qingdao.hrss.jiuye.common.Outcome;
import cn.qingdao.hrss.jiuye.common.Quarter;
import cn.qingdao.hrss.jiuye.common.ReasonCode;
import cn.qingdao.hrss.jiuye.common.Subsidy;
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
            "row_number", "submission_id", "id_number", "name", "decision", "months", "amount", "reason_codes");
    private static final List<String> MONTH_COLUMNS = List.of("run_id", "quarter", "subsidy", "district_code",
            "row_number", "claim_month", "id_number", "dropped_code", "amount");
    private static final List<String> GRANT_COLUMNS = List.of("run_id", "quarter", "district_code", "row_number",
            "id_number", "credit_code");

    private final long runId;
    private final Quarter quarter;
    private final Subsidy subsidy;
    private final List<Object[]> decisions = new ArrayList<>();
    private final List<Object[]> months = new ArrayList<>();
    private final List<Object[]> grants = new ArrayList<>();

    DecisionWriter(long runId, Quarter quarter, Subsidy subsidy) {
        this.runId = runId;
        this.quarter = quarter;
        this.subsidy = subsidy;
    }

    /** A row refused by its field checks (SPEC §5 step 1). */
    void rejectedByFields(StagedRow row) {
        decisions.add(decision(row, Outcome.REJECTED, 0, BigDecimal.ZERO.setScale(2), row.fieldCodes()));
    }

    void decided(StagedRow row, RowDecision d) {
        long kept = d.months().stream().filter(m -> m.droppedBy() == null).count();
        String codes = d.reasons().isEmpty() ? null
                : d.reasons().stream().map(ReasonCode::name).sorted().collect(Collectors.joining(";"));
        decisions.add(decision(row, d.outcome(), (int) kept, d.amount(), codes));
        if (d.outcome() != Outcome.REJECTED || !d.months().isEmpty()) {
            for (MonthDecision m : d.months()) {
                months.add(new Object[] {runId, quarter.toString(), subsidy.code(), row.districtCode(), row.rowNumber(),
                        Months.toInt(m.month()), row.application().idNumber(),
                        m.droppedBy() == null ? null : m.droppedBy().name(),
                        m.amount() == null ? BigDecimal.ZERO.setScale(2) : m.amount()});
            }
        }
    }

    void granted(StagedRow row, String idNumber, String creditCode) {
        grants.add(new Object[] {runId, quarter.toString(), row.districtCode(), row.rowNumber(), idNumber, creditCode});
    }

    private Object[] decision(StagedRow row, Outcome outcome, int keptMonths, BigDecimal amount, String codes) {
        return new Object[] {runId, quarter.toString(), subsidy.code(), row.districtCode(), row.rowNumber(),
                row.submissionId(), row.application().idNumber(), row.application().name(), outcome.name(),
                keptMonths, amount, codes};
    }

    /** Writes the chunk and moves the progress mark to its last row; the caller holds the transaction. */
    void write(BulkInsert bulk, JdbcTemplate jdbc, StagedRow last) {
        bulk.insert("decision", DECISION_COLUMNS, decisions);
        bulk.insert("decision_month", MONTH_COLUMNS, months);
        bulk.insert("startup_grant", GRANT_COLUMNS, grants);
        jdbc.update("DELETE FROM decide_progress WHERE run_id = ? AND subsidy = ?", runId, subsidy.code());
        jdbc.update("INSERT INTO decide_progress (run_id, subsidy, district_code, row_number) VALUES (?, ?, ?, ?)",
                runId, subsidy.code(), last.districtCode(), last.rowNumber());
    }

    int size() {
        return decisions.size();
    }
}
