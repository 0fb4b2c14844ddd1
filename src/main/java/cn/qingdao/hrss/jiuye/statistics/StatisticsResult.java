package cn.qingdao.hrss.jiuye.statistics;

import cn.qingdao.hrss.jiuye.domain.Indicator;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The 就业统计 sheet of one submission, read and checked (rules §7). Any error rejects the district's
 * statistics as a whole; the values are kept anyway for the feedback.
 *
 * @param values the indicators that have a row, in the order of rules §3.5
 * @param errors every error, in row then column order, then the missing indicators in rules §3.5 order
 */
public record StatisticsResult(Map<Indicator, IndicatorValues> values, List<StatisticsError> errors) {

    public StatisticsResult {
        values = Collections.unmodifiableMap(new EnumMap<>(values));
        errors = List.copyOf(errors);
    }

    /** No error: the statistics count in the city totals (rules §7). */
    public boolean valid() {
        return errors.isEmpty();
    }

    /** The quarter total of an indicator; null when it has no row or its total is not a count. */
    public Long total(Indicator indicator) {
        IndicatorValues v = values.get(indicator);
        return v == null ? null : v.total();
    }
}
