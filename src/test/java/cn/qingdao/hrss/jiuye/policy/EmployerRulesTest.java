package cn.qingdao.hrss.jiuye.policy;

import static cn.qingdao.hrss.jiuye.domain.ReasonCode.APPLICATION_OUTSIDE_QUARTER;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.CONTRACT_TOO_SHORT;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.EMPLOYER_TYPE_NOT_ELIGIBLE;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.GRADUATE_WINDOW_EXPIRED;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.INVALID_PERIOD;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.MONTH_AFTER_CONTRACT;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.MONTH_ALREADY_PAID;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.MONTH_BEFORE_CONTRACT;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.MONTH_OUTSIDE_WINDOW;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.NO_EMPLOYMENT_REGISTRATION;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.NO_SOCIAL_INSURANCE;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.PERIOD_CAP_REACHED;
import static cn.qingdao.hrss.jiuye.policy.Rows.PARAMETERS;
import static cn.qingdao.hrss.jiuye.policy.Rows.Q3;
import static cn.qingdao.hrss.jiuye.policy.Rows.d;
import static cn.qingdao.hrss.jiuye.policy.Rows.money;
import static cn.qingdao.hrss.jiuye.policy.Rows.months;
import static cn.qingdao.hrss.jiuye.policy.Rows.ym;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qingdao.hrss.jiuye.domain.EmployerApplication;
import cn.qingdao.hrss.jiuye.domain.EmployerType;
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
import org.junit.jupiter.params.provider.MethodSource;

class EmployerRulesTest {

    private final EmployerRules rules = new EmployerRules(PARAMETERS);

    @Test
    void approvesEveryMonthInTheWindow() {
        RowDecision r = rules.decide(Rows.hire(), Q3, Set.of());

        assertThat(r.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(r.amount()).hasToString("3000.00");
        assertThat(r.months()).extracting(MonthDecision::month).containsExactly(ym("2025-01"), ym("2025-02"), ym("2025-03"));
        assertThat(r.months()).extracting(m -> m.amount().toPlainString()).containsOnly("1000.00");
        assertThat(r.keptMonths()).isEqualTo(3);
        assertThat(r.reasons()).isEmpty();
    }

    static Stream<Arguments> eligibility() {
        return Stream.of(
                Arguments.of("applied before the quarter", withApplied("2025-06-30"), codes(APPLICATION_OUTSIDE_QUARTER)),
                Arguments.of("applied after the quarter", withApplied("2025-10-01"), codes(APPLICATION_OUTSIDE_QUARTER)),
                // §5.2 graduates: employer type
                Arguments.of("graduate at a small firm", graduate(EmployerType.SMALL_MICRO, "2024-06-30", "2024-09-01"), codes()),
                Arguments.of("graduate at a social organisation",
                        graduate(EmployerType.SOCIAL_ORGANISATION, "2024-06-30", "2024-09-01"), codes()),
                Arguments.of("graduate at another employer", graduate(EmployerType.OTHER, "2024-06-30", "2024-09-01"),
                        codes(EMPLOYER_TYPE_NOT_ELIGIBLE)),
                // §5.2 graduates: contract start in [1 Jan of graduation year, graduated + 2 years]
                Arguments.of("contract starts 1 January of the graduation year",
                        graduate(EmployerType.SMALL_MICRO, "2024-06-30", "2024-01-01"), codes()),
                Arguments.of("contract starts 31 December before the graduation year",
                        graduate(EmployerType.SMALL_MICRO, "2024-06-30", "2023-12-31"), codes(GRADUATE_WINDOW_EXPIRED)),
                Arguments.of("contract starts exactly 2 years after graduation",
                        graduate(EmployerType.SMALL_MICRO, "2023-06-30", "2025-06-30"), codes()),
                Arguments.of("contract starts 2 years and one day after graduation",
                        graduate(EmployerType.SMALL_MICRO, "2023-06-30", "2025-07-01"), codes(GRADUATE_WINDOW_EXPIRED)),
                Arguments.of("graduate at another employer, too late",
                        graduate(EmployerType.OTHER, "2022-06-30", "2025-01-01"),
                        codes(EMPLOYER_TYPE_NOT_ELIGIBLE, GRADUATE_WINDOW_EXPIRED)),
                // §5.2 contract length: end ≥ start + 1 year − 1 day
                Arguments.of("contract of exactly one year", withContract("2024-09-01", "2025-08-31"), codes()),
                Arguments.of("contract one day short of a year", withContract("2024-09-01", "2025-08-30"),
                        codes(CONTRACT_TOO_SHORT)),
                Arguments.of("contract from 29 Feb: one year ends 2025-02-27", withContract("2024-02-29", "2025-02-27"), codes()),
                Arguments.of("contract from 29 Feb: 2025-02-26 is short", withContract("2024-02-29", "2025-02-26"),
                        codes(CONTRACT_TOO_SHORT)),
                Arguments.of("open-ended contract", withContract("2024-09-01", null), codes()),
                // §5.2 registration, insurance, period
                Arguments.of("no employment registration", withRegistered(false), codes(NO_EMPLOYMENT_REGISTRATION)),
                Arguments.of("monthly amount 0", withMonthly("0.00"), codes(NO_SOCIAL_INSURANCE)),
                Arguments.of("monthly amount 0.01", withMonthly("0.01"), codes()),
                Arguments.of("start month after end month", Rows.hireClaiming("2025-03", "2025-02"), codes(INVALID_PERIOD)),
                Arguments.of("single-month claim", Rows.hireClaiming("2025-03", "2025-03"), codes()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eligibility")
    void eachEligibilityRuleGivesItsCode(String name, EmployerApplication a, ReasonCode[] expected) {
        RowDecision r = rules.decide(a, Q3, Set.of());

        assertThat(r.reasons()).containsExactly(expected);
        if (expected.length > 0) {
            assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(r.amount()).hasToString("0.00");
            assertThat(r.months()).as("months are not evaluated").isEmpty();
        } else {
            assertThat(r.outcome()).isEqualTo(Outcome.APPROVED);
        }
    }

    @Test
    void everyFailingEligibilityRuleAddsItsCode() {
        EmployerApplication a = Rows.employer(PersonCategory.GRADUATE, d("2020-06-30"), EmployerType.OTHER,
                d("2025-01-01"), d("2025-06-30"), false, ym("2025-05"), ym("2025-04"), money("0"), d("2025-10-01"));

        assertThat(rules.decide(a, Q3, Set.of()).reasons()).containsExactly(APPLICATION_OUTSIDE_QUARTER,
                CONTRACT_TOO_SHORT, EMPLOYER_TYPE_NOT_ELIGIBLE, GRADUATE_WINDOW_EXPIRED, INVALID_PERIOD,
                NO_EMPLOYMENT_REGISTRATION, NO_SOCIAL_INSURANCE);
    }

    static Stream<Arguments> monthRules() {
        // applied 2025-07-15: the window is 2024-07..2025-06; contract 2024-09-01 (open-ended unless stated)
        return Stream.of(
                Arguments.of("month before the contract start month", Rows.hireClaiming("2024-08", "2024-09"), Set.of(),
                        Arrays.asList(MONTH_BEFORE_CONTRACT, KEPT)),
                Arguments.of("contract start month mid-month is kept", Rows.hireClaiming("2024-09", "2024-09"), Set.of(),
                        Arrays.asList(KEPT)),
                Arguments.of("months inside a fixed-term contract are kept",
                        claimWithContract("2024-09-01", "2025-09-10", "2025-05", "2025-06"), Set.of(), Arrays.asList(KEPT, KEPT)),
                Arguments.of("month after a fixed-term contract's end month (end month itself kept)",
                        claimWithContract("2023-06-01", "2024-08-15", "2024-07", "2024-09"), Set.of(),
                        Arrays.asList(KEPT, KEPT, MONTH_AFTER_CONTRACT)),
                Arguments.of("window: 12 months before the application month",
                        claimWithContract("2024-01-01", null, "2024-06", "2024-07"), Set.of(),
                        Arrays.asList(MONTH_OUTSIDE_WINDOW, KEPT)),
                Arguments.of("window: the month before the application month is the last",
                        Rows.hireClaiming("2025-06", "2025-08"), Set.of(),
                        Arrays.asList(KEPT, MONTH_OUTSIDE_WINDOW, MONTH_OUTSIDE_WINDOW)),
                Arguments.of("month already paid", Rows.hireClaiming("2025-01", "2025-03"), Set.of(ym("2025-02")),
                        Arrays.asList(KEPT, MONTH_ALREADY_PAID, KEPT)),
                Arguments.of("first rule wins: before contract, outside window and already paid",
                        claimWithContract("2024-09-01", null, "2024-05", "2024-09"), months("2024-05", "2024-09"),
                        Arrays.asList(MONTH_BEFORE_CONTRACT, MONTH_BEFORE_CONTRACT, MONTH_BEFORE_CONTRACT,
                                MONTH_BEFORE_CONTRACT, MONTH_ALREADY_PAID)),
                Arguments.of("first rule wins: after contract beats outside window",
                        claimWithContract("2024-01-01", "2024-12-31", "2024-12", "2025-08"), Set.of(),
                        Arrays.asList(KEPT, MONTH_AFTER_CONTRACT, MONTH_AFTER_CONTRACT, MONTH_AFTER_CONTRACT,
                                MONTH_AFTER_CONTRACT, MONTH_AFTER_CONTRACT, MONTH_AFTER_CONTRACT, MONTH_AFTER_CONTRACT,
                                MONTH_AFTER_CONTRACT)));
    }

    /** Marks a kept month in the expectations. */
    private static final ReasonCode KEPT = null;

    @ParameterizedTest(name = "{0}")
    @MethodSource("monthRules")
    void eachMonthGetsTheFirstRuleThatDropsIt(String name, EmployerApplication a, Set<YearMonth> paid,
                                              List<ReasonCode> expected) {
        RowDecision r = rules.decide(a, Q3, paid);

        assertThat(r.months()).extracting(MonthDecision::droppedBy).containsExactlyElementsOf(expected);
        long kept = expected.stream().filter(c -> c == null).count();
        assertThat(r.keptMonths()).isEqualTo(kept);
        assertThat(r.outcome()).isEqualTo(kept == 0 ? Outcome.REJECTED
                : kept == expected.size() ? Outcome.APPROVED : Outcome.PARTIAL);
        assertThat(r.reasons()).containsExactlyInAnyOrderElementsOf(
                expected.stream().filter(c -> c != null).distinct().toList());
        assertThat(r.amount()).isEqualByComparingTo(a.monthlyAmount().multiply(money(Long.toString(kept))));
    }

    static Stream<Arguments> caps() {
        return Stream.of(
                // graduate cap 12: 10 paid in earlier quarters + a claim of 5 → 2 kept, 3 capped
                Arguments.of("graduate: cap reached across quarters", Rows.graduateHireClaiming("2025-01", "2025-05"),
                        months("2024-01", "2024-10"), 2, Arrays.asList(KEPT, KEPT, PERIOD_CAP_REACHED, PERIOD_CAP_REACHED,
                                PERIOD_CAP_REACHED)),
                Arguments.of("graduate: exactly at the cap", Rows.graduateHireClaiming("2025-01", "2025-02"),
                        months("2024-01", "2024-10"), 2, Arrays.asList(KEPT, KEPT)),
                Arguments.of("graduate: cap already reached", Rows.graduateHireClaiming("2025-01", "2025-02"),
                        months("2023-01", "2023-12"), 0, Arrays.asList(PERIOD_CAP_REACHED, PERIOD_CAP_REACHED)),
                Arguments.of("graduate: paid months inside the claim are dropped and counted",
                        Rows.graduateHireClaiming("2024-09", "2025-06"), months("2024-03", "2024-12"), 2,
                        Arrays.asList(MONTH_ALREADY_PAID, MONTH_ALREADY_PAID, MONTH_ALREADY_PAID, MONTH_ALREADY_PAID,
                                KEPT, KEPT, PERIOD_CAP_REACHED, PERIOD_CAP_REACHED, PERIOD_CAP_REACHED,
                                PERIOD_CAP_REACHED)),
                Arguments.of("graduate: dropped months do not count towards the cap",
                        Rows.graduateHireClaiming("2024-06", "2025-06"), months("2023-01", "2023-03"), 9,
                        Arrays.asList(MONTH_BEFORE_CONTRACT, MONTH_BEFORE_CONTRACT, MONTH_BEFORE_CONTRACT,
                                KEPT, KEPT, KEPT, KEPT, KEPT, KEPT, KEPT, KEPT, KEPT, PERIOD_CAP_REACHED)),
                // 就业困难人员 cap 36, whatever category the earlier months were paid under
                Arguments.of("difficult: 33 paid + 5 claimed → 3 kept", Rows.hireClaiming("2025-01", "2025-05"),
                        months("2021-01", "2023-09"), 3, Arrays.asList(KEPT, KEPT, KEPT, PERIOD_CAP_REACHED, PERIOD_CAP_REACHED)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caps")
    void capCountsMonthsAlreadyKeptForThePerson(String name, EmployerApplication a, Set<YearMonth> paid, int kept,
                                                List<ReasonCode> expected) {
        RowDecision r = rules.decide(a, Q3, paid);

        assertThat(r.months()).extracting(MonthDecision::droppedBy).containsExactlyElementsOf(expected);
        assertThat(r.keptMonths()).isEqualTo(kept);
        assertThat(r.amount()).isEqualByComparingTo(money("1000.00").multiply(money(Integer.toString(kept))));
        assertThat(r.amount().scale()).isEqualTo(2);
    }

    @Test
    void capReachedAcrossQuartersIsPartial() {
        RowDecision r = rules.decide(Rows.graduateHireClaiming("2025-01", "2025-05"), Q3, months("2024-01", "2024-10"));

        assertThat(r.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(r.reasons()).containsExactly(PERIOD_CAP_REACHED);
        assertThat(r.amount()).hasToString("2000.00");
        assertThat(r.months()).filteredOn(MonthDecision::isKept).extracting(MonthDecision::month)
                .containsExactly(ym("2025-01"), ym("2025-02"));
    }

    @Test
    void noMonthLeftIsRejectedWithTheDistinctMonthCodes() {
        RowDecision r = rules.decide(claimWithContract("2025-01-01", null, "2024-05", "2024-07"), Q3, Set.of());

        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(r.amount()).hasToString("0.00");
        assertThat(r.reasons()).containsExactly(MONTH_BEFORE_CONTRACT);
        assertThat(r.reasonCodes()).isEqualTo("MONTH_BEFORE_CONTRACT");
    }

    @Test
    void reasonsAreSortedByCodeName() {
        RowDecision r = rules.decide(claimWithContract("2024-09-01", null, "2024-05", "2025-08"), Q3,
                Set.of(ym("2025-01")));

        assertThat(r.reasonCodes()).isEqualTo("MONTH_ALREADY_PAID;MONTH_BEFORE_CONTRACT;MONTH_OUTSIDE_WINDOW");
    }

    @Test
    void explainListsEachMonthWithTheParametersUsed() {
        RowDecision r = rules.explain(Rows.graduateHireClaiming("2025-05", "2025-07"), Q3, months("2024-01", "2024-10"));

        List<RuleCheck> monthLines = r.trace().stream().filter(c -> c.rule().startsWith("month ")).toList();
        assertThat(monthLines).extracting(RuleCheck::rule).containsExactly("month 2025-05", "month 2025-06", "month 2025-07");
        assertThat(monthLines).extracting(RuleCheck::passed).containsExactly(true, true, false);
        assertThat(monthLines.get(2).code()).isEqualTo(MONTH_OUTSIDE_WINDOW);
        assertThat(monthLines.get(2).detail()).contains("2025-07 not in [2024-07, 2025-06]");
        assertThat(monthLines.get(2).parametersUsed()).extracting(ParameterValue::key)
                .containsExactly("employer.claim_window_months");
        assertThat(monthLines.get(1).parametersUsed()).singleElement()
                .satisfies(p -> assertThat(p).hasToString("employer.cap_months.graduate = 12 (from 2025-01-01)"));
    }

    private static ReasonCode[] codes(ReasonCode... codes) {
        return Arrays.copyOf(codes, codes.length);
    }

    private static EmployerApplication withApplied(String applied) {
        EmployerApplication h = Rows.hire();
        return Rows.employer(h.category(), null, h.employerType(), h.contractStart(), null, true, h.startMonth(),
                h.endMonth(), h.monthlyAmount(), d(applied));
    }

    private static EmployerApplication graduate(EmployerType type, String graduated, String contractStart) {
        return Rows.employer(PersonCategory.GRADUATE, d(graduated), type, d(contractStart), null, true, ym("2025-06"),
                ym("2025-06"), money("1000.00"), d("2025-07-15"));
    }

    private static EmployerApplication withContract(String start, String end) {
        return Rows.employer(PersonCategory.DIFFICULT, null, EmployerType.SMALL_MICRO, d(start),
                end == null ? null : d(end), true, ym("2024-09"), ym("2024-09"), money("1000.00"), d("2025-07-15"));
    }

    private static EmployerApplication withRegistered(boolean registered) {
        EmployerApplication h = Rows.hire();
        return Rows.employer(h.category(), null, h.employerType(), h.contractStart(), null, registered, h.startMonth(),
                h.endMonth(), h.monthlyAmount(), h.applicationDate());
    }

    private static EmployerApplication withMonthly(String monthly) {
        EmployerApplication h = Rows.hire();
        return Rows.employer(h.category(), null, h.employerType(), h.contractStart(), null, true, h.startMonth(),
                h.endMonth(), money(monthly), h.applicationDate());
    }

    private static EmployerApplication claimWithContract(String start, String end, String from, String to) {
        return Rows.employer(PersonCategory.DIFFICULT, null, EmployerType.SMALL_MICRO, d(start),
                end == null ? null : d(end), true, ym(from), ym(to), money("1000.00"), d("2025-07-15"));
    }
}
