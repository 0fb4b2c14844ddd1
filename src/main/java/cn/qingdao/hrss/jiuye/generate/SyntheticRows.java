package cn.qingdao.hrss.jiuye.generate;

import static cn.qingdao.hrss.jiuye.generate.Columns.APPLIED;
import static cn.qingdao.hrss.jiuye.generate.Columns.CATEGORY;
import static cn.qingdao.hrss.jiuye.generate.Columns.CONTRACT_END;
import static cn.qingdao.hrss.jiuye.generate.Columns.CONTRACT_START;
import static cn.qingdao.hrss.jiuye.generate.Columns.CREDIT_CODE;
import static cn.qingdao.hrss.jiuye.generate.Columns.EMPLOYER_AMOUNT;
import static cn.qingdao.hrss.jiuye.generate.Columns.EMPLOYER_NAME;
import static cn.qingdao.hrss.jiuye.generate.Columns.EMPLOYER_TYPE;
import static cn.qingdao.hrss.jiuye.generate.Columns.EMPLOYMENT_REGISTERED;
import static cn.qingdao.hrss.jiuye.generate.Columns.ENTITY_NAME;
import static cn.qingdao.hrss.jiuye.generate.Columns.ENTITY_TYPE;
import static cn.qingdao.hrss.jiuye.generate.Columns.FIRST_BUSINESS;
import static cn.qingdao.hrss.jiuye.generate.Columns.FLEX_AMOUNT;
import static cn.qingdao.hrss.jiuye.generate.Columns.FLEX_REGISTERED;
import static cn.qingdao.hrss.jiuye.generate.Columns.FROM_MONTH;
import static cn.qingdao.hrss.jiuye.generate.Columns.GRADUATED;
import static cn.qingdao.hrss.jiuye.generate.Columns.ID;
import static cn.qingdao.hrss.jiuye.generate.Columns.NAME;
import static cn.qingdao.hrss.jiuye.generate.Columns.OPERATING;
import static cn.qingdao.hrss.jiuye.generate.Columns.REGISTERED;
import static cn.qingdao.hrss.jiuye.generate.Columns.TO_MONTH;
import static cn.qingdao.hrss.jiuye.generate.Columns.WORKER_NAME;

import cn.qingdao.hrss.jiuye.domain.EmployerType;
import cn.qingdao.hrss.jiuye.domain.EntityType;
import cn.qingdao.hrss.jiuye.domain.PersonCategory;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * One synthetic data row at a time for load tests (rules §10 {@code generate}): about 85% built to be
 * approvable under rules §5, the rest with one field or eligibility fault. Holds no state that
 * grows with the number of rows (people are not de-duplicated: a rare repeat is realistic).
 */
final class SyntheticRows {

    private static final int VALID_PERCENT = 85;

    private final Random rnd;
    private final Quarter quarter;
    private final String region;
    private final String districtName;

    SyntheticRows(Random rnd, Quarter quarter, District district) {
        this.rnd = rnd;
        this.quarter = quarter;
        this.region = district.code();
        this.districtName = district.shortName();
    }

    Map<String, Object> next(Subsidy subsidy) {
        Map<String, Object> row = switch (subsidy) {
            case STARTUP -> startup();
            case EMPLOYER -> employer();
            case FLEXIBLE -> flexible();
        };
        if (rnd.nextInt(100) >= VALID_PERCENT) {
            spoil(row);
        }
        return row;
    }

    private Person person(PersonCategory cat) {
        LocalDate birth = switch (cat) {
            case GRADUATE -> LocalDate.of(1998, 1, 1).plusDays(rnd.nextInt(365 * 5));
            case DIFFICULT -> LocalDate.of(1968, 1, 1).plusDays(rnd.nextInt(365 * 20));
            case MIGRANT_RETURNEE -> LocalDate.of(1975, 1, 1).plusDays(rnd.nextInt(365 * 22));
        };
        String id = IdNumbers.of(region, birth, rnd.nextInt(1000));
        return new Person(id, Names.person(rnd, Character.digit(id.charAt(16), 10) % 2 == 1), birth);
    }

    private LocalDate applied() {
        return quarter.firstDay().plusDays(rnd.nextInt((int) (quarter.lastDay().toEpochDay()
                - quarter.firstDay().toEpochDay() + 1)));
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays(rnd.nextInt((int) span + 1));
    }

    private String creditCode(String kind) {
        return CreditCodes.of(kind, region, 10_000_000L + rnd.nextInt(89_999_999));
    }

    private Map<String, Object> startup() {
        int roll = rnd.nextInt(100);
        PersonCategory cat = roll < 40 ? PersonCategory.GRADUATE : roll < 65 ? PersonCategory.DIFFICULT
                : PersonCategory.MIGRANT_RETURNEE;
        Person p = person(cat);
        LocalDate applied = applied();
        LocalDate latest = applied.minusMonths(13);
        LocalDate graduated = null;
        LocalDate registered;
        if (cat == PersonCategory.GRADUATE) {
            graduated = LocalDate.of(quarter.year() - 4 + rnd.nextInt(3), 6, 30);
            LocalDate end = graduated.plusYears(2);
            registered = between(graduated.plusDays(20), latest.isBefore(end) ? latest : end);
        } else {
            registered = between(applied.minusMonths(60), latest);
        }
        boolean individual = rnd.nextInt(100) < 62;
        Map<String, Object> v = new HashMap<>();
        v.put(NAME, p.name());
        v.put(ID, p.id());
        v.put(CATEGORY, cat.label());
        v.put(GRADUATED, graduated);
        v.put(ENTITY_TYPE, (individual ? EntityType.INDIVIDUAL : EntityType.SMALL_MICRO).label());
        v.put(ENTITY_NAME, individual ? Names.individualBusiness(rnd, districtName, p.name()) : Names.enterprise(rnd));
        v.put(CREDIT_CODE, creditCode(individual ? CreditCodes.INDIVIDUAL : CreditCodes.ENTERPRISE));
        v.put(REGISTERED, registered);
        v.put(FIRST_BUSINESS, true);
        v.put(OPERATING, true);
        v.put(APPLIED, applied);
        return v;
    }

    private Map<String, Object> employer() {
        boolean graduate = rnd.nextInt(100) < 45;
        PersonCategory cat = graduate ? PersonCategory.GRADUATE : PersonCategory.DIFFICULT;
        Person p = person(cat);
        LocalDate applied = applied();
        YearMonth app = YearMonth.from(applied);
        LocalDate graduated = graduate ? LocalDate.of(quarter.year() - 2 + rnd.nextInt(2), 6, 30) : null;
        LocalDate start = graduate ? between(graduated.plusDays(1), app.minusMonths(2).atDay(1))
                : between(app.minusMonths(30).atDay(1), app.minusMonths(2).atDay(1));
        EmployerType type = graduate || rnd.nextInt(100) < 70 ? EmployerType.SMALL_MICRO : EmployerType.OTHER;
        YearMonth to = app.minusMonths(1);
        YearMonth from = YearMonth.from(start).isAfter(app.minusMonths(11)) ? YearMonth.from(start) : app.minusMonths(11);
        Map<String, Object> v = new HashMap<>();
        v.put(EMPLOYER_NAME, type == EmployerType.OTHER ? Names.otherEmployer(rnd) : Names.enterprise(rnd));
        v.put(CREDIT_CODE, creditCode(CreditCodes.ENTERPRISE));
        v.put(EMPLOYER_TYPE, type.label());
        v.put(WORKER_NAME, p.name());
        v.put(ID, p.id());
        v.put(CATEGORY, cat.label());
        v.put(GRADUATED, graduated);
        v.put(CONTRACT_START, start);
        v.put(CONTRACT_END, rnd.nextBoolean() ? "无固定期限" : start.plusYears(3).minusDays(1));
        v.put(EMPLOYMENT_REGISTERED, true);
        v.put(FROM_MONTH, from);
        v.put(TO_MONTH, to);
        v.put(EMPLOYER_AMOUNT, BigDecimal.valueOf(98_000 + rnd.nextInt(67_000), 2));
        v.put(APPLIED, applied);
        return v;
    }

    private Map<String, Object> flexible() {
        boolean graduate = rnd.nextInt(100) < 45;
        PersonCategory cat = graduate ? PersonCategory.GRADUATE : PersonCategory.DIFFICULT;
        Person p = person(cat);
        LocalDate applied = applied();
        YearMonth app = YearMonth.from(applied);
        YearMonth to = app.minusMonths(1);
        LocalDate graduated = null;
        LocalDate registered;
        if (graduate) {
            graduated = LocalDate.of(quarter.year() - 1, 6, 30);
            registered = between(graduated.plusDays(1), app.minusMonths(3).atDay(1));
            YearMonth last = YearMonth.from(graduated).plusMonths(24);
            to = to.isAfter(last) ? last : to;
        } else {
            registered = between(app.minusMonths(40).atDay(1), app.minusMonths(3).atDay(1));
        }
        YearMonth from = YearMonth.from(registered).plusMonths(1);
        if (from.isBefore(to.minusMonths(11))) {
            from = to.minusMonths(11);
        }
        Map<String, Object> v = new HashMap<>();
        v.put(NAME, p.name());
        v.put(ID, p.id());
        v.put(CATEGORY, cat.label());
        v.put(GRADUATED, graduated);
        v.put(FLEX_REGISTERED, registered);
        v.put(FROM_MONTH, from);
        v.put(TO_MONTH, to);
        v.put(FLEX_AMOUNT, BigDecimal.valueOf(56_000 + rnd.nextInt(62_000), 2));
        v.put(APPLIED, applied);
        return v;
    }

    /** One fault: a field code or an application outside the quarter (rules §4, §5). */
    private void spoil(Map<String, Object> row) {
        String id = row.get(ID).toString();
        switch (rnd.nextInt(6)) {
            case 0 -> row.put(ID, Invalid.idNumber(rnd, id));
            case 1 -> row.put(ID, Invalid.idAsNumber(id));
            case 2 -> row.put(row.containsKey(NAME) ? NAME : WORKER_NAME, null);
            case 3 -> row.put(APPLIED, Invalid.date(rnd));
            case 4 -> row.put(CATEGORY, "退役军人");
            default -> row.put(APPLIED, Invalid.outside(rnd, quarter.firstDay(), quarter.lastDay()));
        }
    }
}
