package cn.qingdao.hrss.jiuye.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the {@code <sheetData>} of an .xlsx sheet part with StAX, one {@code <row>} at a time
 * (rules §3: a sheet may have a million rows; memory does not grow with them).
 *
 * <p>An inline string is the {@code <t>} of every rich-text run, phonetic {@code <rPh>} ignored;
 * a formula's {@code <f>} is skipped, its cached {@code <v>} counts (rules §3), it is never
 * evaluated; {@link XlsxCellDecoder} turns the result into a {@link RawCell}. Rows and cells
 * without an {@code r} attribute follow the previous one; a row numbered at or before the previous
 * one (never written by an office suite) makes the sheet unreadable rather than two rows one.
 */
final class XlsxSheetCursor implements RowCursor {

    private final String fileName;
    private final String sheet;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final CellAttributes attributes;
    private final XlsxCellDecoder cells;
    private final SheetRows rows = new SheetRows();

    XlsxSheetCursor(String fileName, String sheet, InputStream in, XlsxCellDecoder cells) throws XMLStreamException {
        this.fileName = fileName;
        this.sheet = sheet;
        this.in = in;
        this.xml = SafeXml.reader(in);
        this.attributes = new CellAttributes(xml);
        this.cells = cells;
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
        int r = positive(SafeXml.attribute(xml, "r"), 0);
        int rowNumber = rows.number(r);
        List<RawCell> cells = rows.cells();
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
        return rows.row(rowNumber, cells);
    }

    /** Reads one {@code <c>}; the reader is left on its end tag. */
    private RawCell readCell(int defaultColumn) throws XMLStreamException {
        // one pass over the attributes, the first of each name in any namespace (as SafeXml.attribute)
        int column = -1;
        String type = null;
        int style = -1;
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            String name = xml.getAttributeLocalName(i);
            if (column < 0 && "r".equals(name)) {
                column = attributes.column(i, defaultColumn);
            } else if (type == null && "t".equals(name)) {
                type = attributes.type(i);
            } else if (style < 0 && "s".equals(name)) {
                style = attributes.style(i);
            }
        }
        String value = null;
        String inline = null;
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
        return cells.decode(column < 0 ? defaultColumn : column, type, Math.max(style, 0), value, inline);
    }

    /** The text of an {@code <is>}: its {@code <t>}, or the {@code <t>} of each {@code <r>} run joined. */
    private String readInlineString() throws XMLStreamException {
        SheetRows.InlineText text = new SheetRows.InlineText();
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("t".equals(name)) {
                    text.add(xml.getElementText());
                } else if ("rPh".equals(name) || "phoneticPr".equals(name)) {
                    skipElement();
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return text.text();
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

    /** A non-negative whole number ({@code Integer.parseInt} of the trimmed text), else {@code fallback}. */
    static int positive(String s, int fallback) {
        if (s == null) {
            return fallback;
        }
        if (!s.isEmpty() && s.length() <= 9) { // the usual r="12": plain ASCII digits, read without trimming or parsing
            int n = 0;
            int i = 0;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                n = n * 10 + (s.charAt(i) - '0');
                i++;
            }
            if (i == s.length()) {
                return n;
            }
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
