package cn.qingdao.hrss.jiuye.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Function;

/**
 * How the scalar text of a {@code value:} is read. Money is exact (at most two decimals, scale 2), counts
 * are whole numbers, rates are fractions such as {@code 2/3}. A wrong value fails with "expected …, got …".
 */
public final class ValueType<T> {

    public static final ValueType<BigDecimal> MONEY = new ValueType<>(
            "an amount in yuan with at most two decimals, e.g. 12000.00", ValueType::money);
    public static final ValueType<Integer> COUNT = new ValueType<>(
            "a non-negative whole number", ValueType::count);
    public static final ValueType<Fraction> FRACTION = new ValueType<>(
            "a fraction like 2/3", Fraction::parse);

    private final String expected;
    private final Function<String, T> parser;

    private ValueType(String expected, Function<String, T> parser) {
        this.expected = expected;
        this.parser = parser;
    }

    /** What a value of this type looks like, for error messages. */
    public String expected() {
        return expected;
    }

    /** Parses the text; {@link IllegalArgumentException} with an "expected …, got …" message if it is not one. */
    public T parse(String text) {
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("expected " + expected + ", got \"" + text + "\"", e);
        }
    }

    private static BigDecimal money(String text) {
        if (!text.matches("\\d+(\\.\\d+)?")) {
            throw new IllegalArgumentException("not a plain decimal");
        }
        BigDecimal d = new BigDecimal(text);
        if (d.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("more than two decimals");
        }
        return d.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static Integer count(String text) {
        if (!text.matches("\\d{1,9}")) {
            throw new IllegalArgumentException("not a whole number");
        }
        return Integer.valueOf(text);
    }
}
