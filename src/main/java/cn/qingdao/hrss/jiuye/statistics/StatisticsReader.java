package cn.qingdao.hrss.jiuye.statistics;

import cn.qingdao.hrss.jiuye.domain.Indicator;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.support.text.Text;
import cn.qingdao.hrss.jiuye.validation.Parsed;
import cn.qingdao.hrss.jiuye.validation.Values;
import cn.qingdao.hrss.jiuye.workbook.DataRow;
import cn.qingdao.hrss.jiuye.workbook.RawCell;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Consumes the data rows of 就业统计 ({@link StatisticsSheet#SHEET}) and checks them (rules §3.5, §7):
 * <ul>
 *   <li>a row's indicator is its 指标 cell matched as a header ({@link Text#label}) against
 *       {@link Indicator#label()}; rows naming no known indicator are ignored, and so is a second row
 *       for an indicator already read (the first one counts);</li>
 *   <li>each of the four values must be a count, else {@code INVALID_NUMBER};</li>
 *   <li>季度合计 must equal the sum of the months (flow) or the third month (stock), else
 *       {@code STAT_TOTAL_MISMATCH}, checked only when the values it compares are counts;</li>
 *   <li>an indicator without a row is {@code MISSING_INDICATOR}.</li>
 * </ul>
 * One instance per sheet read; not thread-safe.
 */
public final class StatisticsReader implements Consumer<DataRow> {

    private static final Map<String, Indicator> BY_LABEL = byLabel();

    private final Map<Indicator, IndicatorValues> values = new EnumMap<>(Indicator.class);
    private final List<StatisticsError> errors = new ArrayList<>();

    @Override
    public void accept(DataRow row) {
        RawCell label = row.cell(StatisticsSheet.INDICATOR);
        Indicator indicator = label.kind() == RawCell.Kind.TEXT ? BY_LABEL.get(Text.label(label.text())) : null;
        if (indicator == null || values.containsKey(indicator)) {
            return;
        }
        Long m1 = count(row, indicator, StatisticsSheet.MONTH_1);
        Long m2 = count(row, indicator, StatisticsSheet.MONTH_2);
        Long m3 = count(row, indicator, StatisticsSheet.MONTH_3);
        Long total = count(row, indicator, StatisticsSheet.TOTAL);
        IndicatorValues v = new IndicatorValues(indicator, row.rowNumber(), m1, m2, m3, total);
        values.put(indicator, v);
        Long expected = indicator.stock() ? m3 : sumOrNull(m1, m2, m3);
        if (total != null && expected != null && !total.equals(expected)) {
            errors.add(error(ReasonCode.STAT_TOTAL_MISMATCH, row, indicator, StatisticsSheet.TOTAL));
        }
    }

    /** The values and errors of every row consumed so far, plus the indicators still missing. */
    public StatisticsResult result() {
        List<StatisticsError> all = new ArrayList<>(errors);
        for (Indicator indicator : Indicator.values()) {
            if (!values.containsKey(indicator)) {
                all.add(StatisticsError.missing(indicator));
            }
        }
        return new StatisticsResult(values, all);
    }

    private Long count(DataRow row, Indicator indicator, int column) {
        Parsed<Long> parsed = Values.count(row.cell(column));
        if (!parsed.isOk()) {
            errors.add(error(parsed.error(), row, indicator, column));
        }
        return parsed.orNull();
    }

    private static StatisticsError error(ReasonCode code, DataRow row, Indicator indicator, int column) {
        RawCell cell = row.cell(column);
        return new StatisticsError(code, indicator, row.rowNumber(), StatisticsSheet.SHEET.columns().get(column),
                cell.columnLetter(), Values.display(cell));
    }

    /** Counts are below 10^15 ({@link Values#count}), so the sum cannot overflow. */
    private static Long sumOrNull(Long m1, Long m2, Long m3) {
        return m1 == null || m2 == null || m3 == null ? null : m1 + m2 + m3;
    }

    private static Map<String, Indicator> byLabel() {
        Map<String, Indicator> map = new HashMap<>();
        for (Indicator i : Indicator.values()) {
            map.put(Text.label(i.label()), i);
        }
        return Map.copyOf(map);
    }
}
