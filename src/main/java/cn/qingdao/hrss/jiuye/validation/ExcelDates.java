package cn.qingdao.hrss.jiuye.validation;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Dates and months as districts write them (rules §4): Excel serial numbers of the 1900 date
 * system and the text forms {@code 2024-03-05}, {@code 2024/3/5}, {@code 2024.3.5} (each optionally
 * followed by a time, ignored), {@code 20240305}, {@code 2024年3月5日}; months also {@code 2024-03},
 * {@code 2024/3}, {@code 2024.3}, {@code 202403}, {@code 2024年3月}.
 * <p>
 * Hand-written scanners, no regular expressions and no exceptions: this runs for every date cell
 * of every row. Every method returns null for anything that is not a real date or month.
 * Years are limited to 1900–9999, the range Excel itself can hold.
 */
final class ExcelDates {

    /** Serial 2958465 is 9999-12-31, the last date Excel knows. */
    static final int MAX_SERIAL = 2_958_465;
    /** Serial 60 is Excel's 1900-02-29, a day that never existed (Lotus 1-2-3 compatibility). */
    static final int FAKE_LEAP_DAY = 60;

    private static final long EPOCH_DAY_1899_12_31 = LocalDate.of(1899, 12, 31).toEpochDay();
    private static final long EPOCH_DAY_1899_12_30 = LocalDate.of(1899, 12, 30).toEpochDay();
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 9999;

    private ExcelDates() {
    }

    /**
     * The date of an Excel serial number (1900 date system), its whole part only (rules §4).
     * Serials 1–59 are 1900-01-01…1900-02-28; 60 is the fake 1900-02-29 and is not a date;
     * from 61 on Excel's count is one day ahead of the real calendar.
     */
    static LocalDate fromSerial(double serial) {
        if (!(serial >= 1) || serial >= MAX_SERIAL + 1) {
            return null;
        }
        long whole = (long) serial;
        if (whole < FAKE_LEAP_DAY) {
            return LocalDate.ofEpochDay(EPOCH_DAY_1899_12_31 + whole);
        }
        if (whole == FAKE_LEAP_DAY) {
            return null;
        }
        return LocalDate.ofEpochDay(EPOCH_DAY_1899_12_30 + whole);
    }

    /** A real calendar date in 1900–9999, else null. */
    static LocalDate date(int year, int month, int day) {
        if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) {
            return null;
        }
        if (day > lengthOfMonth(year, month)) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** A month in 1900–9999, else null. */
    static YearMonth month(int year, int month) {
        if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) {
            return null;
        }
        return YearMonth.of(year, month);
    }

    /** {@code yyyyMMdd} held in a whole number, else null. */
    static LocalDate fromDigits8(long v) {
        return date((int) (v / 10_000), (int) (v / 100 % 100), (int) (v % 100));
    }

    /** {@code yyyyMM} held in a whole number, else null. */
    static YearMonth fromDigits6(long v) {
        return month((int) (v / 100), (int) (v % 100));
    }

    /** A date from cleaned text, in any of the date forms of rules §4; null otherwise. */
    static LocalDate parseDate(String s) {
        int n = s.length();
        if (n == 8 && digits(s, 0, 8)) {
            return date(number(s, 0, 4), number(s, 4, 6), number(s, 6, 8));
        }
        if (n < 8 || !digits(s, 0, 4) || (n > 4 && isDigit(s.charAt(4)))) {
            return null;
        }
        int year = number(s, 0, 4);
        char sep = s.charAt(4);
        int monthEnd = digitRun(s, 5);
        if (monthEnd < 0 || monthEnd >= n) {
            return null;
        }
        int month = number(s, 5, monthEnd);
        if (sep == '-' || sep == '/' || sep == '.') {
            if (s.charAt(monthEnd) != sep) {
                return null;
            }
            int dayEnd = digitRun(s, monthEnd + 1);
            if (dayEnd < 0 || (dayEnd != n && !timeFollows(s, dayEnd))) {
                return null;
            }
            return date(year, month, number(s, monthEnd + 1, dayEnd));
        }
        if (sep == '年') {
            if (s.charAt(monthEnd) != '月') {
                return null;
            }
            int dayEnd = digitRun(s, monthEnd + 1);
            if (dayEnd < 0 || dayEnd != n - 1 || s.charAt(dayEnd) != '日') {
                return null;
            }
            return date(year, month, number(s, monthEnd + 1, dayEnd));
        }
        return null;
    }

    /** A month from cleaned text: any date form (its month) or a month form of rules §4; null otherwise. */
    static YearMonth parseMonth(String s) {
        LocalDate asDate = parseDate(s);
        if (asDate != null) {
            return YearMonth.from(asDate);
        }
        int n = s.length();
        if (n == 6 && digits(s, 0, 6)) {
            return month(number(s, 0, 4), number(s, 4, 6));
        }
        if (n < 6 || !digits(s, 0, 4)) {
            return null;
        }
        char sep = s.charAt(4);
        int monthEnd = digitRun(s, 5);
        if (monthEnd < 0) {
            return null;
        }
        boolean shape = (sep == '-' || sep == '/' || sep == '.') ? monthEnd == n
                : sep == '年' && monthEnd == n - 1 && s.charAt(monthEnd) == '月';
        return shape ? month(number(s, 0, 4), number(s, 5, monthEnd)) : null;
    }

    /**
     * After a date: white space (or {@code T}) then a time {@code H:mm}, {@code H:mm:ss} or
     * {@code H:mm:ss.fff}, which is ignored (rules §4).
     */
    private static boolean timeFollows(String s, int from) {
        int n = s.length();
        int i = from;
        if (s.charAt(i) == 'T') {
            i++;
        } else {
            while (i < n && s.charAt(i) == ' ') {
                i++;
            }
            if (i == from) {
                return false;
            }
        }
        int hourEnd = digitRun(s, i);
        if (hourEnd < 0 || number(s, i, hourEnd) > 23) {
            return false;
        }
        i = hourEnd;
        for (int part = 0; part < 2 && i < n; part++) {
            if (s.charAt(i) != ':' || i + 3 > n || !digits(s, i + 1, i + 3) || number(s, i + 1, i + 3) > 59) {
                return false;
            }
            i += 3;
        }
        if (i == hourEnd) {
            return false;
        }
        if (i < n && s.charAt(i) == '.') {
            int fractionEnd = i + 1;
            while (fractionEnd < n && isDigit(s.charAt(fractionEnd))) {
                fractionEnd++;
            }
            if (fractionEnd == i + 1) {
                return false;
            }
            i = fractionEnd;
        }
        return i == n;
    }

    /** End of a run of one or two digits starting at {@code from} (not followed by a third), or -1. */
    private static int digitRun(String s, int from) {
        int n = s.length();
        int i = from;
        while (i < n && i - from < 3 && isDigit(s.charAt(i))) {
            i++;
        }
        int length = i - from;
        return length >= 1 && length <= 2 ? i : -1;
    }

    private static boolean digits(String s, int from, int to) {
        if (to > s.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int number(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static boolean isLeap(int year) {
        return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    }
}
