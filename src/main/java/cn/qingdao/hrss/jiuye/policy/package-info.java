/**
 * Dated policy parameters (rules §6) and the decision rules of one application row (rules §5.1–5.3).
 *
 * <h2>Parameters</h2>
 * {@link cn.qingdao.hrss.jiuye.policy.PolicyParameters#load} reads {@code data/policy/} strictly (see
 * {@link cn.qingdao.hrss.jiuye.policy.PolicyFileReader}); every problem is a
 * {@link cn.qingdao.hrss.jiuye.policy.PolicyFileException} naming the file and the key. The value used is
 * the one in force on the <em>application date</em>: the latest {@code effectiveFrom ≤ date}; a date before
 * every value gets the earliest value, because rules §6 defines no earlier round. A {@code value: null}
 * ends a parameter; needing it afterwards is a
 * {@link cn.qingdao.hrss.jiuye.policy.ParameterNotInForceException} (a data gap for the operator, not a
 * decision).
 *
 * <h2>Rules</h2>
 * {@link cn.qingdao.hrss.jiuye.policy.StartupRules}, {@link cn.qingdao.hrss.jiuye.policy.EmployerRules} and
 * {@link cn.qingdao.hrss.jiuye.policy.FlexibleRules} are pure: the caller passes the quarter and what it
 * knows of history. {@code decide} is for batch runs (no trace); {@code explain} returns the same decision
 * with a {@link cn.qingdao.hrss.jiuye.policy.RuleCheck} per rule and per month.
 *
 * <p>Choices where rules §5 is silent:
 * <ul>
 * <li>Date arithmetic is {@code LocalDate.plusYears/plusMonths}, clamping to the month's end:
 *     2024-02-29 + 12 months = 2025-02-28; graduated 2020-02-29 + 2 years = 2022-02-28; a contract from
 *     2024-02-29 runs one year when it ends on or after 2025-02-27 (start + 1 year − 1 day).</li>
 * <li>Both ends of the windows are inclusive: registration on 毕业日期 + 2 years, a contract starting on
 *     1 January of the graduation year or on 毕业日期 + 2 years, an application exactly 12 months after
 *     registration all pass (the golden file of 2025Q3 agrees at each of these boundaries).</li>
 * <li>Employer claim window: months {@code [applicationMonth − 12, applicationMonth − 1]}. Flexible graduate
 *     window: {@code [graduationMonth + 1, graduationMonth + 24]}. The flexible subsidy has no lower limit on
 *     how old a claimed month may be (rules §5.3 names none).</li>
 * <li>When eligibility fails, months and history are not evaluated: {@code months} is empty. The start-up
 *     subsidy has no months.</li>
 * <li>Reason codes sort by name (the order of {@code reason_codes} in rules §8).</li>
 * <li>The cap counts every month in {@code monthsAlreadyPaid} (even one dropped again here as already paid)
 *     plus the months of this row kept so far, against the cap of the row's own 人员类别.</li>
 * <li>2/3 is applied as amount × 2 / 3 with one HALF_UP rounding to 0.01, then capped at 500.00.</li>
 * </ul>
 */
package cn.qingdao.hrss.jiuye.policy;
