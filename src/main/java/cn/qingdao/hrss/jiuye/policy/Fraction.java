package cn.qingdao.hrss.jiuye.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An exact rate such as 2/3 (rules §5.3, §6): never stored as a rounded decimal. */
public record Fraction(long numerator, long denominator) {

    public Fraction {
        if (numerator < 0 || denominator <= 0) {
            throw new IllegalArgumentException("a fraction needs a non-negative numerator and a positive denominator");
        }
    }

    /** Parses {@code 2/3}; throws {@link IllegalArgumentException} for anything else. */
    public static Fraction parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 1 || !text.strip().equals(text)) {
            throw new IllegalArgumentException("no slash");
        }
        String n = text.substring(0, slash);
        String d = text.substring(slash + 1);
        if (!n.chars().allMatch(Character::isDigit) || d.isEmpty() || !d.chars().allMatch(Character::isDigit)
                || n.length() > 18 || d.length() > 18) {
            throw new IllegalArgumentException("not digits");
        }
        return new Fraction(Long.parseLong(n), Long.parseLong(d));
    }

    /** amount × numerator / denominator, rounded once to {@code scale} places with {@code rounding}. */
    public BigDecimal applyTo(BigDecimal amount, int scale, RoundingMode rounding) {
        return amount.multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), scale, rounding);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
