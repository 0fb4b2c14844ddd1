package cn.qingdao.hrss.jiuye.policy;

import cn.qingdao.hrss.jiuye.domain.EmployerApplication;
import cn.qingdao.hrss.jiuye.domain.EmployerType;
import cn.qingdao.hrss.jiuye.domain.PersonCategory;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * The employer social-insurance subsidy for hiring (rules §5.2): eligibility, then each claimed month, then
 * the amount (kept months × 单位月缴社保金额). Pure: the caller supplies the months already kept for the
 * person under this subsidy (earlier quarters and earlier-ranked rows of this quarter). Parameters are
 * those in force on the application date.
 */
public final class EmployerRules {

    private static final String SECTION = "§5.2";

    private final PolicyParameters parameters;

    public EmployerRules(PolicyParameters parameters) {
        this.parameters = parameters;
    }

    /** The decision, without an explanation trace (for batch runs). */
    public RowDecision decide(EmployerApplication a, Quarter q, Set<YearMonth> monthsAlreadyPaid) {
        return evaluate(a, q, monthsAlreadyPaid, Checks.create(false));
    }

    /** The same decision with the trace of every rule and month (for {@code explain}). */
    public RowDecision explain(EmployerApplication a, Quarter q, Set<YearMonth> monthsAlreadyPaid) {
        return evaluate(a, q, monthsAlreadyPaid, Checks.create(true));
    }

    private RowDecision evaluate(EmployerApplication a, Quarter q, Set<YearMonth> paid, Checks checks) {
        LocalDate applied = a.applicationDate();
        CommonRules.applicationInQuarter(a, q, checks);
        graduateRules(a, applied, checks);
        contractLongEnough(a, applied, checks);
        checks.check(SECTION, "employment registered (是否办理就业登记)", a.employmentRegistered(),
                ReasonCode.NO_EMPLOYMENT_REGISTRATION, () -> "是否办理就业登记 = " + (a.employmentRegistered() ? "是" : "否"));
        checks.check(SECTION, "social insurance paid (monthly amount > 0)", a.monthlyAmount().signum() > 0,
                ReasonCode.NO_SOCIAL_INSURANCE, () -> "单位月缴社保金额 = " + a.monthlyAmount());
        checks.check(SECTION, "start month not after end month", !a.startMonth().isAfter(a.endMonth()),
                ReasonCode.INVALID_PERIOD, () -> "补贴起始月 " + a.startMonth() + ", 补贴终止月 " + a.endMonth());
        if (checks.anyFailed()) {
            return Decisions.rejected(checks); // rules §5 step 2: months are not evaluated
        }
        ClaimedMonths months = new ClaimedMonths(SECTION, monthRules(a, applied), paid, cap(a.category(), applied));
        BigDecimal perMonth = a.monthlyAmount().setScale(2, RoundingMode.UNNECESSARY);
        return Decisions.fromMonths(months.decide(a.startMonth(), a.endMonth(), perMonth, checks), checks);
    }

    /**
     * rules §5.2: a graduate only for 小微企业 or 社会组织, and the contract starting between 1 January of the
     * graduation year and 毕业日期 + N years.
     */
    private void graduateRules(EmployerApplication a, LocalDate applied, Checks checks) {
        if (a.category() != PersonCategory.GRADUATE) {
            return;
        }
        checks.check(SECTION, "graduates only for 小微企业 or 社会组织",
                a.employerType() == EmployerType.SMALL_MICRO || a.employerType() == EmployerType.SOCIAL_ORGANISATION,
                ReasonCode.EMPLOYER_TYPE_NOT_ELIGIBLE, () -> "单位类型 = " + a.employerType().label());
        ParameterValue<Integer> years = parameters.at(ParameterKey.EMPLOYER_GRADUATE_WINDOW_YEARS, applied);
        LocalDate first = LocalDate.of(a.graduationDate().getYear(), 1, 1);
        LocalDate last = a.graduationDate().plusYears(years.value());
        LocalDate start = a.contractStart();
        checks.check(SECTION, "contract starts within the graduate window",
                !start.isBefore(first) && !start.isAfter(last), ReasonCode.GRADUATE_WINDOW_EXPIRED,
                () -> "contract start " + start + " in [" + first + ", graduated " + a.graduationDate() + " + "
                        + years.value() + " years = " + last + "]", years);
    }

    /** rules §5.2: a fixed-term contract ends no earlier than start + N years − 1 day. */
    private void contractLongEnough(EmployerApplication a, LocalDate applied, Checks checks) {
        if (a.openEnded()) {
            checks.check(SECTION, "contract runs at least the minimum", true, ReasonCode.CONTRACT_TOO_SHORT,
                    () -> "open-ended contract (无固定期限)");
            return;
        }
        ParameterValue<Integer> years = parameters.at(ParameterKey.EMPLOYER_CONTRACT_MIN_YEARS, applied);
        LocalDate minEnd = a.contractStart().plusYears(years.value()).minusDays(1);
        checks.check(SECTION, "contract runs at least the minimum", !a.contractEnd().isBefore(minEnd),
                ReasonCode.CONTRACT_TOO_SHORT,
                () -> "end " + a.contractEnd() + (a.contractEnd().isBefore(minEnd) ? " < " : " ≥ ") + "start "
                        + a.contractStart() + " + " + years.value() + " year(s) − 1 day = " + minEnd, years);
    }

    /** rules §5.2, in the listed order; already paid and the cap follow in {@link ClaimedMonths}. */
    private List<MonthRule> monthRules(EmployerApplication a, LocalDate applied) {
        YearMonth contractStart = YearMonth.from(a.contractStart());
        YearMonth contractEnd = a.openEnded() ? null : YearMonth.from(a.contractEnd());
        YearMonth appMonth = YearMonth.from(applied);
        ParameterValue<Integer> window = parameters.at(ParameterKey.EMPLOYER_CLAIM_WINDOW_MONTHS, applied);
        YearMonth windowFirst = appMonth.minusMonths(window.value());
        YearMonth windowLast = appMonth.minusMonths(1);
        return List.of(
                new MonthRule("before the contract's start month", ReasonCode.MONTH_BEFORE_CONTRACT,
                        m -> m.isBefore(contractStart), m -> m + " < contract start month " + contractStart, List.of()),
                new MonthRule("after a fixed-term contract's end month", ReasonCode.MONTH_AFTER_CONTRACT,
                        m -> contractEnd != null && m.isAfter(contractEnd),
                        m -> m + " > contract end month " + contractEnd, List.of()),
                new MonthRule("outside the months before the application month", ReasonCode.MONTH_OUTSIDE_WINDOW,
                        m -> m.isBefore(windowFirst) || m.isAfter(windowLast),
                        m -> m + " not in [" + windowFirst + ", " + windowLast + "] = the " + window.value()
                                + " months before application month " + appMonth, List.of(window)));
    }

    /** rules §5.2: the lifetime cap of the row's own 人员类别. */
    private ParameterValue<Integer> cap(PersonCategory category, LocalDate applied) {
        return switch (category) {
            case DIFFICULT -> parameters.at(ParameterKey.EMPLOYER_CAP_MONTHS_DIFFICULT, applied);
            case GRADUATE -> parameters.at(ParameterKey.EMPLOYER_CAP_MONTHS_GRADUATE, applied);
            case MIGRANT_RETURNEE -> throw new IllegalArgumentException(
                    "人员类别 " + category.label() + " is not a choice of the employer sheet (a field check refuses it)");
        };
    }
}
