package cn.qingdao.hrss.jiuye.policy;

import cn.qingdao.hrss.jiuye.domain.EntityType;
import cn.qingdao.hrss.jiuye.domain.PersonCategory;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.domain.StartupApplication;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The one-time start-up subsidy (rules §5.1): eligibility, then once-only history, then the amount by
 * 主体类型. Pure: the caller supplies the history. Parameters are those in force on the application date.
 *
 * <p>Date arithmetic is {@link LocalDate#plusYears}/{@link LocalDate#plusMonths}, which clamps to the end
 * of a shorter month: registered 2024-02-29 + 12 months = 2025-02-28, so an application on 2025-02-28
 * has operated 12 months.
 */
public final class StartupRules {

    private final PolicyParameters parameters;

    public StartupRules(PolicyParameters parameters) {
        this.parameters = parameters;
    }

    /** The decision, without an explanation trace (for batch runs). */
    public RowDecision decide(StartupApplication a, Quarter q, StartupHistory h) {
        return evaluate(a, q, h, Checks.create(false));
    }

    /** The same decision with the trace of every rule (for {@code explain}). */
    public RowDecision explain(StartupApplication a, Quarter q, StartupHistory h) {
        return evaluate(a, q, h, Checks.create(true));
    }

    private RowDecision evaluate(StartupApplication a, Quarter q, StartupHistory h, Checks checks) {
        LocalDate applied = a.applicationDate();
        CommonRules.applicationInQuarter(a, q, checks);
        graduateWindow(a, applied, checks);
        checks.check("§5.1", "first business in Qingdao (是否首次在青创业)", a.firstBusiness(),
                ReasonCode.NOT_FIRST_BUSINESS, () -> "是否首次在青创业 = " + yesNo(a.firstBusiness()));
        checks.check("§5.1", "business operating (是否正常经营)", a.operating(),
                ReasonCode.NOT_OPERATING, () -> "是否正常经营 = " + yesNo(a.operating()));
        operatingLongEnough(a, applied, checks);
        if (checks.anyFailed()) {
            return Decisions.rejected(checks); // rules §5 step 2: history is not evaluated
        }
        history(h, checks);
        if (checks.anyFailed()) {
            return Decisions.rejected(checks);
        }
        ParameterValue<BigDecimal> amount = parameters.at(amountKey(a.entityType()), applied);
        checks.note("§5.1", "amount by 主体类型", true, null,
                () -> a.entityType().label() + " → " + amount.value(), List.of(amount));
        return Decisions.approved(amount.value(), checks);
    }

    /** rules §5.1: a graduate's business registered no later than 毕业日期 + N years. */
    private void graduateWindow(StartupApplication a, LocalDate applied, Checks checks) {
        if (a.category() != PersonCategory.GRADUATE) {
            return;
        }
        ParameterValue<Integer> years = parameters.at(ParameterKey.STARTUP_GRADUATE_WINDOW_YEARS, applied);
        LocalDate last = a.graduationDate().plusYears(years.value());
        checks.check("§5.1", "graduate registered within the window after graduation",
                !a.registrationDate().isAfter(last), ReasonCode.GRADUATE_WINDOW_EXPIRED,
                () -> "registered " + a.registrationDate() + (a.registrationDate().isAfter(last) ? " > " : " ≤ ")
                        + "graduated " + a.graduationDate() + " + " + years.value() + " years = " + last, years);
    }

    /** rules §5.1: 申请日期 ≥ 登记注册日期 + N months. */
    private void operatingLongEnough(StartupApplication a, LocalDate applied, Checks checks) {
        ParameterValue<Integer> months = parameters.at(ParameterKey.STARTUP_OPERATING_MONTHS, applied);
        LocalDate due = a.registrationDate().plusMonths(months.value());
        checks.check("§5.1", "business operated the minimum months", !applied.isBefore(due),
                ReasonCode.OPERATING_LESS_THAN_12_MONTHS,
                () -> "registered " + a.registrationDate() + " + " + months.value() + " months = " + due
                        + (applied.isBefore(due) ? " > " : " ≤ ") + "applied " + applied, months);
    }

    /** rules §5.1, §5 step 4: once per person and once per business ever. */
    private static void history(StartupHistory h, Checks checks) {
        checks.check("§5.1", "not subsidised in an earlier quarter",
                !(h.personSubsidisedBefore() || h.businessSubsidisedBefore()), ReasonCode.ALREADY_SUBSIDISED,
                () -> "person before: " + h.personSubsidisedBefore() + ", business before: " + h.businessSubsidisedBefore());
        checks.check("§5.1", "no approved earlier-ranked row this quarter",
                !(h.personApprovedEarlierThisQuarter() || h.businessApprovedEarlierThisQuarter()),
                ReasonCode.DUPLICATE_APPLICATION,
                () -> "person earlier this quarter: " + h.personApprovedEarlierThisQuarter()
                        + ", business earlier this quarter: " + h.businessApprovedEarlierThisQuarter());
    }

    private static ParameterKey<BigDecimal> amountKey(EntityType type) {
        return switch (type) {
            case SMALL_MICRO -> ParameterKey.STARTUP_AMOUNT_SMALL_MICRO;
            case INDIVIDUAL -> ParameterKey.STARTUP_AMOUNT_INDIVIDUAL;
        };
    }

    private static String yesNo(boolean b) {
        return b ? "是" : "否";
    }
}
