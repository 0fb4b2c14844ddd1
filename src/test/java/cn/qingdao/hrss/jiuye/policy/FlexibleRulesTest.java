package cn.qingdao.hrss.jiuye.policy;

import static cn.qingdao.hrss.jiuye.domain.ReasonCode.APPLICATION_OUTSIDE_QUARTER;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.GRADUATE_WINDOW_EXPIRED;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.INVALID_PERIOD;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.MONTH_ALREADY_PAID;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.MONTH_BEFORE_REGISTRATION;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.MONTH_OUTSIDE_WINDOW;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.NO_SOCIAL_INSURANCE;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.PERIOD_CAP_REACHED;
import static cn.qingdao.hrss.jiuye.policy.Rows.PARAMETERS;
import static cn.qingdao.hrss.jiuye.policy.Rows.Q3;
import static cn.qingdao.hrss.jiuye.policy.Rows.d;
import static cn.qingdao.hrss.jiuye.policy.Rows.money;
import static cn.qingdao.hrss.jiuye.policy.Rows.months;
import static cn.qingdao.hrss.jiuye.policy.Rows.ym;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qingdao.hrss.jiuye.domain.FlexibleApplication;
import cn.qingdao.hrss.jiuye.policy.Outcome;
import cn.qingdao.hrss.jiuye.domain.PersonCategory;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FlexibleRulesTest {

    /** Marks a kept month in the expectations. */
    private static final ReasonCode KEPT = null;

    private final FlexibleRules rules = new FlexibleRules(PARAMETERS);

    @Test
    void approvesTwoThirdsOfEveryMonth() {
        RowDecision r = rules.decide(Rows.freelancer(), Q3, Set.of());

        assertThat(r.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(r.keptMonths()).isEqualTo(6);
        assertThat(r.amount()).hasToString("2400.00");
        assertThat(r.months()).extracting(m -> m.amount().toPlainString()).containsOnly("400.00");
    }

    @ParameterizedTest(name = "{0} × 2/3 → {1}")
    @CsvSource({
        "100.01, 66.67", "100.00, 66.67", "0.01, 0.01", "0.02, 0.01", "0.03, 0.02", "1.00, 0.67",
        "474.97, 316.65", "100.02, 66.68",
        "750.00, 500.00", "750.02, 500.00", "749.99, 499.99", "749.98, 499.99", "1500.00, 500.00", "99999.99, 500.00"})
    void perMonthIsTwoThirdsRoundedHalfUpCappedAt500(String monthly, String expected) {
        FlexibleApplication a = Rows.flexible(PersonCategory.DIFFICULT, null, d("2025-01-10"), ym("2025-03"),
                ym("2025-05"), money(monthly), d("2025-07-15"));

        RowDecision r = rules.decide(a, Q3, Set.of());

        assertThat(r.months()).extracting(m -> m.amount().toPlainString()).containsOnly(expected);
        assertThat(r.amount()).isEqualByComparingTo(money(expected).multiply(money("3")));
        assertThat(r.amount().scale()).isEqualTo(2);
    }

    static Stream<Arguments> eligibility() {
        return Stream.of(
                Arguments.of("monthly amount 0", withMonthly("0"), codes(NO_SOCIAL_INSURANCE)),
                Arguments.of("start month after end month", Rows.freelancerClaiming("2025-03", "2025-02"),
                        codes(INVALID_PERIOD)),
                Arguments.of("applied before the quarter", withApplied("2025-06-30"), codes(APPLICATION_OUTSIDE_QUARTER)),
                Arguments.of("applied after the quarter", withApplied("2025-10-01"), codes(APPLICATION_OUTSIDE_QUARTER)),
                Arguments.of("all three", Rows.flexible(PersonCategory.DIFFICULT, null, d("2025-01-10"), ym("2025-03"),
                        ym("2025-02"), money("0.00"), d("2025-10-01")),
                        codes(APPLICATION_OUTSIDE_QUARTER, INVALID_PERIOD, NO_SOCIAL_INSURANCE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eligibility")
    void eachEligibilityRuleGivesItsCode(String name, FlexibleApplication a, ReasonCode[] expected) {
        RowDecision r = rules.decide(a, Q3, Set.of());

        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(r.amount()).hasToString("0.00");
        assertThat(r.reasons()).containsExactly(expected);
        assertThat(r.months()).isEmpty();
    }

    static Stream<Arguments> monthRules() {
        return Stream.of(
                // registered 2025-01-10: January counts, December does not
                Arguments.of("month before the registration month", Rows.flexible(PersonCategory.DIFFICULT, null,
                        d("2025-01-10"), ym("2024-12"), ym("2025-01"), money("600.00"), d("2025-07-15")), Set.of(),
                        Arrays.asList(MONTH_BEFORE_REGISTRATION, KEPT)),
                // applied 2025-07-15: June is kept, July (the application month) and later are not
                Arguments.of("not before the application month", Rows.freelancerClaiming("2025-06", "2025-08"), Set.of(),
                        Arrays.asList(KEPT, MONTH_OUTSIDE_WINDOW, MONTH_OUTSIDE_WINDOW)),
                Arguments.of("no lower limit on old months", Rows.freelancerClaiming("2024-01", "2024-02"), Set.of(),
                        Arrays.asList(KEPT, KEPT)),
                // graduated 2023-07: 2023-08..2025-07 can be kept (applied 2025-09-15)
                Arguments.of("graduate: the graduation month itself is outside",
                        Rows.graduateFreelancerClaiming("2023-07", "2023-08"), Set.of(),
                        Arrays.asList(GRADUATE_WINDOW_EXPIRED, KEPT)),
                Arguments.of("graduate: 24 months after the graduation month",
                        Rows.graduateFreelancerClaiming("2025-07", "2025-08"), Set.of(),
                        Arrays.asList(KEPT, GRADUATE_WINDOW_EXPIRED)),
                Arguments.of("month already paid", Rows.freelancerClaiming("2025-01", "2025-03"), Set.of(ym("2025-02")),
                        Arrays.asList(KEPT, MONTH_ALREADY_PAID, KEPT)),
                Arguments.of("first rule wins: before registration beats outside window",
                        Rows.flexible(PersonCategory.DIFFICULT, null, d("2025-09-01"), ym("2025-08"), ym("2025-09"),
                                money("600.00"), d("2025-07-15")), Set.of(ym("2025-08")),
                        Arrays.asList(MONTH_BEFORE_REGISTRATION, MONTH_OUTSIDE_WINDOW)),
                Arguments.of("first rule wins: outside window beats graduate window and already paid",
                        Rows.graduateFreelancerClaiming("2025-08", "2025-09"), Set.of(ym("2025-08"), ym("2025-09")),
                        Arrays.asList(GRADUATE_WINDOW_EXPIRED, MONTH_OUTSIDE_WINDOW)),
                Arguments.of("first rule wins: graduate window beats already paid",
                        Rows.graduateFreelancerClaiming("2023-07", "2023-08"), Set.of(ym("2023-07"), ym("2023-08")),
                        Arrays.asList(GRADUATE_WINDOW_EXPIRED, MONTH_ALREADY_PAID)),
                // caps: graduate 24, 就业困难人员 36
                Arguments.of("graduate: 22 paid + 4 claimed → 2 kept", Rows.graduateFreelancerClaiming("2025-03", "2025-06"),
                        months("2021-01", "2022-10"), // 22 months, under whatever category
                        Arrays.asList(KEPT, KEPT, PERIOD_CAP_REACHED, PERIOD_CAP_REACHED)),
                Arguments.of("difficult: 35 paid + 2 claimed → 1 kept", Rows.freelancerClaiming("2025-05", "2025-06"),
                        months("2021-01", "2023-11"), Arrays.asList(KEPT, PERIOD_CAP_REACHED)),
                Arguments.of("difficult: 36 paid → nothing left", Rows.freelancerClaiming("2025-05", "2025-06"),
                        months("2021-01", "2023-12"), Arrays.asList(PERIOD_CAP_REACHED, PERIOD_CAP_REACHED)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("monthRules")
    void eachMonthGetsTheFirstRuleThatDropsIt(String name, FlexibleApplication a, Set<YearMonth> paid,
                                              List<ReasonCode> expected) {
        RowDecision r = rules.decide(a, Q3, paid);

        assertThat(r.months()).extracting(MonthDecision::droppedBy).containsExactlyElementsOf(expected);
        long kept = expected.stream().filter(c -> c == null).count();
        assertThat(r.outcome()).isEqualTo(kept == 0 ? Outcome.REJECTED
                : kept == expected.size() ? Outcome.APPROVED : Outcome.PARTIAL);
        assertThat(r.reasons()).containsExactlyInAnyOrderElementsOf(
                expected.stream().filter(c -> c != null).distinct().toList());
        assertThat(r.amount()).isEqualByComparingTo(money("400.00").multiply(money(Long.toString(kept))));
    }

    @Test
    void explainShowsTheAmountComputationWithRateAndMaximum() {
        FlexibleApplication a = Rows.flexible(PersonCategory.DIFFICULT, null, d("2025-01-10"), ym("2025-03"),
                ym("2025-03"), money("750.02"), d("2025-07-15"));

        RowDecision r = rules.explain(a, Q3, Set.of());

        RuleCheck amount = r.trace().stream().filter(c -> c.rule().equals("amount per kept month")).findFirst()
                .orElseThrow();
        assertThat(amount.detail()).isEqualTo("min(750.02 × 2/3 = 500.01, 500.00) = 500.00");
        assertThat(amount.parametersUsed()).extracting(ParameterValue::toString)
                .containsExactly("flexible.rate = 2/3 (from 2025-01-01)", "flexible.monthly_max = 500.00 (from 2025-01-01)");
    }

    private static ReasonCode[] codes(ReasonCode... codes) {
        return codes;
    }

    private static FlexibleApplication withMonthly(String monthly) {
        FlexibleApplication f = Rows.freelancer();
        return Rows.flexible(f.category(), null, f.flexibleRegistrationDate(), f.startMonth(), f.endMonth(),
                money(monthly), f.applicationDate());
    }

    private static FlexibleApplication withApplied(String applied) {
        FlexibleApplication f = Rows.freelancer();
        return Rows.flexible(f.category(), null, f.flexibleRegistrationDate(), f.startMonth(), f.endMonth(),
                f.monthlyAmount(), d(applied));
    }
}
