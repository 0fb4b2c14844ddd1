package cn.qingdao.hrss.jiuye.generate;

import static cn.qingdao.hrss.jiuye.domain.ReasonCode.APPLICATION_OUTSIDE_QUARTER;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.CONTRACT_TOO_SHORT;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.EMPLOYER_TYPE_NOT_ELIGIBLE;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.GRADUATE_WINDOW_EXPIRED;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.ID_STORED_AS_NUMBER;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.INVALID_AMOUNT;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.INVALID_CHOICE;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.INVALID_CREDIT_CODE;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.INVALID_DATE;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.INVALID_ID_NUMBER;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.INVALID_MONTH;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.INVALID_PERIOD;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.MISSING_VALUE;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.MONTH_AFTER_CONTRACT;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.MONTH_ALREADY_PAID;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.MONTH_BEFORE_CONTRACT;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.MONTH_OUTSIDE_WINDOW;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.NO_EMPLOYMENT_REGISTRATION;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.NO_SOCIAL_INSURANCE;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.PERIOD_CAP_REACHED;
import static cn.qingdao.hrss.jiuye.generate.Columns.APPLIED;
import static cn.qingdao.hrss.jiuye.generate.Columns.CATEGORY;
import static cn.qingdao.hrss.jiuye.generate.Columns.CONTRACT_END;
import static cn.qingdao.hrss.jiuye.generate.Columns.CONTRACT_START;
import static cn.qingdao.hrss.jiuye.generate.Columns.CREDIT_CODE;
import static cn.qingdao.hrss.jiuye.generate.Columns.EMPLOYER_AMOUNT;
import static cn.qingdao.hrss.jiuye.generate.Columns.EMPLOYER_NAME;
import static cn.qingdao.hrss.jiuye.generate.Columns.EMPLOYER_TYPE;
import static cn.qingdao.hrss.jiuye.generate.Columns.EMPLOYMENT_REGISTERED;
import static cn.qingdao.hrss.jiuye.generate.Columns.FROM_MONTH;
import static cn.qingdao.hrss.jiuye.generate.Columns.GRADUATED;
import static cn.qingdao.hrss.jiuye.generate.Columns.ID;
import static cn.qingdao.hrss.jiuye.generate.Columns.TO_MONTH;
import static cn.qingdao.hrss.jiuye.generate.Columns.WORKER_NAME;

import cn.qingdao.hrss.jiuye.domain.EmployerType;
import cn.qingdao.hrss.jiuye.domain.PersonCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans the 吸纳就业社保补贴 rows of one district (rules §3.3, §5.2). Ordinary rows claim months
 * inside the 12 months before the application month and after the contract start, so they are
 * approved in full; deliberate rows exercise each field, eligibility and month code.
 */
final class EmployerRows {

    private static final String OPEN_ENDED = "无固定期限";

    private final PlanContext ctx;
    private final RowList rows;
    private final Map<EmployerType, List<Business>> employers = new EnumMap<>(EmployerType.class);
    /** The employer of the row planned last: offices list an employer's workers together. */
    private Business previous;
    private EmployerType previousType;

    EmployerRows(PlanContext ctx) {
        this.ctx = ctx;
        this.rows = new RowList(ctx.rnd);
    }

    List<SampleRow> plan(int ordinary) {
        for (int i = 0; i < ordinary; i++) {
            rows.add(approvable());
        }
        fieldErrors();
        eligibility();
        months();
        if (ctx.secondQuarter) {
            history();
        } else {
            seeds();
        }
        return rows.rows();
    }

    /** The values of one row. */
    private SampleRow row(Person p, PersonCategory cat, LocalDate graduated, EmployerType type, Business employer,
                          LocalDate start, Object end, YearMonth from, YearMonth to, LocalDate applied) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put(EMPLOYER_NAME, employer.name());
        v.put(CREDIT_CODE, employer.creditCode());
        v.put(EMPLOYER_TYPE, type.label());
        v.put(WORKER_NAME, p.name());
        v.put(ID, p.id());
        v.put(CATEGORY, cat.label());
        v.put(GRADUATED, graduated);
        v.put(CONTRACT_START, start);
        v.put(CONTRACT_END, end);
        v.put(EMPLOYMENT_REGISTERED, true);
        v.put(FROM_MONTH, from);
        v.put(TO_MONTH, to);
        v.put(EMPLOYER_AMOUNT, ctx.amount(980, 1650));
        v.put(APPLIED, applied);
        return SampleRow.of(v);
    }

    private Business employer(EmployerType type) {
        List<Business> list = employers.computeIfAbsent(type, t -> new ArrayList<>());
        if (list.isEmpty() || ctx.percent(35)) {
            list.add(ctx.businesses.employer(type));
        }
        return ctx.pick(list);
    }

    private Object openOrFixed(LocalDate start) {
        int roll = ctx.rnd.nextInt(100);
        return roll < 35 ? OPEN_ENDED : roll < 45 ? null : start.plusYears(3).minusDays(1);
    }

    private SampleRow approvable() {
        return approvable(ctx.percent(45) ? PersonCategory.GRADUATE : PersonCategory.DIFFICULT);
    }

    private SampleRow approvable(PersonCategory cat) {
        Person p = ctx.people.next(cat);
        LocalDate applied = ctx.dayInQuarter();
        YearMonth appMonth = YearMonth.from(applied);
        LocalDate graduated = null;
        LocalDate start;
        EmployerType type;
        if (cat == PersonCategory.GRADUATE) {
            graduated = LocalDate.of(ctx.percent(50) ? 2023 : 2024, 6, 30);
            start = ctx.between(graduated.plusDays(1), appMonth.minusMonths(2).atDay(1));
            type = ctx.percent(78) ? EmployerType.SMALL_MICRO : EmployerType.SOCIAL_ORGANISATION;
        } else {
            start = ctx.between(appMonth.minusMonths(30).atDay(1), appMonth.minusMonths(2).atDay(1));
            int roll = ctx.rnd.nextInt(100);
            type = roll < 60 ? EmployerType.SMALL_MICRO : roll < 72 ? EmployerType.SOCIAL_ORGANISATION : EmployerType.OTHER;
        }
        Business employer = employer(type);
        if (previous != null && ctx.percent(35) && (cat != PersonCategory.GRADUATE || previousType != EmployerType.OTHER)) {
            employer = previous;
            type = previousType;
        }
        previous = employer;
        previousType = type;
        YearMonth startMonth = YearMonth.from(start);
        YearMonth to = appMonth.minusMonths(ctx.percent(75) ? 1 : 2);
        YearMonth from = later(startMonth, appMonth.minusMonths(11)).plusMonths(ctx.between(0, 2));
        if (from.isAfter(to)) {
            from = to;
        }
        return row(p, cat, graduated, type, employer, start, openOrFixed(start), from, to, applied);
    }

    private static YearMonth later(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }

    private SampleRow base() {
        return approvable(PersonCategory.DIFFICULT);
    }

    private void fieldErrors() {
        if (ctx.carries(0)) {
            rows.insert(base().with(ctx.pick(List.of(EMPLOYER_AMOUNT, EMPLOYMENT_REGISTERED, TO_MONTH, WORKER_NAME)),
                    null, MISSING_VALUE));
            rows.insert(approvable(PersonCategory.GRADUATE).with(GRADUATED, null, MISSING_VALUE));
        }
        if (ctx.carries(1)) {
            SampleRow r = approvable();
            rows.insert(r.with(ID, Invalid.idNumber(ctx.rnd, r.get(ID).toString()), INVALID_ID_NUMBER));
        }
        if (ctx.carries(2)) {
            SampleRow r = approvable();
            rows.insert(r.with(ID, Invalid.idAsNumber(r.get(ID).toString()), ID_STORED_AS_NUMBER));
            SampleRow s = base();
            rows.insert(s.with(ID, Invalid.idAsNumber(s.get(ID).toString()), ID_STORED_AS_NUMBER));
        }
        if (ctx.carries(3)) {
            SampleRow r = approvable();
            rows.insert(r.with(CREDIT_CODE, Invalid.creditCode(ctx.rnd, r.get(CREDIT_CODE).toString()),
                    INVALID_CREDIT_CODE));
        }
        if (ctx.carries(4)) {
            rows.insert(base().with(ctx.percent(50) ? CONTRACT_START : APPLIED, Invalid.date(ctx.rnd), INVALID_DATE));
        }
        if (ctx.carries(5)) {
            rows.insert(base().with(ctx.percent(50) ? FROM_MONTH : TO_MONTH, Invalid.month(ctx.rnd), INVALID_MONTH));
        }
        if (ctx.carries(6)) {
            rows.insert(base().with(EMPLOYER_AMOUNT, Invalid.amount(ctx.rnd), INVALID_AMOUNT));
        }
        if (ctx.carries(7)) {
            SampleRow r = base();
            rows.insert(ctx.percent(50) ? r.with(EMPLOYER_TYPE, "事业单位", INVALID_CHOICE)
                    : r.with(CATEGORY, "返乡入乡农民工", INVALID_CHOICE));
        }
    }

    private void eligibility() {
        if (ctx.carries(8)) {
            rows.insert(base().with(APPLIED, Invalid.outside(ctx.rnd, ctx.quarter.firstDay(), ctx.quarter.lastDay()),
                    APPLICATION_OUTSIDE_QUARTER));
        }
        if (ctx.carries(9)) {
            // graduated 2021: a contract signed in the last 30 months starts after 毕业日期 + 2 years
            rows.insert(approvable(PersonCategory.GRADUATE).with(GRADUATED, LocalDate.of(2021, 6, 30),
                    GRADUATE_WINDOW_EXPIRED));
        }
        if (ctx.carries(10)) {
            rows.insert(approvable(PersonCategory.GRADUATE).with(EMPLOYER_TYPE, EmployerType.OTHER.label(),
                    EMPLOYER_TYPE_NOT_ELIGIBLE));
        }
        if (ctx.carries(11)) {
            SampleRow r = base();
            LocalDate start = (LocalDate) r.get(CONTRACT_START);
            rows.insert(r.with(CONTRACT_END, start.plusMonths(ctx.between(3, 11)).minusDays(1), CONTRACT_TOO_SHORT));
        }
        if (ctx.carries(12)) {
            rows.insert(base().with(EMPLOYMENT_REGISTERED, false, NO_EMPLOYMENT_REGISTRATION));
        }
        if (ctx.carries(13)) {
            rows.insert(base().with(EMPLOYER_AMOUNT, BigDecimal.ZERO.setScale(2), NO_SOCIAL_INSURANCE));
        }
        if (ctx.carries(14)) {
            SampleRow r = base();
            YearMonth to = (YearMonth) r.get(TO_MONTH);
            Map<String, Object> v = new LinkedHashMap<>(r.values());
            v.put(FROM_MONTH, to);
            v.put(TO_MONTH, to.minusMonths(ctx.between(2, 5)));
            rows.insert(SampleRow.of(v, INVALID_PERIOD));
        }
    }

    /** A 就业困难人员 row with the given contract and months, applied on a day of the given month. */
    private SampleRow difficult(Person p, Business employer, LocalDate start, Object end, YearMonth from,
                                YearMonth to, LocalDate applied) {
        return row(p, PersonCategory.DIFFICULT, null, EmployerType.SMALL_MICRO, employer, start, end, from, to, applied);
    }

    private void months() {
        if (ctx.carries(15)) {
            LocalDate applied = ctx.dayInQuarter();
            YearMonth app = YearMonth.from(applied);
            LocalDate start = app.minusMonths(6).atDay(ctx.between(2, 25));
            rows.insert(SampleRow.of(difficult(ctx.people.next(PersonCategory.DIFFICULT), employer(EmployerType.SMALL_MICRO),
                    start, OPEN_ENDED, app.minusMonths(9), app.minusMonths(1), applied).values(), MONTH_BEFORE_CONTRACT));
        }
        if (ctx.carries(16)) {
            LocalDate applied = ctx.dayInQuarter();
            YearMonth app = YearMonth.from(applied);
            LocalDate start = app.minusMonths(16).atDay(1);
            rows.insert(SampleRow.of(difficult(ctx.people.next(PersonCategory.DIFFICULT), employer(EmployerType.SMALL_MICRO),
                    start, start.plusMonths(14).minusDays(1), app.minusMonths(10), app.minusMonths(1), applied).values(),
                    MONTH_AFTER_CONTRACT));
        }
        if (ctx.carries(17)) {
            LocalDate applied = ctx.dayInQuarter();
            YearMonth app = YearMonth.from(applied);
            LocalDate start = app.minusMonths(20).atDay(ctx.between(1, 20));
            rows.insert(SampleRow.of(difficult(ctx.people.next(PersonCategory.DIFFICULT), employer(EmployerType.SMALL_MICRO),
                    start, OPEN_ENDED, app.minusMonths(15), app.minusMonths(3), applied).values(), MONTH_OUTSIDE_WINDOW));
        }
        if (ctx.carries(18)) {
            // the same worker claimed twice: the second row repeats two months of the first
            LocalDate applied = ctx.dayInQuarter();
            YearMonth app = YearMonth.from(applied);
            Person p = ctx.people.next(PersonCategory.DIFFICULT);
            Business e = employer(EmployerType.SMALL_MICRO);
            LocalDate start = app.minusMonths(14).atDay(ctx.between(1, 20));
            SampleRow first = difficult(p, e, start, OPEN_ENDED, app.minusMonths(9), app.minusMonths(4), applied);
            rows.insertEarly(first);
            rows.insertAfter(first, SampleRow.of(difficult(p, e, start, OPEN_ENDED, app.minusMonths(5),
                    app.minusMonths(1), applied).values(), MONTH_ALREADY_PAID));
        }
        if (ctx.carries(19) && !ctx.secondQuarter) {
            // a graduate: 12 months in January use the whole cap, a March claim gets nothing more
            Person p = ctx.people.next(PersonCategory.GRADUATE);
            Business e = employer(EmployerType.SMALL_MICRO);
            LocalDate graduated = LocalDate.of(2023, 6, 30);
            LocalDate start = LocalDate.of(2024, 1, ctx.between(2, 15));
            int year = ctx.quarter.year();
            SampleRow first = row(p, PersonCategory.GRADUATE, graduated, EmployerType.SMALL_MICRO, e, start, OPEN_ENDED,
                    YearMonth.of(year - 1, 1), YearMonth.of(year - 1, 12), LocalDate.of(year, 1, ctx.between(5, 25)));
            rows.insertEarly(first);
            rows.insertAfter(first, SampleRow.of(row(p, PersonCategory.GRADUATE, graduated, EmployerType.SMALL_MICRO, e,
                    start, OPEN_ENDED, YearMonth.of(year, 1), YearMonth.of(year, 2),
                    LocalDate.of(year, 3, ctx.between(5, 25))).values(), PERIOD_CAP_REACHED));
        }
    }

    /** First quarter: approvable rows the second quarter comes back to. */
    private void seeds() {
        int year = ctx.quarter.year();
        for (int i = 0; i < 2; i++) {
            Person p = ctx.people.next(PersonCategory.DIFFICULT);
            Business e = employer(EmployerType.SMALL_MICRO);
            LocalDate start = LocalDate.of(year - 1, ctx.between(1, 4), ctx.between(1, 25));
            YearMonth from = YearMonth.of(year - 1, 6);
            YearMonth to = YearMonth.of(year - 1, 12);
            rows.insert(difficult(p, e, start, OPEN_ENDED, from, to, ctx.dayInQuarter()));
            ctx.ledger.employerPaid.add(new Ledger.Claim(p, e, start, null, from, to));
        }
        Person g = ctx.people.next(PersonCategory.GRADUATE);
        Business e = employer(EmployerType.SMALL_MICRO);
        LocalDate start = LocalDate.of(year - 1, 2, ctx.between(1, 20));
        YearMonth from = YearMonth.of(year - 1, 2);
        YearMonth to = YearMonth.of(year - 1, 12);
        rows.insert(row(g, PersonCategory.GRADUATE, LocalDate.of(2023, 6, 30), EmployerType.SMALL_MICRO, e, start,
                OPEN_ENDED, from, to, LocalDate.of(year, 1, ctx.between(3, 28))));
        ctx.ledger.employerGraduateCap.add(new Ledger.Claim(g, e, start, null, from, to));
    }

    /** Second quarter: months kept in the first quarter are claimed again, graduates pass the 12-month cap. */
    private void history() {
        for (Ledger.Claim c : ctx.ledger.employerPaid) {
            LocalDate applied = ctx.dayIn(YearMonth.of(ctx.quarter.year(), ctx.between(4, 5)));
            YearMonth app = YearMonth.from(applied);
            rows.insert(SampleRow.of(difficult(c.person(), c.employer(), c.contractStart(), OPEN_ENDED,
                    c.to().minusMonths(1), app.minusMonths(1), applied).values(), MONTH_ALREADY_PAID));
        }
        for (Ledger.Claim c : ctx.ledger.employerGraduateCap) {
            LocalDate applied = ctx.dayIn(YearMonth.of(ctx.quarter.year(), 5));
            rows.insert(SampleRow.of(row(c.person(), PersonCategory.GRADUATE, LocalDate.of(2023, 6, 30),
                    EmployerType.SMALL_MICRO, c.employer(), c.contractStart(), OPEN_ENDED,
                    YearMonth.of(ctx.quarter.year(), 1), YearMonth.of(ctx.quarter.year(), 4), applied).values(),
                    PERIOD_CAP_REACHED));
        }
    }
}
