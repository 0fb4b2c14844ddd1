package cn.qingdao.hrss.jiuye.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * One policy parameter with all its dated values, oldest first (rules §6).
 *
 * @param values non-empty, strictly ascending by {@code effectiveFrom}
 */
public record Parameter<T>(String key, String description, String unit, String reference,
                           List<ParameterValue<T>> values) {

    public Parameter {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException(key + " has no values");
        }
    }

    /**
     * The value in force on {@code date}: the one with the latest {@code effectiveFrom ≤ date}. A date before
     * every defined value gets the earliest value: rules §6 defines no round before the first one
     * ("the values of §5 are in force from 2025-01-01, no earlier round is defined"), so an application dated
     * before 2025-01-01 (e.g. a late claim) is judged by the first round rather than failing. The value
     * returned may be null when the parameter ended on that date.
     */
    public ParameterValue<T> inForceOn(LocalDate date) {
        ParameterValue<T> found = values.get(0);
        for (int i = 1; i < values.size(); i++) {
            ParameterValue<T> v = values.get(i);
            if (v.effectiveFrom().isAfter(date)) {
                break;
            }
            found = v;
        }
        return found;
    }
}
