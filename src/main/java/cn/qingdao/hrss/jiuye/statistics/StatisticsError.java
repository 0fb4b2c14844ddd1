package cn.qingdao.hrss.jiuye.statistics;

import cn.qingdao.hrss.jiuye.domain.Indicator;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;

/**
 * A problem in 就业统计 (rules §7): {@code INVALID_NUMBER}, {@code STAT_TOTAL_MISMATCH} or
 * {@code MISSING_INDICATOR}.
 *
 * @param rowNumber    physical Excel row number; 0 for {@code MISSING_INDICATOR} (there is no row)
 * @param column       the column header (e.g. 季度合计); null for {@code MISSING_INDICATOR}
 * @param columnLetter the column as Excel names it; null for {@code MISSING_INDICATOR}
 * @param value        the cell as a person sees it; null for {@code MISSING_INDICATOR}
 */
public record StatisticsError(ReasonCode code, Indicator indicator, int rowNumber, String column,
                              String columnLetter, String value) {

    static StatisticsError missing(Indicator indicator) {
        return new StatisticsError(ReasonCode.MISSING_INDICATOR, indicator, 0, null, null, null);
    }
}
