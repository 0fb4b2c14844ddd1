package cn.qingdao.hrss.jiuye.generate;

import cn.qingdao.hrss.jiuye.domain.EmployerType;
import cn.qingdao.hrss.jiuye.support.text.Text;

import static cn.qingdao.hrss.jiuye.domain.ReasonCode.*;
import static cn.qingdao.hrss.jiuye.generate.Columns.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qingdao.hrss.jiuye.domain.PersonCategory;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Re-decides the planned sample rows with an independent, minimal reading of rules §5 (on the typed
 * plan, not the cells) and checks that each row receives exactly the codes it was designed for:
 * ordinary rows none, deliberate rows theirs. Field-code rows are only checked to hold a fault.
 */
class SampleDesignTest {

    private final Set<String> startupPeople = new HashSet<>();
    private final Set<String> startupBusinesses = new HashSet<>();
    private final Map<String, Set<YearMonth>> employerPaid = new HashMap<>();
    private final Map<String, Set<YearMonth>> flexiblePaid = new HashMap<>();

    @Test
    void everyPlannedRowGetsExactlyItsDesignedCodesUnderRules5() throws IOException {
        List<District> districts = District.load(Path.of("data/reference/districts.csv"));
        List<Submission> all = SampleInbox.plan(districts, new StatisticsPlan(SampleInbox.SEED));
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (Quarter q : List.of(SampleInbox.FIRST, SampleInbox.SECOND)) {
            Set<String> quarterPeople = new HashSet<>();
            Set<String> quarterBusinesses = new HashSet<>();
            for (Subsidy subsidy : Subsidy.values()) {
                for (Submission s : all) {
                    if (!s.quarter().equals(q)) {
                        continue;
                    }
                    List<SampleRow> rows = s.rows().get(subsidy);
                    for (int p = 0; p < rows.size(); p++) {
                        SampleRow row = rows.get(p);
                        if (row.expected().stream().anyMatch(c -> c.kind() == ReasonCode.Kind.FIELD)) {
                            assertThat(row.values().values()).as("a field-code row holds a fault")
                                    .anyMatch(v -> v == null || v instanceof CellValue || v instanceof String);
                            continue;
                        }
                        Set<ReasonCode> got = switch (subsidy) {
                            case STARTUP -> startup(q, row, quarterPeople, quarterBusinesses);
                            case EMPLOYER -> months(q, row, true);
                            case FLEXIBLE -> months(q, row, false);
                        };
                        checked++;
                        if (!got.equals(row.expected())) {
                            mismatches.add(q + " " + s.district().code() + " " + subsidy + " row "
                                    + s.style().layout(subsidy).rowNumber(p) + ": designed " + new TreeSet<>(row.expected())
                                    + ", decided " + new TreeSet<>(got));
                        }
                    }
                }
            }
            startupPeople.addAll(quarterPeople);
            startupBusinesses.addAll(quarterBusinesses);
        }
        assertThat(mismatches).isEmpty();
        assertThat(checked).isGreaterThan(5_000);
    }

    private Set<ReasonCode> startup(Quarter q, SampleRow r, Set<String> people, Set<String> businesses) {
        Set<ReasonCode> codes = new HashSet<>();
        LocalDate applied = (LocalDate) r.get(APPLIED);
        LocalDate registered = (LocalDate) r.get(REGISTERED);
        if (!q.contains(applied)) {
            codes.add(APPLICATION_OUTSIDE_QUARTER);
        }
        if (PersonCategory.GRADUATE.label().equals(r.get(CATEGORY))
                && registered.isAfter(((LocalDate) r.get(GRADUATED)).plusYears(2))) {
            codes.add(GRADUATE_WINDOW_EXPIRED);
        }
        if (Boolean.FALSE.equals(r.get(FIRST_BUSINESS))) {
            codes.add(NOT_FIRST_BUSINESS);
        }
        if (Boolean.FALSE.equals(r.get(OPERATING))) {
            codes.add(NOT_OPERATING);
        }
        if (applied.isBefore(registered.plusMonths(12))) {
            codes.add(OPERATING_LESS_THAN_12_MONTHS);
        }
        if (!codes.isEmpty()) {
            return codes;
        }
        String id = r.get(ID).toString();
        String code = r.get(CREDIT_CODE).toString();
        if (startupPeople.contains(id) || startupBusinesses.contains(code)) {
            codes.add(ALREADY_SUBSIDISED);
        }
        if (people.contains(id) || businesses.contains(code)) {
            codes.add(DUPLICATE_APPLICATION);
        }
        if (codes.isEmpty()) {
            people.add(id);
            businesses.add(code);
        }
        return codes;
    }

    private Set<ReasonCode> months(Quarter q, SampleRow r, boolean employer) {
        Set<ReasonCode> codes = new HashSet<>();
        LocalDate applied = (LocalDate) r.get(APPLIED);
        boolean graduate = PersonCategory.GRADUATE.label().equals(r.get(CATEGORY));
        LocalDate graduated = graduate ? (LocalDate) r.get(GRADUATED) : null;
        YearMonth from = (YearMonth) r.get(FROM_MONTH);
        YearMonth to = (YearMonth) r.get(TO_MONTH);
        BigDecimal amount = amount(r.get(employer ? EMPLOYER_AMOUNT : FLEX_AMOUNT));
        LocalDate start = employer ? (LocalDate) r.get(CONTRACT_START) : null;
        LocalDate end = employer && r.get(CONTRACT_END) instanceof LocalDate d ? d : null;
        if (!q.contains(applied)) {
            codes.add(APPLICATION_OUTSIDE_QUARTER);
        }
        if (employer) {
            if (graduate && EMPLOYER_TYPE_LABEL_OTHER.equals(r.get(EMPLOYER_TYPE))) {
                codes.add(EMPLOYER_TYPE_NOT_ELIGIBLE);
            }
            if (graduate && (start.isBefore(LocalDate.of(graduated.getYear(), 1, 1))
                    || start.isAfter(graduated.plusYears(2)))) {
                codes.add(GRADUATE_WINDOW_EXPIRED);
            }
            if (end != null && end.isBefore(start.plusYears(1).minusDays(1))) {
                codes.add(CONTRACT_TOO_SHORT);
            }
            if (Boolean.FALSE.equals(r.get(EMPLOYMENT_REGISTERED))) {
                codes.add(NO_EMPLOYMENT_REGISTRATION);
            }
        }
        if (amount.signum() == 0) {
            codes.add(NO_SOCIAL_INSURANCE);
        }
        if (from.isAfter(to)) {
            codes.add(INVALID_PERIOD);
        }
        if (!codes.isEmpty()) {
            return codes;
        }
        String id = r.get(ID).toString();
        Set<YearMonth> paid = (employer ? employerPaid : flexiblePaid).computeIfAbsent(id, k -> new HashSet<>());
        int cap = graduate ? (employer ? 12 : 24) : 36;
        YearMonth app = YearMonth.from(applied);
        YearMonth registeredMonth = employer ? null : YearMonth.from((LocalDate) r.get(FLEX_REGISTERED));
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            ReasonCode drop = null;
            if (employer) {
                if (m.isBefore(YearMonth.from(start))) {
                    drop = MONTH_BEFORE_CONTRACT;
                } else if (end != null && m.isAfter(YearMonth.from(end))) {
                    drop = MONTH_AFTER_CONTRACT;
                } else if (m.isBefore(app.minusMonths(12)) || !m.isBefore(app)) {
                    drop = MONTH_OUTSIDE_WINDOW;
                }
            } else {
                YearMonth gm = graduated == null ? null : YearMonth.from(graduated);
                if (m.isBefore(registeredMonth)) {
                    drop = MONTH_BEFORE_REGISTRATION;
                } else if (!m.isBefore(app)) {
                    drop = MONTH_OUTSIDE_WINDOW;
                } else if (graduate && (!m.isAfter(gm) || m.isAfter(gm.plusMonths(24)))) {
                    drop = GRADUATE_WINDOW_EXPIRED;
                }
            }
            if (drop == null && paid.contains(m)) {
                drop = MONTH_ALREADY_PAID;
            }
            if (drop == null && paid.size() >= cap) {
                drop = PERIOD_CAP_REACHED;
            }
            if (drop == null) {
                paid.add(m);
            } else {
                codes.add(drop);
            }
        }
        return codes;
    }

    private static final String EMPLOYER_TYPE_LABEL_OTHER = cn.qingdao.hrss.jiuye.domain.EmployerType.OTHER.label();

    private static BigDecimal amount(Object v) {
        if (v instanceof BigDecimal b) {
            return b;
        }
        return new BigDecimal(((CellValue.Text) v).value().replace("元", "").replace(",", ""));
    }
}
