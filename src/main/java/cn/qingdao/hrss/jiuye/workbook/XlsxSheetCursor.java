package cn.qingdao.hrss.jiuye.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Streams the {@code <sheetData>} of an .xlsx sheet part with StAX, one {@code <row>} at a time
 * (SPEC §3: a sheet may have a million rows; memory does not grow with them).
 *
 * <p>Cells: {@code t="s"} shared string, {@code t="inlineStr"} inline string (the {@code <t>} of
 * every rich-text run, phonetic {@code <rPh>} ignored), {@code t="str"} a formula's text result,
 * {@code t="b"} boolean, {@code t="e"} error, {@code t="d"} ISO date, otherwise a number — a date
 * when its style has a date format. A formula counts by its cached {@code <v>} (SPEC §3); it is
 * never evaluated. Rows and cells without an {@code r} attribute follow the previous one.
 */
final class XlsxSheetCursor implements RowCursor {

    /** Days between the 1900 and the 1904 date systems. */
    private static final int DAYS_1904 = 1462;

    private final String fileName;
    private final String sheet;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final SharedStrings sharedStrings;
    private final DateStyles dateStyles;
    private final boolean date1904;
    private int lastRow;

    /** Resolves {@code t="s"} indexes; null when the file refers to a string it does not have. */
    interface SharedStrings {
        String get(int index);
    }

    XlsxSheetCursor(String fileName, String sheet, InputStream in, SharedStrings sharedStrings,
                    DateStyles dateStyles, boolean date1904) throws XMLStreamException {
        this.fileName = fileName;
        this.sheet = sheet;
        this.in = in;
        this.xml = SafeXml.reader(in);
        this.sharedStrings = sharedStrings;
        this.dateStyles = dateStyles;
        this.date1904 = date1904;
    }

    @Override
    public RawRow next() throws WorkbookException {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    return readRow();
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            throw FileMessages.unreadableSheet(fileName, sheet, e);
        }
    }

    private RawRow readRow() throws XMLStreamException {
        int r = positive(xml.getAttributeValue(null, "r"), 0);
        int rowNumber = r >= 1 ? r : lastRow + 1;
        lastRow = rowNumber;
        List<RawCell> cells = new ArrayList<>();
        int lastColumn = -1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                RawCell cell = readCell(lastColumn + 1);
                lastColumn = cell.column();
                cells.add(cell);
            } else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                break;
            }
        }
        return new RawRow(rowNumber, cells);
    }

    /** Reads one {@code <c>}; the reader is left on its end tag. */
    private RawCell readCell(int defaultColumn) throws XMLStreamException {
        int column = column(xml.getAttributeValue(null, "r"), defaultColumn);
        String type = xml.getAttributeValue(null, "t");
        int style = positive(xml.getAttributeValue(null, "s"), 0);
        String value = null;
        StringBuilder inline = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("v".equals(name)) {
                    value = xml.getElementText();
                } else if ("is".equals(name)) {
                    inline = readInlineString();
                } else {
                    skipElement(); // <f>, <extLst>
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
                break;
            }
        }
        return toCell(column, type, style, value, inline);
    }

    /** The text of an {@code <is>}: its {@code <t>}, or the {@code <t>} of each {@code <r>} run. */
    private StringBuilder readInlineString() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("t".equals(name)) {
                    text.append(xml.getElementText());
                } else if ("rPh".equals(name) || "phoneticPr".equals(name)) {
                    skipElement();
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return text;
    }

    /** Skips the element the reader is on, with everything inside it. */
    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private RawCell toCell(int column, String type, int style, String value, StringBuilder inline) {
        String t = type == null ? "n" : type;
        switch (t) {
            case "inlineStr":
                return inline == null || inline.length() == 0 ? textOrBlank(column, value)
                        : RawCell.text(column, inline.toString());
            case "s":
                if (value == null || value.isBlank()) {
                    return RawCell.blank(column);
                }
                String shared = sharedStrings.get(positive(value.trim(), -1));
                return shared == null ? RawCell.blank(column) : RawCell.text(column, shared);
            case "str":
                return textOrBlank(column, value);
            case "b":
                if (value == null || value.isBlank()) {
                    return RawCell.blank(column);
                }
                boolean b = value.trim().equals("1") || value.trim().equalsIgnoreCase("true");
                return new RawCell(column, RawCell.Kind.BOOLEAN, b ? "TRUE" : "FALSE", 0, false);
            case "e":
                return value == null ? RawCell.blank(column)
                        : new RawCell(column, RawCell.Kind.ERROR, value.trim(), 0, false);
            case "d":
                return isoDate(column, value);
            default:
                return number(column, style, value);
        }
    }

    private RawCell number(int column, int style, String value) {
        if (value == null || value.isBlank()) {
            return RawCell.blank(column);
        }
        double number;
        try {
            number = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            return RawCell.text(column, value); // not a number after all: let SPEC §4 judge the text
        }
        if (dateStyles.isDate(style)) {
            // RawCell serials are in the 1900 date system; a 1904 workbook's dates are shifted to it
            return RawCell.date(column, date1904 ? number + DAYS_1904 : number);
        }
        return RawCell.number(column, number);
    }

    private static RawCell isoDate(int column, String value) {
        if (value == null || value.isBlank()) {
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
        return value == null || value.isEmpty() ? RawCell.blank(column) : RawCell.text(column, value);
    }

    /** The 0-based column of a cell reference such as {@code AB12}; {@code fallback} without one. */
    static int column(String ref, int fallback) {
        if (ref == null) {
            return fallback;
        }
        int column = 0;
        int i = 0;
        while (i < ref.length()) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            i++;
        }
        return i == 0 || column > 16_384 ? fallback : column - 1;
    }

    private static int positive(String s, int fallback) {
        if (s == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(s.trim());
            return n >= 0 ? n : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // nothing to release beyond the stream below
        }
        try {
            in.close();
        } catch (IOException e) {
            // read-only stream of a package part: nothing to recover
        }
    }
}
