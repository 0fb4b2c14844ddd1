package cn.qingdao.hrss.jiuye.generate;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;

/**
 * Everything a row planner needs for one district and one quarter: the seeded pools, the
 * random source, the first quarter's ledger and which deliberate cases this district carries.
 */
final class PlanContext {

    final District district;
    final Quarter quarter;
    final PersonPool people;
    final BusinessPool businesses;
    final Random rnd;
    final Ledger ledger;
    final boolean secondQuarter;

    PlanContext(District district, Quarter quarter, PersonPool people, BusinessPool businesses, Random rnd,
                Ledger ledger, boolean secondQuarter) {
        this.district = district;
        this.quarter = quarter;
        this.people = people;
        this.businesses = businesses;
        this.rnd = rnd;
        this.ledger = ledger;
        this.secondQuarter = secondQuarter;
    }

    /** Whether this district carries deliberate case number {@code n}: about two districts in three do. */
    boolean carries(int n) {
        return (district.index() + n + (secondQuarter ? 1 : 0)) % 3 != 0;
    }

    LocalDate dayInQuarter() {
        return quarter.firstDay().plusDays(rnd.nextInt((int) (quarter.lastDay().toEpochDay()
                - quarter.firstDay().toEpochDay() + 1)));
    }

    LocalDate dayIn(YearMonth m) {
        return m.atDay(1 + rnd.nextInt(Math.min(28, m.lengthOfMonth())));
    }

    /** A day between two dates, both included. */
    LocalDate between(LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays(rnd.nextInt((int) span + 1));
    }

    int between(int from, int to) {
        return from + rnd.nextInt(to - from + 1);
    }

    /** An amount between two whole yuan values, with cents. */
    BigDecimal amount(int fromYuan, int toYuan) {
        return BigDecimal.valueOf(between(fromYuan * 100, toYuan * 100), 2);
    }

    <T> T pick(List<T> values) {
        return values.get(rnd.nextInt(values.size()));
    }

    boolean percent(int p) {
        return rnd.nextInt(100) < p;
    }
}
