package cn.qingdao.hrss.jiuye.statistics;

import cn.qingdao.hrss.jiuye.domain.Indicator;

/**
 * One indicator row of 就业统计 as read (rules §3.5, §7): the three months and the quarter total;
 * a value that is not a count is null (and reported as {@code INVALID_NUMBER}).
 *
 * @param rowNumber physical Excel row number (1-based)
 */
public record IndicatorValues(Indicator indicator, int rowNumber, Long month1, Long month2, Long month3, Long total) {

    /** All four values are counts. */
    public boolean complete() {
        return month1 != null && month2 != null && month3 != null && total != null;
    }
}
