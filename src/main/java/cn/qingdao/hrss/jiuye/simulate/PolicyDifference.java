package cn.qingdao.hrss.jiuye.simulate;

import cn.qingdao.hrss.jiuye.domain.Subsidy;
import cn.qingdao.hrss.jiuye.policy.Parameter;
import cn.qingdao.hrss.jiuye.policy.ParameterKey;
import cn.qingdao.hrss.jiuye.policy.ParameterValue;
import cn.qingdao.hrss.jiuye.policy.PolicyParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which parameters differ between the current and the simulated tree for a row: those of the row's
 * subsidy whose values in force on its application date differ (rules §6: every rule takes the value in
 * force on the application date). A row whose outcome or amount changed while no such parameter
 * differs changed through its history: an earlier-ranked row of the simulation was decided differently.
 */
public final class PolicyDifference {

    /** The cause named for a row changed through its history. */
    public static final String HISTORY = "排序在前的决定变化（history: an earlier-ranked decision changed）";

    private final PolicyParameters current;
    private final PolicyParameters simulated;
    private final List<ParameterKey<?>> changed = new ArrayList<>();

    public PolicyDifference(PolicyParameters current, PolicyParameters simulated) {
        this.current = current;
        this.simulated = simulated;
        for (ParameterKey<?> key : ParameterKey.ALL) {
            if (!sameValues(current.parameter(key), simulated.parameter(key))) {
                changed.add(key);
            }
        }
    }

    /** The keys whose dated values differ at all, e.g. {@code flexible.monthly_max}. */
    public List<String> changedKeys() {
        return changed.stream().map(ParameterKey::key).toList();
    }

    /** For one row: {@code flexible.monthly_max 500.00 → 600.00}, or {@link #HISTORY}. */
    public String cause(Subsidy subsidy, LocalDate applied) {
        List<String> causes = new ArrayList<>();
        for (ParameterKey<?> key : changed) {
            if (!key.key().startsWith(subsidy.code() + ".")) {
                continue;
            }
            ParameterValue<?> was = current.parameter(key).inForceOn(applied);
            ParameterValue<?> now = simulated.parameter(key).inForceOn(applied);
            if (!same(was.value(), now.value())) {
                causes.add(key.key() + " " + was.value() + " → " + now.value());
            }
        }
        return causes.isEmpty() ? HISTORY : String.join("; ", causes);
    }

    private static boolean sameValues(Parameter<?> a, Parameter<?> b) {
        if (a.values().size() != b.values().size()) {
            return false;
        }
        for (int i = 0; i < a.values().size(); i++) {
            ParameterValue<?> x = a.values().get(i);
            ParameterValue<?> y = b.values().get(i);
            if (!x.effectiveFrom().equals(y.effectiveFrom()) || !same(x.value(), y.value())) {
                return false;
            }
        }
        return true;
    }

    /** Equal values; money compared as numbers (500.0 and 500.00 are the same value). */
    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }
}
