package cn.qingdao.hrss.jiuye.policy;

import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides each claimed month of a social-insurance subsidy row (rules §5 step 3, §5.2, §5.3): the subsidy's
 * own month rules in their listed order, then "already paid", then the lifetime cap. The first rule that
 * applies gives the month its code. The cap counts the months already kept for the person
 * ({@code monthsAlreadyPaid}: earlier quarters and earlier-ranked rows) plus the months of this row kept
 * so far, in month order, against the cap of the row's own 人员类别.
 */
final class ClaimedMonths {

    private final String section;
    private final List<MonthRule> rules;
    private final Set<YearMonth> alreadyPaid;
    private final ParameterValue<Integer> cap;

    ClaimedMonths(String section, List<MonthRule> rules, Set<YearMonth> alreadyPaid, ParameterValue<Integer> cap) {
        this.section = section;
        this.rules = rules;
        this.alreadyPaid = alreadyPaid;
        this.cap = cap;
    }

    /** Every month from {@code start} to {@code end} inclusive, each kept (with {@code perMonth}) or dropped. */
    List<MonthDecision> decide(YearMonth start, YearMonth end, BigDecimal perMonth, Checks checks) {
        List<MonthDecision> out = new ArrayList<>();
        int keptInRow = 0;
        for (YearMonth m = start; !m.isAfter(end); m = m.plusMonths(1)) {
            ReasonCode code = firstDroppingRule(m, checks);
            if (code == null && alreadyPaid.contains(m)) {
                code = ReasonCode.MONTH_ALREADY_PAID;
                explain(checks, m, code, "already paid to this person under this subsidy", List.of());
            }
            if (code == null) {
                int counted = alreadyPaid.size() + keptInRow;
                if (counted >= cap.value()) {
                    code = ReasonCode.PERIOD_CAP_REACHED;
                    explain(checks, m, code, alreadyPaid.size() + " month(s) paid before + " + keptInRow
                            + " kept in this row = " + counted + " ≥ cap " + cap.value(), List.of(cap));
                }
            }
            if (code == null) {
                keptInRow++;
                final int n = alreadyPaid.size() + keptInRow;
                checks.note(section, "month " + m, true, null,
                        () -> "kept, " + perMonth + "; month " + n + " of cap " + cap.value(), List.of(cap));
                out.add(MonthDecision.kept(m, perMonth));
            } else {
                out.add(MonthDecision.dropped(m, code));
            }
        }
        return out;
    }

    private ReasonCode firstDroppingRule(YearMonth m, Checks checks) {
        for (MonthRule r : rules) {
            if (r.drops().test(m)) {
                if (checks.tracing()) {
                    explain(checks, m, r.code(), r.rule() + ": " + r.detail().apply(m), r.parameters());
                }
                return r.code();
            }
        }
        return null;
    }

    private void explain(Checks checks, YearMonth m, ReasonCode code, String detail, List<ParameterValue<?>> used) {
        checks.note(section, "month " + m, false, code, () -> "dropped, " + detail, used);
    }
}
