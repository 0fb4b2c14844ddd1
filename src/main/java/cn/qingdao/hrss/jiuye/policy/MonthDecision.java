package cn.qingdao.hrss.jiuye.policy;

import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * What happened to one claimed month (rules §5.2, §5.3).
 *
 * @param droppedBy the code of the first month rule that dropped it; null when the month is kept
 * @param amount    the subsidy for the month (scale 2) when kept; null when dropped
 */
public record MonthDecision(YearMonth month, ReasonCode droppedBy, BigDecimal amount) {

    public static MonthDecision kept(YearMonth month, BigDecimal amount) {
        return new MonthDecision(month, null, amount);
    }

    public static MonthDecision dropped(YearMonth month, ReasonCode code) {
        return new MonthDecision(month, code, null);
    }

    public boolean isKept() {
        return droppedBy == null;
    }
}
