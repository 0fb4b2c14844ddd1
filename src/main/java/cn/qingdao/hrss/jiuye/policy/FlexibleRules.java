package cn.qingdao.hrss.jiuye.policy;

import cn.qingdao.hrss.jiuye.domain.FlexibleApplication;
import cn.qingdao.hrss.jiuye.domain.PersonCategory;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The flexible-employment social-insurance subsidy (rules §5.3): eligibility, then each claimed month, then
 * per kept month min(月实缴社保金额 × rate rounded half-up to 0.01, monthly maximum). Pure: the caller
 * supplies the months already kept for the person under this subsidy. Parameters are those in force on the
 * application date.
 */
public final class FlexibleRules {

    private static final String SECTION = "§5.3";

    private final PolicyParameters parameters;

    public FlexibleRules(PolicyParameters parameters) {
        this.parameters = parameters;
    }

    /** The decision, without an explanation trace (for batch runs). */
    public RowDecision decide(FlexibleApplication a, Quarter q, Set<YearMonth> monthsAlreadyPaid) {
        return evaluate(a, q, monthsAlreadyPaid, Checks.create(false));
    }

    /** The same decision with the trace of every rule and month (for {@code explain}). */
    public RowDecision explain(FlexibleApplication a, Quarter q, Set<YearMonth> monthsAlreadyPaid) {
        return evaluate(a, q, monthsAlreadyPaid, Checks.create(true));
    }

    private RowDecision evaluate(FlexibleApplication a, Quarter q, Set<YearMonth> paid, Checks checks) {
        LocalDate applied = a.applicationDate();
        checks.check(SECTION, "social insurance paid (monthly amount > 0)", a.monthlyAmount().signum() > 0,
                ReasonCode.NO_SOCIAL_INSURANCE, () -> "月实缴社保金额 = " + a.monthlyAmount());
        checks.check(SECTION, "start month not after end month", !a.startMonth().isAfter(a.endMonth()),
                ReasonCode.INVALID_PERIOD, () -> "补贴起始月 " + a.startMonth() + ", 补贴终止月 " + a.endMonth());
        CommonRules.applicationInQuarter(a, q, checks);
        if (checks.anyFailed()) {
            return Decisions.rejected(checks); // rules §5 step 2: months are not evaluated
        }
        BigDecimal perMonth = perMonth(a.monthlyAmount(), applied, checks);
        ClaimedMonths months = new ClaimedMonths(SECTION, monthRules(a, applied), paid, cap(a.category(), applied));
        return Decisions.fromMonths(months.decide(a.startMonth(), a.endMonth(), perMonth, checks), checks);
    }

    /** rules §5.3: min(monthly × rate, rounded half-up to 0.01, monthly maximum). */
    BigDecimal perMonth(BigDecimal monthly, LocalDate applied, Checks checks) {
        ParameterValue<Fraction> rate = parameters.at(ParameterKey.FLEXIBLE_RATE, applied);
        ParameterValue<BigDecimal> max = parameters.at(ParameterKey.FLEXIBLE_MONTHLY_MAX, applied);
        BigDecimal share = rate.value().applyTo(monthly, 2, RoundingMode.HALF_UP);
        BigDecimal perMonth = share.min(max.value());
        checks.note(SECTION, "amount per kept month", true, null,
                () -> "min(" + monthly + " × " + rate.value() + " = " + share + ", " + max.value() + ") = " + perMonth,
                List.of(rate, max));
        return perMonth;
    }

    /** rules §5.3, in the listed order; already paid and the cap follow in {@link ClaimedMonths}. */
    private List<MonthRule> monthRules(FlexibleApplication a, LocalDate applied) {
        YearMonth registered = YearMonth.from(a.flexibleRegistrationDate());
        YearMonth appMonth = YearMonth.from(applied);
        List<MonthRule> rules = new ArrayList<>(3);
        rules.add(new MonthRule("before the month of 灵活就业登记日期", ReasonCode.MONTH_BEFORE_REGISTRATION,
                m -> m.isBefore(registered), m -> m + " < registration month " + registered, List.of()));
        rules.add(new MonthRule("not before the application month", ReasonCode.MONTH_OUTSIDE_WINDOW,
                m -> !m.isBefore(appMonth), m -> m + " ≥ application month " + appMonth, List.of()));
        if (a.category() == PersonCategory.GRADUATE) {
            ParameterValue<Integer> window = parameters.at(ParameterKey.FLEXIBLE_GRADUATE_WINDOW_MONTHS, applied);
            YearMonth graduated = YearMonth.from(a.graduationDate());
            YearMonth first = graduated.plusMonths(1);
            YearMonth last = graduated.plusMonths(window.value());
            rules.add(new MonthRule("graduate: within the months after the graduation month",
                    ReasonCode.GRADUATE_WINDOW_EXPIRED, m -> m.isBefore(first) || m.isAfter(last),
                    m -> m + " not in [" + first + ", " + last + "] = the " + window.value()
                            + " months after graduation month " + graduated, List.of(window)));
        }
        return rules;
    }

    /** rules §5.3: the lifetime cap of the row's own 人员类别. */
    private ParameterValue<Integer> cap(PersonCategory category, LocalDate applied) {
        return switch (category) {
            case DIFFICULT -> parameters.at(ParameterKey.FLEXIBLE_CAP_MONTHS_DIFFICULT, applied);
            case GRADUATE -> parameters.at(ParameterKey.FLEXIBLE_CAP_MONTHS_GRADUATE, applied);
            case MIGRANT_RETURNEE -> throw new IllegalArgumentException(
                    "人员类别 " + category.label() + " is not a choice of the flexible sheet (a field check refuses it)");
        };
    }
}
