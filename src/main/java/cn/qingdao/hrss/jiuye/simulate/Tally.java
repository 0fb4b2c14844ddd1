package cn.qingdao.hrss.jiuye.simulate;

import java.math.BigDecimal;

/**
 * One side's counts of a group of decisions (a subsidy of a district, a district, the city): applications
 * approved, partly approved and refused, months kept and the amount (rules §5).
 */
public final class Tally {

    private long approved;
    private long partial;
    private long rejected;
    private long months;
    private BigDecimal amount = BigDecimal.ZERO.setScale(2);

    void add(String outcome, int keptMonths, BigDecimal rowAmount) {
        switch (outcome) {
            case "APPROVED" -> approved++;
            case "PARTIAL" -> partial++;
            default -> rejected++;
        }
        months += keptMonths;
        amount = amount.add(rowAmount);
    }

    void add(Tally other) {
        approved += other.approved;
        partial += other.partial;
        rejected += other.rejected;
        months += other.months;
        amount = amount.add(other.amount);
    }

    public long approved() {
        return approved;
    }

    public long partial() {
        return partial;
    }

    public long rejected() {
        return rejected;
    }

    public long months() {
        return months;
    }

    public BigDecimal amount() {
        return amount;
    }

    /** Published and simulated counts of the same group. */
    public record Pair(Tally current, Tally simulated) {

        public Pair() {
            this(new Tally(), new Tally());
        }

        void add(Pair other) {
            current.add(other.current);
            simulated.add(other.simulated);
        }
    }
}
