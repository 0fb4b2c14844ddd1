package cn.qingdao.hrss.jiuye.workbook;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns an .xlsx {@code <c>} (its type, style and cached value) into a {@link RawCell} (rules §3, §4):
 * {@code t="s"} shared string, {@code t="inlineStr"} inline string, {@code t="str"} a formula's text
 * result, {@code t="b"} boolean, {@code t="e"} error (its text, e.g. {@code #REF!}), {@code t="d"}
 * ISO date, otherwise a number — a date when its style has a date number format.
 */
final class XlsxCellDecoder {

    /** Days between the 1900 and the 1904 date systems. */
    private static final int DAYS_1904 = 1462;

    private final SharedStrings sharedStrings;
    private final DateStyles dateStyles;
    private final boolean date1904;

    /** Resolves {@code t="s"} indexes; null when the file refers to a string it does not have. */
    interface SharedStrings {
        String get(int index);
    }

    XlsxCellDecoder(SharedStrings sharedStrings, DateStyles dateStyles, boolean date1904) {
        this.sharedStrings = sharedStrings;
        this.dateStyles = dateStyles;
        this.date1904 = date1904;
    }

    /**
     * @param value  the text of the {@code <v>}, or null
     * @param inline the text of the {@code <is>} (empty when it has none), or null without one
     */
    RawCell decode(int column, String type, int style, String value, String inline) {
        // the types tested in the order of how often they occur; none, "n" or any other is a number
        if ("inlineStr".equals(type)) {
            return inline == null || inline.isEmpty() ? textOrBlank(column, value)
                    : RawCell.text(column, OoxmlEscapes.decode(inline));
        }
        if ("s".equals(type)) {
            if (value == null || CellText.isBlank(value)) {
                return RawCell.blank(column);
            }
            String shared = sharedStrings.get(XlsxSheetCursor.positive(value.trim(), -1));
            return shared == null ? RawCell.blank(column) : RawCell.text(column, OoxmlEscapes.decode(shared));
        }
        if ("str".equals(type)) {
            return textOrBlank(column, value);
        }
        if ("b".equals(type)) {
            if (value == null || CellText.isBlank(value)) {
                return RawCell.blank(column);
            }
            boolean b = value.trim().equals("1") || value.trim().equalsIgnoreCase("true");
            return new RawCell(column, RawCell.Kind.BOOLEAN, b ? "TRUE" : "FALSE", 0, false);
        }
        if ("e".equals(type)) {
            return value == null ? RawCell.blank(column)
                    : new RawCell(column, RawCell.Kind.ERROR, CellText.sanitise(value.trim()), 0, false);
        }
        if ("d".equals(type)) {
            return isoDate(column, value);
        }
        return number(column, style, value);
    }

    private RawCell number(int column, int style, String value) {
        if (value == null || CellText.isBlank(value)) {
            return RawCell.blank(column);
        }
        double number;
        try {
            number = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            return RawCell.text(column, value); // not a number after all: let rules §4 judge the text
        }
        if (dateStyles.isDate(style)) {
            // RawCell serials are in the 1900 date system; a 1904 workbook's dates are shifted to it
            return RawCell.date(column, date1904 ? number + DAYS_1904 : number);
        }
        return RawCell.number(column, number);
    }

    private static RawCell isoDate(int column, String value) {
        if (value == null || CellText.isBlank(value)) {
            return RawCell.blank(column);
        }
        String v = value.trim();
        try {
            LocalDateTime when = v.length() <= 10 ? LocalDate.parse(v).atStartOfDay() : LocalDateTime.parse(v);
            return RawCell.date(column, DateUtil.getExcelDate(when));
        } catch (DateTimeParseException e) {
            return RawCell.text(column, v);
        }
    }

    private static RawCell textOrBlank(int column, String value) {
        return value == null || value.isEmpty() ? RawCell.blank(column) : RawCell.text(column, OoxmlEscapes.decode(value));
    }
}
