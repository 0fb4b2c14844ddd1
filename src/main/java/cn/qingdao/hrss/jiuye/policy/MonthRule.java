package cn.qingdao.hrss.jiuye.policy;

import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One rule that may drop a claimed month (rules §5.2, §5.3), specific to a subsidy; the rules shared by
 * both (already paid, lifetime cap) are applied by {@link ClaimedMonths} after these.
 *
 * @param drops  true when the month is dropped
 * @param detail the values compared for a month, for the trace
 */
record MonthRule(String rule, ReasonCode code, Predicate<YearMonth> drops, Function<YearMonth, String> detail,
                 List<ParameterValue<?>> parameters) {
}
