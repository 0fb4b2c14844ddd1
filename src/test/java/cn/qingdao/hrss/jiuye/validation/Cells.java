package cn.qingdao.hrss.jiuye.validation;

import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.workbook.RawCell;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helpers: cells written as {@code KIND, value} in CSV tables, and checks of a {@link Parsed}. */
public final class Cells {

    private Cells() {
    }

    /**
     * A cell of the given kind: TEXT, NUMBER (a plain number), DATE (a date-formatted serial),
     * BOOLEAN (TRUE/FALSE), ERROR (#REF!), BLANK.
     */
    public static RawCell cell(String kind, String value) {
        return cell(0, kind, value);
    }

    public static RawCell cell(int column, String kind, String value) {
        return switch (kind) {
            case "TEXT" -> RawCell.text(column, value == null ? "" : value);
            case "NUMBER" -> RawCell.number(column, Double.parseDouble(value));
            case "DATE" -> RawCell.date(column, Double.parseDouble(value));
            case "BOOLEAN" -> new RawCell(column, RawCell.Kind.BOOLEAN, value, 0, false);
            case "ERROR" -> new RawCell(column, RawCell.Kind.ERROR, value, 0, false);
            case "BLANK" -> RawCell.blank(column);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** {@code expected} is a ReasonCode name (a failure) or the value's {@code toString()}. */
    public static void assertParsed(Parsed<?> parsed, String expected) {
        if (isReasonCode(expected)) {
            assertThat(parsed.isOk()).as("expected %s but read %s", expected, parsed.value()).isFalse();
            assertThat(parsed.error()).isEqualTo(ReasonCode.valueOf(expected));
        } else {
            assertThat(parsed.isOk()).as("expected %s but failed with %s", expected, parsed.error()).isTrue();
            assertThat(parsed.value()).hasToString(expected);
        }
    }

    private static boolean isReasonCode(String s) {
        for (ReasonCode c : ReasonCode.values()) {
            if (c.name().equals(s)) {
                return true;
            }
        }
        return false;
    }
}
