package cn.qingdao.hrss.jiuye.generate;

import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One planned data row: typed values by column name (String, LocalDate, YearMonth, BigDecimal,
 * Boolean for yes/no, or a {@link CellValue} written as is — how deliberate errors are made) and
 * the reason codes the row is designed to receive under rules §5 (empty: approved in full).
 */
record SampleRow(Map<String, Object> values, Set<ReasonCode> expected) {

    static SampleRow of(Map<String, Object> values, ReasonCode... expected) {
        return new SampleRow(values, expected.length == 0 ? Set.of() : Set.of(expected));
    }

    /** A copy with one value replaced and the given expected codes. */
    SampleRow with(String column, Object value, ReasonCode... expected) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(column, value);
        return of(copy, expected);
    }

    Object get(String column) {
        return values.get(column);
    }
}
