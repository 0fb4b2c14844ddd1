package cn.qingdao.hrss.jiuye.policy;

import cn.qingdao.hrss.jiuye.policy.Outcome;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Builds a {@link RowDecision} from what the rules found (rules §5). */
final class Decisions {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Decisions() {
    }

    /** Eligibility or history refused the row: REJECTED, 0.00, the codes of the failing rules. */
    static RowDecision rejected(Checks checks) {
        return new RowDecision(Outcome.REJECTED, ZERO, List.of(), RowDecision.sortedCodes(checks.codes()), checks.trace());
    }

    static RowDecision approved(BigDecimal amount, Checks checks) {
        return new RowDecision(Outcome.APPROVED, amount, List.of(), RowDecision.sortedCodes(Set.of()), checks.trace());
    }

    /**
     * rules §5 step 3: no month kept → REJECTED; some dropped → PARTIAL; reasons are the distinct codes of the
     * dropped months; the amount is the sum of the kept months.
     */
    static RowDecision fromMonths(List<MonthDecision> months, Checks checks) {
        Set<ReasonCode> codes = EnumSet.noneOf(ReasonCode.class);
        BigDecimal amount = ZERO;
        int kept = 0;
        for (MonthDecision m : months) {
            if (m.isKept()) {
                kept++;
                amount = amount.add(m.amount());
            } else {
                codes.add(m.droppedBy());
            }
        }
        Outcome outcome = kept == 0 ? Outcome.REJECTED : codes.isEmpty() ? Outcome.APPROVED : Outcome.PARTIAL;
        return new RowDecision(outcome, kept == 0 ? ZERO : amount, months, RowDecision.sortedCodes(codes), checks.trace());
    }
}
