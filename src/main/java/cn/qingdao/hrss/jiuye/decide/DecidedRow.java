package cn.qingdao.hrss.jiuye.decide;

import cn.qingdao.hrss.jiuye.domain.MonthRuns;
import cn.qingdao.hrss.jiuye.domain.Months;
import cn.qingdao.hrss.jiuye.policy.MonthDecision;
import cn.qingdao.hrss.jiuye.policy.Outcome;
import cn.qingdao.hrss.jiuye.policy.RowDecision;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A stored row and its decision as the {@code decision} table keeps it (rules §5, §8): one per
 * row, a refused row included — a row with field codes is a REJECTED decision, never skipped, so
 * that it is in {@code decisions.csv}.
 *
 * @param reasonCodes   distinct codes, sorted, {@code ;}-separated; null when there are none
 * @param months        the number of months kept (0 for the start-up subsidy)
 * @param keptMonths    the kept months as {@link MonthRuns#kept} text, null when none
 * @param droppedMonths the dropped months and their codes as {@link MonthRuns#dropped} text, null when none
 * @param granted       an approved start-up subsidy: the person and the business are granted it (rules §5.1)
 */
public record DecidedRow(StagedRow row, Outcome outcome, BigDecimal amount, String reasonCodes, int months,
                         String keptMonths, String droppedMonths, boolean granted) {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    /** A row refused by its field checks (rules §5 step 1): REJECTED with its field codes. */
    static DecidedRow rejectedByFields(StagedRow row) {
        return new DecidedRow(row, Outcome.REJECTED, ZERO, row.fieldCodes(), 0, null, null, false);
    }

    static DecidedRow of(StagedRow row, RowDecision d, boolean granted) {
        List<Integer> kept = new ArrayList<>();
        List<MonthRuns.Dropped> dropped = new ArrayList<>();
        for (MonthDecision m : d.months()) { // in month order
            if (m.isKept()) {
                kept.add(Months.toInt(m.month()));
            } else {
                dropped.add(new MonthRuns.Dropped(Months.toInt(m.month()), m.droppedBy().name()));
            }
        }
        return new DecidedRow(row, d.outcome(), d.amount(), d.reasons().isEmpty() ? null : d.reasonCodes(),
                kept.size(), MonthRuns.kept(kept), MonthRuns.dropped(dropped), granted);
    }
}
