package cn.qingdao.hrss.jiuye.generate;

import static cn.qingdao.hrss.jiuye.domain.ReasonCode.APPLICATION_OUTSIDE_QUARTER;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.GRADUATE_WINDOW_EXPIRED;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.ID_STORED_AS_NUMBER;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.INVALID_AMOUNT;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.INVALID_CHOICE;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.INVALID_DATE;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.INVALID_ID_NUMBER;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.INVALID_MONTH;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.INVALID_PERIOD;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.MISSING_VALUE;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.MONTH_ALREADY_PAID;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.MONTH_BEFORE_REGISTRATION;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.MONTH_OUTSIDE_WINDOW;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.NO_SOCIAL_INSURANCE;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.PERIOD_CAP_REACHED;
import static cn.qingdao.hrss.jiuye.generate.Columns.APPLIED;
import static cn.qingdao.hrss.jiuye.generate.Columns.CATEGORY;
import static cn.qingdao.hrss.jiuye.generate.Columns.FLEX_AMOUNT;
import static cn.qingdao.hrss.jiuye.generate.Columns.FLEX_REGISTERED;
import static cn.qingdao.hrss.jiuye.generate.Columns.FROM_MONTH;
import static cn.qingdao.hrss.jiuye.generate.Columns.GRADUATED;
import static cn.qingdao.hrss.jiuye.generate.Columns.ID;
import static cn.qingdao.hrss.jiuye.generate.Columns.NAME;
import static cn.qingdao.hrss.jiuye.generate.Columns.TO_MONTH;

import cn.qingdao.hrss.jiuye.domain.PersonCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans the 灵活就业社保补贴 rows of one district (rules §3.4, §5.3). Ordinary rows claim months
 * after the registration month and before the application month (graduates inside the 24 months
 * after graduation), so they are approved in full; deliberate rows exercise each code.
 */
final class FlexibleRows {

    private final PlanContext ctx;
    private final RowList rows;

    FlexibleRows(PlanContext ctx) {
        this.ctx = ctx;
        this.rows = new RowList(ctx.rnd);
    }

    List<SampleRow> plan(int ordinary) {
        for (int i = 0; i < ordinary; i++) {
            rows.add(approvable(ctx.percent(45) ? PersonCategory.GRADUATE : PersonCategory.DIFFICULT));
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

    private SampleRow row(Person p, PersonCategory cat, LocalDate graduated, LocalDate registered, YearMonth from,
                          YearMonth to, LocalDate applied) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put(NAME, p.name());
        v.put(ID, p.id());
        v.put(CATEGORY, cat.label());
        v.put(GRADUATED, graduated);
        v.put(FLEX_REGISTERED, registered);
        v.put(FROM_MONTH, from);
        v.put(TO_MONTH, to);
        v.put(FLEX_AMOUNT, ctx.percent(30) ? ctx.amount(560, 749) : ctx.amount(750, 1180));
        v.put(APPLIED, applied);
        return SampleRow.of(v);
    }

    private SampleRow approvable(PersonCategory cat) {
        Person p = ctx.people.next(cat);
        LocalDate applied = ctx.dayInQuarter();
        YearMonth app = YearMonth.from(applied);
        YearMonth to = app.minusMonths(ctx.percent(70) ? 1 : 2);
        int length = ctx.between(3, 12);
        if (cat == PersonCategory.GRADUATE) {
            LocalDate graduated = LocalDate.of(ctx.percent(50) ? 2023 : 2024, 6, 30);
            YearMonth gradMonth = YearMonth.from(graduated);
            LocalDate registered = ctx.between(graduated.plusDays(1), app.minusMonths(3).atDay(1));
            YearMonth last = gradMonth.plusMonths(24);
            YearMonth end = to.isAfter(last) ? last : to;
            YearMonth from = latest(YearMonth.from(registered), gradMonth.plusMonths(1), end.minusMonths(length - 1));
            return row(p, cat, graduated, registered, from, end, applied);
        }
        LocalDate registered = ctx.between(LocalDate.of(2021, 1, 1), app.minusMonths(3).atDay(1));
        YearMonth from = latest(YearMonth.from(registered), to.minusMonths(length - 1), to.minusMonths(length - 1));
        return row(p, cat, null, registered, from, to, applied);
    }

    private static YearMonth latest(YearMonth a, YearMonth b, YearMonth c) {
        YearMonth m = a.isAfter(b) ? a : b;
        return m.isAfter(c) ? m : c;
    }

    private SampleRow base() {
        return approvable(PersonCategory.DIFFICULT);
    }

    private void fieldErrors() {
        if (ctx.carries(2)) {
            rows.insert(base().with(ctx.pick(List.of(FLEX_AMOUNT, FLEX_REGISTERED, FROM_MONTH, APPLIED, ID)), null,
                    MISSING_VALUE));
        }
        if (ctx.carries(3)) {
            SampleRow r = base();
            rows.insert(r.with(ID, Invalid.idNumber(ctx.rnd, r.get(ID).toString()), INVALID_ID_NUMBER));
        }
        if (ctx.carries(4)) {
            SampleRow r = approvable(PersonCategory.GRADUATE);
            rows.insert(r.with(ID, Invalid.idAsNumber(r.get(ID).toString()), ID_STORED_AS_NUMBER));
        }
        if (ctx.carries(5)) {
            rows.insert(base().with(FLEX_REGISTERED, Invalid.date(ctx.rnd), INVALID_DATE));
        }
        if (ctx.carries(6)) {
            rows.insert(base().with(ctx.percent(50) ? FROM_MONTH : TO_MONTH, Invalid.month(ctx.rnd), INVALID_MONTH));
        }
        if (ctx.carries(7)) {
            rows.insert(base().with(FLEX_AMOUNT, Invalid.amount(ctx.rnd), INVALID_AMOUNT));
        }
        if (ctx.carries(8)) {
            rows.insert(base().with(CATEGORY, ctx.pick(List.of("退役军人", "低保人员", "失业人员")), INVALID_CHOICE));
        }
    }

    private void eligibility() {
        if (ctx.carries(9)) {
            rows.insert(base().with(APPLIED, Invalid.outside(ctx.rnd, ctx.quarter.firstDay(), ctx.quarter.lastDay()),
                    APPLICATION_OUTSIDE_QUARTER));
        }
        if (ctx.carries(10)) {
            rows.insert(base().with(FLEX_AMOUNT, ctx.percent(50) ? BigDecimal.ZERO : CellValue.text("0.00元"),
                    NO_SOCIAL_INSURANCE));
        }
        if (ctx.carries(11)) {
            SampleRow r = base();
            Map<String, Object> v = new LinkedHashMap<>(r.values());
            v.put(FROM_MONTH, r.get(TO_MONTH));
            v.put(TO_MONTH, ((YearMonth) r.get(FROM_MONTH)).minusMonths(1));
            rows.insert(SampleRow.of(v, INVALID_PERIOD));
        }
    }

    private void months() {
        if (ctx.carries(12)) {
            LocalDate applied = ctx.dayInQuarter();
            YearMonth app = YearMonth.from(applied);
            LocalDate registered = app.minusMonths(6).atDay(ctx.between(2, 26));
            rows.insert(SampleRow.of(row(ctx.people.next(PersonCategory.DIFFICULT), PersonCategory.DIFFICULT, null,
                    registered, app.minusMonths(9), app.minusMonths(1), applied).values(), MONTH_BEFORE_REGISTRATION));
        }
        if (ctx.carries(13)) {
            LocalDate applied = ctx.dayInQuarter();
            YearMonth app = YearMonth.from(applied);
            LocalDate registered = app.minusMonths(10).atDay(ctx.between(1, 26));
            rows.insert(SampleRow.of(row(ctx.people.next(PersonCategory.DIFFICULT), PersonCategory.DIFFICULT, null,
                    registered, app.minusMonths(4), app.plusMonths(1), applied).values(), MONTH_OUTSIDE_WINDOW));
        }
        if (ctx.carries(14)) {
            // graduated 2022-06: 2022-07 to 2024-06 can be kept, later months are outside the graduate window
            LocalDate applied = ctx.dayInQuarter();
            LocalDate registered = LocalDate.of(2023, ctx.between(1, 6), ctx.between(1, 26));
            rows.insert(SampleRow.of(row(ctx.people.next(PersonCategory.GRADUATE), PersonCategory.GRADUATE,
                    LocalDate.of(2022, 6, 30), registered, YearMonth.of(2024, 1), YearMonth.from(applied).minusMonths(1),
                    applied).values(), GRADUATE_WINDOW_EXPIRED));
        }
        if (ctx.carries(15)) {
            LocalDate applied = ctx.dayInQuarter();
            YearMonth app = YearMonth.from(applied);
            Person p = ctx.people.next(PersonCategory.DIFFICULT);
            LocalDate registered = app.minusMonths(20).atDay(ctx.between(1, 26));
            SampleRow first = row(p, PersonCategory.DIFFICULT, null, registered, app.minusMonths(12), app.minusMonths(5),
                    applied);
            rows.insertEarly(first);
            rows.insertAfter(first, SampleRow.of(row(p, PersonCategory.DIFFICULT, null, registered, app.minusMonths(7),
                    app.minusMonths(1), applied).values(), MONTH_ALREADY_PAID));
        }
        if (ctx.carries(16)) {
            // registered in 2021 and claiming everything since: more than 36 months
            LocalDate applied = ctx.dayInQuarter();
            LocalDate registered = LocalDate.of(2021, ctx.between(3, 8), ctx.between(1, 26));
            rows.insert(SampleRow.of(row(ctx.people.next(PersonCategory.DIFFICULT), PersonCategory.DIFFICULT, null,
                    registered, YearMonth.from(registered), YearMonth.from(applied).minusMonths(1), applied).values(),
                    PERIOD_CAP_REACHED));
        }
    }

    /** First quarter: approvable rows the second quarter comes back to. */
    private void seeds() {
        int year = ctx.quarter.year();
        YearMonth lastYearEnd = YearMonth.of(year - 1, 12);
        Person p = ctx.people.next(PersonCategory.DIFFICULT);
        LocalDate registered = LocalDate.of(year - 1, 3, ctx.between(1, 26));
        YearMonth from = YearMonth.of(year - 1, 7);
        rows.insert(row(p, PersonCategory.DIFFICULT, null, registered, from, lastYearEnd, ctx.dayInQuarter()));
        ctx.ledger.flexiblePaid.add(new Ledger.Claim(p, null, null, registered, from, lastYearEnd));

        Person d = ctx.people.next(PersonCategory.DIFFICULT);
        LocalDate dRegistered = LocalDate.of(year - 3, 3, ctx.between(1, 26));
        YearMonth dFrom = YearMonth.of(year - 3, 4);
        rows.insert(row(d, PersonCategory.DIFFICULT, null, dRegistered, dFrom, lastYearEnd, ctx.dayInQuarter()));
        ctx.ledger.flexibleDifficultCap.add(new Ledger.Claim(d, null, null, dRegistered, dFrom, lastYearEnd));

        Person g = ctx.people.next(PersonCategory.GRADUATE);
        LocalDate gRegistered = LocalDate.of(year - 2, 2, ctx.between(1, 26));
        YearMonth gFrom = YearMonth.of(year - 2, 3);
        rows.insert(row(g, PersonCategory.DIFFICULT, null, gRegistered, gFrom, lastYearEnd, ctx.dayInQuarter()));
        ctx.ledger.flexibleGraduateCap.add(new Ledger.Claim(g, null, null, gRegistered, gFrom, lastYearEnd));
    }

    /** Second quarter: months of the first quarter again, and the 36- and 24-month caps passed. */
    private void history() {
        int year = ctx.quarter.year();
        for (Ledger.Claim c : ctx.ledger.flexiblePaid) {
            LocalDate applied = ctx.dayIn(YearMonth.of(year, ctx.between(4, 6)));
            rows.insert(SampleRow.of(row(c.person(), PersonCategory.DIFFICULT, null, c.registered(), c.to().minusMonths(1),
                    YearMonth.of(year, 3), applied).values(), MONTH_ALREADY_PAID));
        }
        for (Ledger.Claim c : ctx.ledger.flexibleDifficultCap) {
            LocalDate applied = ctx.dayIn(YearMonth.of(year, 6));
            rows.insert(SampleRow.of(row(c.person(), PersonCategory.DIFFICULT, null, c.registered(),
                    YearMonth.of(year, 1), YearMonth.of(year, 5), applied).values(), PERIOD_CAP_REACHED));
        }
        for (Ledger.Claim c : ctx.ledger.flexibleGraduateCap) {
            LocalDate applied = ctx.dayIn(YearMonth.of(year, 5));
            rows.insert(SampleRow.of(row(c.person(), PersonCategory.GRADUATE, LocalDate.of(year - 2, 6, 30),
                    c.registered(), YearMonth.of(year, 1), YearMonth.of(year, 4), applied).values(), PERIOD_CAP_REACHED));
        }
    }
}
