package cn.qingdao.hrss.jiuye.policy;

import static cn.qingdao.hrss.jiuye.domain.ReasonCode.ALREADY_SUBSIDISED;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.APPLICATION_OUTSIDE_QUARTER;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.DUPLICATE_APPLICATION;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.GRADUATE_WINDOW_EXPIRED;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.NOT_FIRST_BUSINESS;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.NOT_OPERATING;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.OPERATING_LESS_THAN_12_MONTHS;
import static cn.qingdao.hrss.jiuye.policy.Rows.PARAMETERS;
import static cn.qingdao.hrss.jiuye.policy.Rows.Q3;
import static cn.qingdao.hrss.jiuye.policy.Rows.d;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qingdao.hrss.jiuye.domain.EntityType;
import cn.qingdao.hrss.jiuye.policy.Outcome;
import cn.qingdao.hrss.jiuye.domain.PersonCategory;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.domain.StartupApplication;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StartupRulesTest {

    private final StartupRules rules = new StartupRules(PARAMETERS);

    @Test
    void approvesSmallMicroFounderWith12000() {
        RowDecision r = rules.decide(Rows.founder(), Q3, StartupHistory.NONE);

        assertThat(r.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(r.amount()).isEqualByComparingTo("12000.00").hasToString("12000.00");
        assertThat(r.reasons()).isEmpty();
        assertThat(r.months()).isEmpty();
        assertThat(r.keptMonths()).isZero();
    }

    @Test
    void approvesIndividualBusinessFounderWith2000() {
        StartupApplication a = Rows.startup(PersonCategory.MIGRANT_RETURNEE, null, EntityType.INDIVIDUAL,
                d("2024-03-01"), true, true, d("2025-07-15"));

        assertThat(rules.decide(a, Q3, StartupHistory.NONE).amount()).hasToString("2000.00");
    }

    static Stream<Arguments> eligibility() {
        return Stream.of(
                // §5: application date inside the quarter (2025-07-01..2025-09-30)
                Arguments.of("applied first day of quarter", founderApplying("2025-07-01"), null),
                Arguments.of("applied last day of quarter", founderApplying("2025-09-30"), null),
                Arguments.of("applied day before quarter", founderApplying("2025-06-30"), APPLICATION_OUTSIDE_QUARTER),
                Arguments.of("applied day after quarter", founderApplying("2025-10-01"), APPLICATION_OUTSIDE_QUARTER),
                // §5.1: graduate registered ≤ graduated + 2 years
                Arguments.of("registered exactly 2 years after graduation",
                        inQ3(Rows.graduateFounder(d("2022-06-30"), d("2024-06-30"), d("2025-07-15"))), null),
                Arguments.of("registered 2 years and one day after graduation",
                        inQ3(Rows.graduateFounder(d("2022-06-30"), d("2024-07-01"), d("2025-07-15"))), GRADUATE_WINDOW_EXPIRED),
                Arguments.of("graduated 29 Feb: + 2 years = 28 Feb",
                        inQ3(Rows.graduateFounder(d("2020-02-29"), d("2022-02-28"), d("2025-07-15"))), null),
                Arguments.of("graduated 29 Feb: 1 March is past the window",
                        inQ3(Rows.graduateFounder(d("2020-02-29"), d("2022-03-01"), d("2025-07-15"))), GRADUATE_WINDOW_EXPIRED),
                // §5.1: first business, operating
                Arguments.of("not first business", inQ3(Rows.startup(PersonCategory.DIFFICULT, null, EntityType.SMALL_MICRO,
                        d("2024-03-01"), false, true, d("2025-07-15"))), NOT_FIRST_BUSINESS),
                Arguments.of("not operating", inQ3(Rows.startup(PersonCategory.DIFFICULT, null, EntityType.SMALL_MICRO,
                        d("2024-03-01"), true, false, d("2025-07-15"))), NOT_OPERATING),
                // §5.1: applied ≥ registered + 12 months
                Arguments.of("exactly 12 months of business", founderRegisteredApplying("2024-07-15", "2025-07-15"), null),
                Arguments.of("12 months less one day", founderRegisteredApplying("2024-07-16", "2025-07-15"),
                        OPERATING_LESS_THAN_12_MONTHS),
                Arguments.of("registered 29 Feb 2024: + 12 months = 2025-02-28",
                        founderRegisteredApplyingIn("2024-02-29", "2025-02-28", "2025Q1"), null),
                Arguments.of("registered 29 Feb 2024: 2025-02-27 is one day short",
                        founderRegisteredApplyingIn("2024-02-29", "2025-02-27", "2025Q1"), OPERATING_LESS_THAN_12_MONTHS),
                Arguments.of("registered 31 Aug 2024: + 12 months = 2025-08-31",
                        founderRegisteredApplying("2024-08-31", "2025-08-30"), OPERATING_LESS_THAN_12_MONTHS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eligibility")
    void eachEligibilityRuleGivesItsCode(String name, Case c, ReasonCode expected) {
        RowDecision r = rules.decide(c.application(), c.quarter(), StartupHistory.NONE);

        if (expected == null) {
            assertThat(r.outcome()).isEqualTo(Outcome.APPROVED);
            assertThat(r.reasons()).isEmpty();
        } else {
            assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(r.amount()).hasToString("0.00");
            assertThat(r.reasons()).containsExactly(expected);
        }
    }

    @Test
    void everyFailingEligibilityRuleAddsItsCode() {
        StartupApplication a = Rows.startup(PersonCategory.GRADUATE, d("2020-06-30"), EntityType.SMALL_MICRO,
                d("2025-03-01"), false, false, d("2025-10-01"));

        RowDecision r = rules.decide(a, Q3, new StartupHistory(true, true, true, true));

        // history is not evaluated when eligibility fails (rules §5 step 2)
        assertThat(r.reasons()).containsExactly(APPLICATION_OUTSIDE_QUARTER, GRADUATE_WINDOW_EXPIRED,
                NOT_FIRST_BUSINESS, NOT_OPERATING, OPERATING_LESS_THAN_12_MONTHS);
    }

    static Stream<Arguments> history() {
        return Stream.of(
                Arguments.of(new StartupHistory(false, false, false, false), new ReasonCode[] {}),
                Arguments.of(new StartupHistory(true, false, false, false), new ReasonCode[] {ALREADY_SUBSIDISED}),
                Arguments.of(new StartupHistory(false, true, false, false), new ReasonCode[] {ALREADY_SUBSIDISED}),
                Arguments.of(new StartupHistory(false, false, true, false), new ReasonCode[] {DUPLICATE_APPLICATION}),
                Arguments.of(new StartupHistory(false, false, false, true), new ReasonCode[] {DUPLICATE_APPLICATION}),
                Arguments.of(new StartupHistory(true, false, false, true),
                        new ReasonCode[] {ALREADY_SUBSIDISED, DUPLICATE_APPLICATION}),
                Arguments.of(new StartupHistory(true, true, true, true),
                        new ReasonCode[] {ALREADY_SUBSIDISED, DUPLICATE_APPLICATION}));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("history")
    void oncePerPersonAndBusiness(StartupHistory h, ReasonCode[] expected) {
        RowDecision r = rules.decide(Rows.founder(), Q3, h);

        assertThat(r.reasons()).containsExactly(expected);
        assertThat(r.outcome()).isEqualTo(expected.length == 0 ? Outcome.APPROVED : Outcome.REJECTED);
        assertThat(r.amount()).hasToString(expected.length == 0 ? "12000.00" : "0.00");
    }

    @Test
    void explainShowsRulesWithValuesAndParameterDates() {
        StartupApplication a = founderRegisteredApplyingIn("2024-02-29", "2025-03-01", "2025Q1").application();

        RowDecision r = rules.explain(a, Q1, StartupHistory.NONE);

        assertThat(r.trace()).extracting(RuleCheck::section).contains("§5", "§5.1");
        RuleCheck operating = r.trace().stream().filter(c -> c.code() == OPERATING_LESS_THAN_12_MONTHS).findFirst()
                .orElseThrow();
        assertThat(operating.passed()).isTrue();
        assertThat(operating.detail()).isEqualTo("registered 2024-02-29 + 12 months = 2025-02-28 ≤ applied 2025-03-01");
        assertThat(operating.parametersUsed()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("startup.operating_months");
            assertThat(p.value()).isEqualTo(12);
            assertThat(p.effectiveFrom()).isEqualTo(d("2025-01-01"));
            assertThat(p.reference()).contains("青岛日报");
        });
        assertThat(r.trace().get(r.trace().size() - 1).detail()).isEqualTo("小微企业 → 12000.00");
        assertThat(rules.decide(a, Q1, StartupHistory.NONE).trace()).isEmpty();
    }

    record Case(StartupApplication application, Quarter quarter) {
        @Override
        public String toString() {
            return application.registrationDate() + " → " + application.applicationDate();
        }
    }

    private static final Quarter Q1 = Quarter.parse("2025Q1");

    private static Case inQ3(StartupApplication a) {
        return new Case(a, Q3);
    }

    private static Case founderApplying(String applied) {
        return founderRegisteredApplying("2024-03-01", applied);
    }

    private static Case founderRegisteredApplying(String registered, String applied) {
        return founderRegisteredApplyingIn(registered, applied, "2025Q3");
    }

    private static Case founderRegisteredApplyingIn(String registered, String applied, String quarter) {
        return new Case(Rows.startup(PersonCategory.DIFFICULT, null, EntityType.SMALL_MICRO, d(registered), true, true,
                d(applied)), Quarter.parse(quarter));
    }
}
