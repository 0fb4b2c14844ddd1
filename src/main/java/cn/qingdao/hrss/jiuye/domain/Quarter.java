package cn.qingdao.hrss.jiuye.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, written {@code 2025Q1} (rules §3). Also parses the forms a cover sheet may
 * use (rules §3.1): {@code 2025Q3}, {@code 2025-Q3}, {@code 2025年第3季度}, {@code 2025年第三季度}.
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern CODE = Pattern.compile("(\\d{4})\\s*-?\\s*[Qq]\\s*([1-4])");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*第\\s*([1-4一二三四])\\s*季度?");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter number must be 1..4: " + number);
        }
    }

    /** Parses the strict form {@code 2025Q1} used on the command line and in file names. */
    public static Quarter parse(String text) {
        Quarter q = parseLenient(text);
        if (q == null) {
            throw new IllegalArgumentException("not a quarter (expected e.g. 2025Q1): " + text);
        }
        return q;
    }

    /** Parses any of the cover-sheet forms of rules §3.1; null when the text is none of them. */
    public static Quarter parseLenient(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        Matcher m = CODE.matcher(t);
        if (m.matches()) {
            return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = CHINESE.matcher(t);
        if (m.matches()) {
            String n = m.group(2);
            int number = switch (n) {
                case "一" -> 1;
                case "二" -> 2;
                case "三" -> 3;
                case "四" -> 4;
                default -> Integer.parseInt(n);
            };
            return new Quarter(Integer.parseInt(m.group(1)), number);
        }
        return null;
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, number * 3 - 2);
    }

    public YearMonth lastMonth() {
        return YearMonth.of(year, number * 3);
    }

    public LocalDate firstDay() {
        return firstMonth().atDay(1);
    }

    public LocalDate lastDay() {
        return lastMonth().atEndOfMonth();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public Quarter sameQuarterLastYear() {
        return new Quarter(year - 1, number);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    @Override
    public int compareTo(Quarter o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(number, o.number);
    }

    @Override
    public String toString() {
        return year + "Q" + number;
    }
}
