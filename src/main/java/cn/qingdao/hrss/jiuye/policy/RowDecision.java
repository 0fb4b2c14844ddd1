package cn.qingdao.hrss.jiuye.policy;

import cn.qingdao.hrss.jiuye.policy.Outcome;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The decision on one application row (rules §5), shared by the three subsidies.
 *
 * @param outcome APPROVED, PARTIAL (some claimed months dropped) or REJECTED
 * @param amount  scale 2; 0.00 when rejected
 * @param months  every claimed month in order when the months were evaluated; empty for the start-up
 *                subsidy and when eligibility failed (months are then not evaluated, rules §5 step 2)
 * @param reasons distinct codes, sorted by code name (the order of {@code reason_codes}, rules §8)
 * @param trace   the rules and months checked, in evaluation order; empty unless asked for ({@code explain})
 */
public record RowDecision(Outcome outcome, BigDecimal amount, List<MonthDecision> months,
                          SortedSet<ReasonCode> reasons, List<RuleCheck> trace) {

    /** Reason codes sort by name, as {@code decisions.csv} lists them (rules §8). */
    public static final Comparator<ReasonCode> BY_NAME = Comparator.comparing(ReasonCode::name);

    public RowDecision {
        months = List.copyOf(months);
        reasons = sortedCodes(reasons);
        trace = List.copyOf(trace);
    }

    /** An unmodifiable copy of {@code codes} sorted by {@link #BY_NAME}. */
    public static SortedSet<ReasonCode> sortedCodes(Collection<ReasonCode> codes) {
        TreeSet<ReasonCode> sorted = new TreeSet<>(BY_NAME);
        sorted.addAll(codes);
        return Collections.unmodifiableSortedSet(sorted);
    }

    /** The number of months kept (the {@code months} column of rules §8; 0 for the start-up subsidy). */
    public int keptMonths() {
        int n = 0;
        for (MonthDecision m : months) {
            if (m.isKept()) {
                n++;
            }
        }
        return n;
    }

    /** {@code reason_codes} as written in {@code decisions.csv}: sorted, {@code ;}-separated. */
    public String reasonCodes() {
        return String.join(";", reasons.stream().map(ReasonCode::name).toList());
    }
}
