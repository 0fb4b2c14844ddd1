package cn.qingdao.hrss.jiuye.validation;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.support.text.Text;
import cn.qingdao.hrss.jiuye.workbook.RawCell;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reading one cell as one kind of value (rules §4), without trusting its format. Every parser
 * reads a blank cell (or text that is empty once trimmed) as {@code MISSING_VALUE}, except
 * {@link #count}, whose only failure is {@code INVALID_NUMBER} (rules §7). An error cell
 * ({@code #REF!}, …) is the kind's invalid code ({@code MISSING_VALUE} for plain text, which has none).
 * Text is always trimmed and folded to half-width first ({@link Text#clean}).
 */
public final class Values {

    /** Yes and no as a district template offers them; {@link #yesNo} also reads Y/N, yes/no, true/false, 1/0. */
    public static final Set<String> YES_NO_LABELS = Collections.unmodifiableSet(new LinkedHashSet<>(List.of("是", "否")));

    private Values() {
    }

    /** The largest amount read (rules §4): amounts stop below 10^10 yuan, see {@link Decimals#AMOUNT_LIMIT}. */
    public static BigDecimal largestAmount() {
        return Decimals.AMOUNT_LIMIT.subtract(new BigDecimal("0.01"));
    }

    /** The largest statistics count read (rules §7): counts stop below 10^15, see {@link Decimals#COUNT_LIMIT}. */
    public static long largestCount() {
        return Decimals.COUNT_LIMIT - 1;
    }

    /** Text: trimmed, full-width folded; a numeric cell gives what Excel shows (rules §4). */
    public static Parsed<String> text(RawCell cell) {
        String s = switch (cell.kind()) {
            case TEXT, BOOLEAN -> Text.clean(cell.text());
            case NUMBER -> display(cell);
            case BLANK, ERROR -> "";
        };
        return s.isEmpty() ? Parsed.failure(ReasonCode.MISSING_VALUE) : Parsed.of(s);
    }

    /**
     * 身份证号, GB 11643 (rules §4): the ID upper-cased when valid with a birth date no later than
     * the quarter's last day; a numeric cell is {@code ID_STORED_AS_NUMBER} (digits lost, never
     * repaired); anything else {@code INVALID_ID_NUMBER}.
     */
    public static Parsed<String> idNumber(RawCell cell, Quarter quarter) {
        return switch (cell.kind()) {
            case BLANK -> Parsed.failure(ReasonCode.MISSING_VALUE);
            case NUMBER -> Parsed.failure(ReasonCode.ID_STORED_AS_NUMBER);
            case BOOLEAN, ERROR -> Parsed.failure(ReasonCode.INVALID_ID_NUMBER);
            case TEXT -> {
                String s = Text.clean(cell.text());
                if (s.isEmpty()) {
                    yield Parsed.failure(ReasonCode.MISSING_VALUE);
                }
                yield IdNumbers.isValid(s, quarter.lastDay())
                        ? Parsed.of(s.toUpperCase(Locale.ROOT))
                        : Parsed.failure(ReasonCode.INVALID_ID_NUMBER);
            }
        };
    }

    /** 统一社会信用代码, GB 32100 (rules §4): upper-cased when valid, else {@code INVALID_CREDIT_CODE}. */
    public static Parsed<String> creditCode(RawCell cell) {
        if (cell.isBlank()) {
            return Parsed.failure(ReasonCode.MISSING_VALUE);
        }
        if (cell.kind() != RawCell.Kind.TEXT) {
            return Parsed.failure(ReasonCode.INVALID_CREDIT_CODE);
        }
        String s = Text.clean(cell.text());
        if (s.isEmpty()) {
            return Parsed.failure(ReasonCode.MISSING_VALUE);
        }
        String code = CreditCodes.normalise(s);
        return code == null ? Parsed.failure(ReasonCode.INVALID_CREDIT_CODE) : Parsed.of(code);
    }

    /**
     * A date (rules §4): a numeric cell holding an 8-digit whole number is {@code yyyyMMdd}; any
     * other numeric cell (date-formatted or not) is an Excel serial, its whole part; text in the
     * forms of {@link ExcelDates#parseDate}. Else {@code INVALID_DATE}.
     */
    public static Parsed<LocalDate> date(RawCell cell) {
        if (cell.isBlank()) {
            return Parsed.failure(ReasonCode.MISSING_VALUE);
        }
        LocalDate date = switch (cell.kind()) {
            case NUMBER -> numericDate(cell.number());
            case TEXT -> ExcelDates.parseDate(Text.clean(cell.text()));
            default -> null;
        };
        return date == null ? Parsed.failure(ReasonCode.INVALID_DATE) : Parsed.of(date);
    }

    /**
     * A month (rules §4): a numeric cell holding a 6-digit whole number is {@code yyyyMM}, otherwise
     * as a date (its month); text in the month or date forms of {@link ExcelDates#parseMonth}.
     * A number that is not date-formatted and looks like {@code 2024.3} (a year, a point and a
     * fraction: what Excel makes of typing 2024.3 or 2024.10) is {@code INVALID_MONTH}: 2024.1 may mean
     * January or October, so it is not guessed. Else {@code INVALID_MONTH}.
     */
    public static Parsed<YearMonth> month(RawCell cell) {
        if (cell.isBlank()) {
            return Parsed.failure(ReasonCode.MISSING_VALUE);
        }
        YearMonth month = switch (cell.kind()) {
            case NUMBER -> numericMonth(cell);
            case TEXT -> ExcelDates.parseMonth(Text.clean(cell.text()));
            default -> null;
        };
        return month == null ? Parsed.failure(ReasonCode.INVALID_MONTH) : Parsed.of(month);
    }

    /**
     * An amount in yuan (rules §4): non-negative, at most two decimals once trailing zeros are
     * dropped, scale 2. Numeric cells are first rounded to 15 significant digits as Excel shows them;
     * text may use thousands separators and end in 元. Else {@code INVALID_AMOUNT}.
     */
    public static Parsed<BigDecimal> amount(RawCell cell) {
        if (cell.isBlank()) {
            return Parsed.failure(ReasonCode.MISSING_VALUE);
        }
        BigDecimal amount = switch (cell.kind()) {
            case NUMBER -> Decimals.amount(cell.number());
            case TEXT -> Decimals.amount(Text.clean(cell.text()));
            default -> null;
        };
        return amount == null ? Parsed.failure(ReasonCode.INVALID_AMOUNT) : Parsed.of(amount);
    }

    /**
     * A statistics count (rules §4, §7): a non-negative whole number below 10^15, numeric or text with
     * thousands separators ({@code 12,345}; {@code 12.0} is 12). Anything else, blank included,
     * is {@code INVALID_NUMBER}.
     */
    public static Parsed<Long> count(RawCell cell) {
        Long count = switch (cell.kind()) {
            case NUMBER -> Decimals.count(cell.number());
            case TEXT -> Decimals.count(Text.clean(cell.text()));
            default -> null;
        };
        return count == null ? Parsed.failure(ReasonCode.INVALID_NUMBER) : Parsed.of(count);
    }

    /**
     * Yes/no (rules §4): 是/否, Y/N, yes/no, true/false, 1/0, case-insensitive; Excel's TRUE/FALSE
     * cells and the numbers 1/0 too. Else {@code INVALID_CHOICE}.
     */
    public static Parsed<Boolean> yesNo(RawCell cell) {
        if (cell.isBlank()) {
            return Parsed.failure(ReasonCode.MISSING_VALUE);
        }
        Boolean value = switch (cell.kind()) {
            case NUMBER -> cell.number() == 1 ? Boolean.TRUE : cell.number() == 0 ? Boolean.FALSE : null;
            case TEXT, BOOLEAN -> yesNo(Text.clean(cell.text()));
            default -> null;
        };
        return value == null ? Parsed.failure(ReasonCode.INVALID_CHOICE) : Parsed.of(value);
    }

    /** One of the allowed labels (rules §4): see {@link Choices#parse}. */
    public static <E extends Enum<E>> Parsed<E> choice(RawCell cell, Choices<E> choices) {
        return choices.parse(cell);
    }

    /**
     * The cell as a person sees it, for feedback messages: text as written, a number to 15
     * significant digits in plain notation (no exponent), a date-formatted number as
     * {@code yyyy-MM-dd}, TRUE/FALSE, the error text; "" for a blank cell.
     */
    public static String display(RawCell cell) {
        return switch (cell.kind()) {
            case BLANK -> "";
            case TEXT, BOOLEAN, ERROR -> cell.text() == null ? "" : cell.text();
            case NUMBER -> {
                if (cell.dateFormatted()) {
                    LocalDate date = ExcelDates.fromSerial(cell.number());
                    if (date != null) {
                        yield date.toString();
                    }
                }
                yield plainNumber(cell.number());
            }
        };
    }

    private static String plainNumber(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        if (d == Math.rint(d) && Math.abs(d) < Decimals.COUNT_LIMIT) {
            return Long.toString((long) d);
        }
        return Decimals.excelValue(d).stripTrailingZeros().toPlainString();
    }

    private static LocalDate numericDate(double d) {
        if (isWholeBetween(d, 1e7, 1e8)) {
            return ExcelDates.fromDigits8((long) d);
        }
        return ExcelDates.fromSerial(d);
    }

    private static YearMonth numericMonth(RawCell cell) {
        double d = cell.number();
        if (isWholeBetween(d, 1e5, 1e6)) {
            return ExcelDates.fromDigits6((long) d);
        }
        if (!cell.dateFormatted() && d > 1900 && d < 2100 && d != Math.rint(d)) {
            return null;
        }
        LocalDate date = numericDate(d);
        return date == null ? null : YearMonth.from(date);
    }

    /** A whole number in [from, to): e.g. 8 digits for [1e7, 1e8). */
    private static boolean isWholeBetween(double d, double from, double to) {
        return d >= from && d < to && d == Math.rint(d);
    }

    private static Boolean yesNo(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "是", "y", "yes", "true", "1" -> Boolean.TRUE;
            case "否", "n", "no", "false", "0" -> Boolean.FALSE;
            default -> null;
        };
    }
}
