package cn.qingdao.hrss.jiuye.policy;

import java.time.LocalDate;

/**
 * One dated value of a policy parameter (rules §6): in force from {@code effectiveFrom} until the next
 * dated value of the same parameter. {@code value} is null when the parameter ends on that date.
 *
 * @param key           dotted parameter key, e.g. {@code flexible.rate}
 * @param reference     the source of this value (the dated value's own reference, else the file's)
 */
public record ParameterValue<T>(String key, T value, LocalDate effectiveFrom, String reference) {

    /** For traces: {@code flexible.rate = 2/3 (from 2025-01-01)}. */
    @Override
    public String toString() {
        return key + " = " + value + " (from " + effectiveFrom + ")";
    }
}
