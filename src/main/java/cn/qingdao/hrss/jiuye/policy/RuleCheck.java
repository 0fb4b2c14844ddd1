package cn.qingdao.hrss.jiuye.policy;

import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import java.util.List;

/**
 * One line of the explanation of a decision (rules §10 {@code explain}): a rule or a claimed month, whether
 * it passed, and with which values and parameters.
 *
 * @param section        the section of docs/rules.md implemented, e.g. {@code §5.2}
 * @param rule           short English description, e.g. {@code contract runs at least the minimum}
 * @param passed         true when the rule did not refuse (for a month: the month was kept)
 * @param code           the code the rule gives when it fails (also shown when it passed); null for notes
 * @param detail         the values compared, e.g. {@code registered 2024-02-29 + 12 months = 2025-02-28 ≤ applied 2025-03-01}
 * @param parametersUsed the policy values applied, each with its effective date and reference
 */
public record RuleCheck(String section, String rule, boolean passed, ReasonCode code, String detail,
                        List<ParameterValue<?>> parametersUsed) {

    public RuleCheck {
        parametersUsed = List.copyOf(parametersUsed);
    }

    @Override
    public String toString() {
        return section + " " + rule + ": " + (passed ? "passed" : "FAILED " + code) + " — " + detail
                + (parametersUsed.isEmpty() ? "" : " " + parametersUsed);
    }
}
