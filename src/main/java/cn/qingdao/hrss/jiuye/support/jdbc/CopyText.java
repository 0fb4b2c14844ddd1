package cn.qingdao.hrss.jiuye.support.jdbc;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Rows in PostgreSQL's {@code COPY ... FROM STDIN} text format, encoded straight to UTF-8 bytes: a tab
 * between values, a newline after each row, {@code \N} for null, and backslash escapes for a backslash,
 * tab, newline or carriage return inside a value. Numbers and dates are written digit by digit, and a
 * string is copied as its UTF-8 bytes in one step between escapes. Rows are encoded once, into a byte
 * buffer that is sent as it is, a block at a time ({@link BulkInsert}), not built as one large
 * {@code String} and encoded again through a {@code Reader}, which would cost the read and decide steps
 * much of their own CPU.
 */
final class CopyText {

    private byte[] buf;
    private int len;

    CopyText(int capacity) {
        buf = new byte[Math.max(capacity, 64)];
    }

    /** Appends one row, one value per column. */
    void row(Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                put((byte) '\t');
            }
            value(values[i]);
        }
        put((byte) '\n');
    }

    int length() {
        return len;
    }

    /** Empties the buffer, keeping its room, once its bytes have been sent. */
    void clear() {
        len = 0;
    }

    byte[] bytes() {
        return buf;
    }

    /** Values: null, String, Integer, Long, BigDecimal, Boolean, LocalDate, or anything whose toString is its text. */
    private void value(Object v) {
        if (v == null) {
            put((byte) '\\');
            put((byte) 'N');
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof Integer n) {
            number(n);
        } else if (v instanceof Long n) {
            number(n);
        } else if (v instanceof Boolean b) {
            put((byte) (b ? 't' : 'f'));
        } else if (v instanceof BigDecimal d) {
            string(d.toPlainString());
        } else if (v instanceof LocalDate d) {
            date(d);
        } else {
            string(v.toString());
        }
    }

    private void string(String s) {
        int from = 0; // the start of the text not yet written
        for (int i = 0; i < s.length(); i++) {
            String escape = switch (s.charAt(i)) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (escape != null) {
                raw(s.substring(from, i));
                ascii(escape);
                from = i + 1;
            }
        }
        raw(from == 0 ? s : s.substring(from));
    }

    private void raw(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
    }

    private void ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[len++] = (byte) s.charAt(i);
        }
    }

    private void number(long n) {
        if (n == Long.MIN_VALUE) {
            ascii(Long.toString(n));
            return;
        }
        ensure(20);
        if (n < 0) {
            buf[len++] = '-';
            n = -n;
        }
        int width = 1;
        for (long p = n; p >= 10; p /= 10) {
            width++;
        }
        digits(n, width);
    }

    /** ISO 8601, which COPY reads whatever the connection's DateStyle; years 1 to 9999 (validation bounds them). */
    private void date(LocalDate d) {
        int year = d.getYear();
        if (year < 1 || year > 9999) {
            string(d.toString());
            return;
        }
        ensure(10);
        digits(year, 4);
        buf[len++] = '-';
        digits(d.getMonthValue(), 2);
        buf[len++] = '-';
        digits(d.getDayOfMonth(), 2);
    }

    /** {@code v} (not negative) in {@code width} digits, zero-padded on the left; the caller has ensured the room. */
    private void digits(long v, int width) {
        for (int i = len + width - 1; i >= len; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        len += width;
    }

    private void put(byte b) {
        ensure(1);
        buf[len++] = b;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
