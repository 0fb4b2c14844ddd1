package cn.qingdao.hrss.jiuye.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Amounts and counts (rules §4, §7). A numeric cell is read as Excel shows it, to 15 significant
 * digits (a formula's 480.96000000000004 is 480.96); text may carry thousands separators
 * ({@code 1,234.50}) and, for amounts, a trailing {@code 元}. Never floating point for the result.
 */
final class Decimals {

    /** Excel keeps 15 significant digits. */
    static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_UP);
    /** Counts stop below 10^15, the largest whole numbers Excel holds exactly. */
    static final long COUNT_LIMIT = 1_000_000_000_000_000L;
    private static final int AMOUNT_SCALE = 2;
    /**
     * Amounts stop below 10^10 yuan: no monthly contribution comes near it, a row's amount (at most
     * 36 months of it) still fits the database's DECIMAL(14,2), and a {@code 1.2E+17} typed into an
     * amount column is refused instead of overflowing the column.
     */
    static final BigDecimal AMOUNT_LIMIT = BigDecimal.TEN.pow(10);

    private Decimals() {
    }

    /**
     * A double as Excel shows it: its exact binary value rounded to 15 significant digits
     * ({@code new BigDecimal(d).round(15 digits)}), the result compared by value (its scale may vary).
     * <p>
     * Fast path: when the shortest decimal that identifies the double ({@link Double#toString}) has at
     * most 15 significant digits, it is that rounding. The exact value lies within half an ulp
     * (≤ 1.2·10⁻¹⁶ relative) of it, less than a tenth of the 15-digit spacing (≥ 10⁻¹⁵ relative), so
     * rounding the exact value lands on it. Only values such as a formula's 480.96000000000004
     * take the slow, exact path.
     */
    static BigDecimal excelValue(double d) {
        if (d == Math.rint(d) && Math.abs(d) < COUNT_LIMIT) {
            return BigDecimal.valueOf((long) d);
        }
        BigDecimal shortest = BigDecimal.valueOf(d);
        if (shortest.precision() <= EXCEL_PRECISION.getPrecision()) {
            return shortest;
        }
        return new BigDecimal(d).round(EXCEL_PRECISION);
    }

    /** A non-negative amount with at most two decimals, scale 2; null otherwise. */
    static BigDecimal amount(double d) {
        if (!(d >= 0) || Double.isInfinite(d)) {
            return null;
        }
        return toAmount(excelValue(d));
    }

    /** Amount text: digits with optional thousands separators and decimals, optional trailing 元. */
    static BigDecimal amount(String cleaned) {
        String s = cleaned;
        if (s.endsWith("元")) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        String plain = plainDigits(s);
        return plain == null ? null : toAmount(new BigDecimal(plain));
    }

    /** A non-negative whole number below 10^15; null otherwise. */
    static Long count(double d) {
        if (!(d >= 0) || d >= COUNT_LIMIT) {
            return null;
        }
        if (d == Math.rint(d)) {
            return (long) d;
        }
        BigDecimal shown = excelValue(d);
        if (shown.stripTrailingZeros().scale() > 0) {
            return null;
        }
        long v = shown.longValue();
        return v < COUNT_LIMIT ? v : null;
    }

    /** Count text: digits with optional thousands separators; decimals allowed only when all zero. */
    static Long count(String cleaned) {
        String plain = plainDigits(cleaned);
        if (plain == null) {
            return null;
        }
        int point = plain.indexOf('.');
        int end = point < 0 ? plain.length() : point;
        for (int i = end + 1; i < plain.length(); i++) {
            if (plain.charAt(i) != '0') {
                return null;
            }
        }
        int first = 0;
        while (first < end - 1 && plain.charAt(first) == '0') {
            first++;
        }
        if (end - first > 15) {
            return null;
        }
        long v = 0;
        for (int i = first; i < end; i++) {
            v = v * 10 + (plain.charAt(i) - '0');
        }
        return v;
    }

    private static BigDecimal toAmount(BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(AMOUNT_LIMIT) >= 0
                || (value.scale() > AMOUNT_SCALE && value.stripTrailingZeros().scale() > AMOUNT_SCALE)) {
            return null;
        }
        return value.setScale(AMOUNT_SCALE, RoundingMode.UNNECESSARY);
    }

    /**
     * {@code 1,234.50} → {@code 1234.50}: at least one digit before an optional point and at least
     * one after it; commas only as thousands separators (first group 1–3 digits, the others 3).
     * No sign: a negative number is not a value here. Null when the text has another shape.
     */
    static String plainDigits(String s) {
        int n = s.length();
        StringBuilder out = null;
        int i = 0;
        int group = 0;
        int integerDigits = 0;
        boolean grouped = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                group++;
                integerDigits++;
                if (out != null) {
                    out.append(c);
                }
            } else if (c == ',') {
                if (grouped ? group != 3 : group < 1 || group > 3) {
                    return null;
                }
                if (out == null) {
                    out = new StringBuilder(n).append(s, 0, i);
                }
                grouped = true;
                group = 0;
            } else {
                break;
            }
        }
        if (integerDigits == 0 || (grouped && group != 3)) {
            return null;
        }
        if (i < n) {
            if (s.charAt(i) != '.' || i == n - 1) {
                return null;
            }
            for (int j = i + 1; j < n; j++) {
                char c = s.charAt(j);
                if (c < '0' || c > '9') {
                    return null;
                }
            }
            if (out != null) {
                out.append(s, i, n);
            }
        }
        return out == null ? s : out.toString();
    }
}
