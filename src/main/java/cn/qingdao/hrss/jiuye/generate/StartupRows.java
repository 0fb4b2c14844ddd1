package cn.qingdao.hrss.jiuye.generate;

import static cn.qingdao.hrss.jiuye.domain.ReasonCode.ALREADY_SUBSIDISED;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.APPLICATION_OUTSIDE_QUARTER;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.DUPLICATE_APPLICATION;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.GRADUATE_WINDOW_EXPIRED;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.ID_STORED_AS_NUMBER;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.INVALID_CHOICE;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.INVALID_CREDIT_CODE;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.INVALID_DATE;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.INVALID_ID_NUMBER;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.MISSING_VALUE;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.NOT_FIRST_BUSINESS;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.NOT_OPERATING;
import static cn.qingdao.hrss.jiuye.domain.ReasonCode.OPERATING_LESS_THAN_12_MONTHS;
import static cn.qingdao.hrss.jiuye.generate.Columns.APPLIED;
import static cn.qingdao.hrss.jiuye.generate.Columns.CATEGORY;
import static cn.qingdao.hrss.jiuye.generate.Columns.CREDIT_CODE;
import static cn.qingdao.hrss.jiuye.generate.Columns.ENTITY_NAME;
import static cn.qingdao.hrss.jiuye.generate.Columns.ENTITY_TYPE;
import static cn.qingdao.hrss.jiuye.generate.Columns.FIRST_BUSINESS;
import static cn.qingdao.hrss.jiuye.generate.Columns.GRADUATED;
import static cn.qingdao.hrss.jiuye.generate.Columns.ID;
import static cn.qingdao.hrss.jiuye.generate.Columns.NAME;
import static cn.qingdao.hrss.jiuye.generate.Columns.OPERATING;
import static cn.qingdao.hrss.jiuye.generate.Columns.REGISTERED;

import cn.qingdao.hrss.jiuye.domain.EntityType;
import cn.qingdao.hrss.jiuye.domain.PersonCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans the 一次性创业补贴 rows of one district (rules §3.2, §5.1): mostly approvable start-ups,
 * plus deliberate rows for the field, eligibility and once-only codes.
 */
final class StartupRows {

    private final PlanContext ctx;
    private final RowList rows;
    /** Approved ordinary rows of this quarter, with their person and business. */
    private final List<Ledger.Startup> approved = new ArrayList<>();

    StartupRows(PlanContext ctx) {
        this.ctx = ctx;
        this.rows = new RowList(ctx.rnd);
    }

    /**
     * Plans the sheet. {@code fromOtherDistrict}, when not null, is a person approved in an
     * earlier-ranked district this quarter who applies here too (DUPLICATE_APPLICATION).
     */
    List<SampleRow> plan(int ordinary, Ledger.Startup fromOtherDistrict) {
        List<SampleRow> ordinaryRows = new ArrayList<>();
        for (int i = 0; i < ordinary; i++) {
            SampleRow row = approvable();
            rows.add(row);
            ordinaryRows.add(row);
        }
        fieldErrors();
        eligibility();
        duplicates(ordinaryRows, fromOtherDistrict);
        if (ctx.secondQuarter) {
            history();
        } else {
            ctx.ledger.startups.addAll(approved);
        }
        return rows.rows();
    }

    /** The approved rows of this quarter (for a duplicate in a later-ranked district). */
    List<Ledger.Startup> approved() {
        return approved;
    }

    private SampleRow approvable() {
        int roll = ctx.rnd.nextInt(100);
        PersonCategory cat = roll < 40 ? PersonCategory.GRADUATE
                : roll < 65 ? PersonCategory.DIFFICULT : PersonCategory.MIGRANT_RETURNEE;
        Person p = ctx.people.next(cat);
        SampleRow row = approvable(p, cat, ctx.dayInQuarter());
        return row;
    }

    /** An approvable row for a given person and application date, with a new business. */
    private SampleRow approvable(Person p, PersonCategory cat, LocalDate applied) {
        LocalDate latest = applied.minusMonths(13);
        LocalDate graduated = null;
        LocalDate registered;
        if (cat == PersonCategory.GRADUATE) {
            graduated = LocalDate.of(ctx.between(2021, 2023), 6, 30);
            LocalDate windowEnd = graduated.plusYears(2);
            registered = ctx.between(graduated.plusDays(20), latest.isBefore(windowEnd) ? latest : windowEnd);
        } else {
            registered = ctx.between(applied.minusMonths(60), latest);
        }
        EntityType type = ctx.percent(62) ? EntityType.INDIVIDUAL : EntityType.SMALL_MICRO;
        Business b = ctx.businesses.startup(type, p, registered);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put(NAME, p.name());
        v.put(ID, p.id());
        v.put(CATEGORY, cat.label());
        v.put(GRADUATED, graduated != null ? graduated : (ctx.percent(4) ? "无" : null));
        v.put(ENTITY_TYPE, type.label());
        v.put(ENTITY_NAME, b.name());
        v.put(CREDIT_CODE, b.creditCode());
        v.put(REGISTERED, registered);
        v.put(FIRST_BUSINESS, true);
        v.put(OPERATING, true);
        v.put(APPLIED, applied);
        approved.add(new Ledger.Startup(p, cat, b));
        return SampleRow.of(v);
    }

    /** A fresh approvable row that is then made deliberately wrong: it is not approved. */
    private SampleRow base(PersonCategory cat) {
        SampleRow row = approvable(ctx.people.next(cat), cat, ctx.dayInQuarter());
        approved.remove(approved.size() - 1);
        return row;
    }

    private PersonCategory anyCategory() {
        return PersonCategory.values()[ctx.rnd.nextInt(3)];
    }

    private void fieldErrors() {
        if (ctx.carries(0)) {
            String column = ctx.pick(List.of(APPLIED, ENTITY_NAME, REGISTERED, NAME));
            rows.insert(base(anyCategory()).with(column, null, MISSING_VALUE));
            rows.insert(base(PersonCategory.GRADUATE).with(GRADUATED, null, MISSING_VALUE));
        }
        if (ctx.carries(1)) {
            SampleRow r = base(anyCategory());
            rows.insert(r.with(ID, Invalid.idNumber(ctx.rnd, r.get(ID).toString()), INVALID_ID_NUMBER));
        }
        if (ctx.carries(2)) {
            SampleRow r = base(PersonCategory.MIGRANT_RETURNEE);
            rows.insert(r.with(ID, Invalid.idAsNumber(r.get(ID).toString()), ID_STORED_AS_NUMBER));
        }
        if (ctx.carries(3)) {
            SampleRow r = base(anyCategory());
            rows.insert(r.with(CREDIT_CODE, Invalid.creditCode(ctx.rnd, r.get(CREDIT_CODE).toString()),
                    INVALID_CREDIT_CODE));
        }
        if (ctx.carries(4)) {
            rows.insert(base(anyCategory()).with(ctx.percent(50) ? REGISTERED : Columns.APPLIED,
                    Invalid.date(ctx.rnd), INVALID_DATE));
        }
        if (ctx.carries(5)) {
            SampleRow r = base(PersonCategory.DIFFICULT);
            rows.insert(switch (ctx.rnd.nextInt(3)) {
                case 0 -> r.with(ENTITY_TYPE, "农民专业合作社", INVALID_CHOICE);
                case 1 -> r.with(CATEGORY, "退役军人", INVALID_CHOICE);
                default -> r.with(OPERATING, "暂停营业", INVALID_CHOICE);
            });
        }
    }

    private void eligibility() {
        if (ctx.carries(6)) {
            PersonCategory cat = anyCategory();
            LocalDate outside = Invalid.outside(ctx.rnd, ctx.quarter.firstDay(), ctx.quarter.lastDay());
            SampleRow r = approvable(ctx.people.next(cat), cat, outside);
            approved.remove(approved.size() - 1);
            rows.insert(SampleRow.of(r.values(), APPLICATION_OUTSIDE_QUARTER));
        }
        if (ctx.carries(7)) {
            SampleRow r = base(PersonCategory.GRADUATE);
            LocalDate graduated = LocalDate.of(2020, 6, 30);
            LocalDate applied = (LocalDate) r.get(APPLIED);
            LocalDate registered = ctx.between(graduated.plusYears(2).plusMonths(2), applied.minusMonths(13));
            Map<String, Object> v = new LinkedHashMap<>(r.values());
            v.put(GRADUATED, graduated);
            v.put(REGISTERED, registered);
            rows.insert(SampleRow.of(v, GRADUATE_WINDOW_EXPIRED));
        }
        if (ctx.carries(8)) {
            rows.insert(base(anyCategory()).with(FIRST_BUSINESS, false, NOT_FIRST_BUSINESS));
        }
        if (ctx.carries(9)) {
            rows.insert(base(PersonCategory.MIGRANT_RETURNEE).with(OPERATING, false, NOT_OPERATING));
        }
        if (ctx.carries(10)) {
            SampleRow r = base(PersonCategory.DIFFICULT);
            LocalDate applied = (LocalDate) r.get(APPLIED);
            rows.insert(r.with(REGISTERED, applied.minusMonths(ctx.between(3, 10)).minusDays(ctx.between(0, 20)),
                    OPERATING_LESS_THAN_12_MONTHS));
        }
    }

    private void duplicates(List<SampleRow> ordinaryRows, Ledger.Startup fromOtherDistrict) {
        if (ctx.carries(11)) {
            // the same person again, with a second business
            Ledger.Startup first = nonGraduate(approved.subList(0, approved.size() / 2));
            SampleRow firstRow = ordinaryRows.get(approved.indexOf(first));
            SampleRow second = approvable(first.person(), first.category(), ctx.dayInQuarter());
            approved.remove(approved.size() - 1);
            rows.insertAfter(firstRow, SampleRow.of(second.values(), DUPLICATE_APPLICATION));
        }
        if (ctx.carries(12)) {
            // the same business again, under another person (a partner)
            SampleRow first = ordinaryRows.get(ctx.rnd.nextInt(ordinaryRows.size() / 2));
            SampleRow second = base(PersonCategory.DIFFICULT);
            Map<String, Object> v = new LinkedHashMap<>(second.values());
            for (String c : List.of(ENTITY_TYPE, ENTITY_NAME, CREDIT_CODE, REGISTERED, APPLIED)) {
                v.put(c, first.get(c));
            }
            rows.insertAfter(first, SampleRow.of(v, DUPLICATE_APPLICATION));
        }
        if (fromOtherDistrict != null) {
            SampleRow r = approvable(fromOtherDistrict.person(), fromOtherDistrict.category(), ctx.dayInQuarter());
            approved.remove(approved.size() - 1);
            rows.insert(SampleRow.of(r.values(), DUPLICATE_APPLICATION));
        }
    }

    /** Second quarter: people and businesses approved in the first come back (ALREADY_SUBSIDISED). */
    private void history() {
        List<Ledger.Startup> before = ctx.ledger.startups.stream()
                .filter(s -> s.category() != PersonCategory.GRADUATE).toList();
        if (before.size() < 6) {
            return;
        }
        Ledger.Startup a = before.get(1);
        rows.insert(SampleRow.of(approvableWithoutLedger(a).values(), ALREADY_SUBSIDISED));
        Ledger.Startup b = before.get(3);
        SampleRow partner = base(PersonCategory.DIFFICULT);
        Map<String, Object> v = new LinkedHashMap<>(partner.values());
        v.put(ENTITY_TYPE, b.business().creditCode().startsWith(CreditCodes.INDIVIDUAL)
                ? EntityType.INDIVIDUAL.label() : EntityType.SMALL_MICRO.label());
        v.put(ENTITY_NAME, b.business().name());
        v.put(CREDIT_CODE, b.business().creditCode());
        v.put(REGISTERED, b.business().registered());
        rows.insert(SampleRow.of(v, ALREADY_SUBSIDISED));
        if (ctx.carries(13)) {
            Ledger.Startup c = before.get(5);
            SampleRow first = approvable();
            rows.insertEarly(first);
            Map<String, Object> w = new LinkedHashMap<>(first.values());
            w.put(NAME, c.person().name());
            w.put(ID, c.person().id());
            w.put(CATEGORY, c.category().label());
            w.put(GRADUATED, null);
            rows.insertAfter(first, SampleRow.of(w, ALREADY_SUBSIDISED, DUPLICATE_APPLICATION));
        }
        if (ctx.carries(14)) {
            Ledger.Startup d = before.get(0);
            rows.insert(SampleRow.of(approvableWithoutLedger(d).values(), ALREADY_SUBSIDISED));
        }
    }

    private SampleRow approvableWithoutLedger(Ledger.Startup earlier) {
        SampleRow r = approvable(earlier.person(), earlier.category(), ctx.dayInQuarter());
        approved.remove(approved.size() - 1);
        return r;
    }

    /** A randomly chosen approved start-up whose owner is not a graduate (so no graduation date to repeat). */
    Ledger.Startup nonGraduate(List<Ledger.Startup> candidates) {
        List<Ledger.Startup> c = candidates.stream().filter(s -> s.category() != PersonCategory.GRADUATE).toList();
        return c.get(ctx.rnd.nextInt(c.size()));
    }
}
