package cn.qingdao.hrss.jiuye.policy;

import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Collects the reason codes of the rules evaluated for one row and, when tracing, the {@link RuleCheck}
 * lines of the explanation. Without tracing no detail text is built, so deciding millions of rows stays cheap.
 */
final class Checks {

    private final Set<ReasonCode> failed = EnumSet.noneOf(ReasonCode.class);
    private final List<RuleCheck> trace;

    private Checks(boolean tracing) {
        this.trace = tracing ? new ArrayList<>() : null;
    }

    static Checks create(boolean tracing) {
        return new Checks(tracing);
    }

    boolean tracing() {
        return trace != null;
    }

    /** Records a rule: a failing rule adds its code. Returns {@code passed}. */
    boolean check(String section, String rule, boolean passed, ReasonCode code, Supplier<String> detail,
                  ParameterValue<?>... used) {
        if (!passed) {
            failed.add(code);
        }
        if (trace != null) {
            trace.add(new RuleCheck(section, rule, passed, code, detail.get(), List.of(used)));
        }
        return passed;
    }

    /** Adds an explanation line that decides nothing (an amount, a month's fate) when tracing. */
    void note(String section, String rule, boolean passed, ReasonCode code, Supplier<String> detail,
              List<ParameterValue<?>> used) {
        if (trace != null) {
            trace.add(new RuleCheck(section, rule, passed, code, detail.get(), used));
        }
    }

    void addCode(ReasonCode code) {
        failed.add(code);
    }

    boolean anyFailed() {
        return !failed.isEmpty();
    }

    Set<ReasonCode> codes() {
        return failed;
    }

    List<RuleCheck> trace() {
        return trace == null ? List.of() : trace;
    }
}
