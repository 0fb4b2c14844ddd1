package cn.qingdao.hrss.jiuye.policy;

import java.time.LocalDate;

/**
 * A parameter is needed on a date for which its value in force is {@code value: null} (the policy ended,
 * rules §6, OpenFisca convention) — no rule can be applied; this is a policy-data gap for the operator, not
 * a decision on the row.
 */
public class ParameterNotInForceException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public ParameterNotInForceException(String key, LocalDate date, LocalDate endedOn) {
        super("policy parameter " + key + " is not in force on " + date + " (its value ended on " + endedOn + ")");
    }
}
