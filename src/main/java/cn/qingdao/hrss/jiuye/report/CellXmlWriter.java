package cn.qingdao.hrss.jiuye.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * SXSSF's writer of a sheet's temporary XML, with each text, number, blank or boolean cell built in a
 * buffer and handed to the file's writer in one call. POI's own {@link SheetDataWriter} makes a dozen
 * calls per cell and one per character of text, each taking the buffered writer's lock, and allocates
 * a {@link CellReference} per cell and an array per character: for a province's rosters that was most
 * of the report step's work (docs/performance.md). The XML is the same, character for character: the same cell reference, style,
 * type and value ({@link Double#toString} for numbers), {@code xml:space="preserve"} for text with
 * a leading or trailing space, and POI's escapes — {@code < > & "}, line feed, carriage return, tab
 * and no-break space as entities, other control characters and U+FFFE/U+FFFF as {@code ?}. Formula
 * and error cells, which the outputs do not write, go to POI's code.
 */
final class CellXmlWriter extends SheetDataWriter {

    private char[] buf = new char[256];
    private int len;
    private char[] rowDigits = new char[0]; // the 1-based number of the row being written
    private final String[] columnNames = new String[64];

    /** Writes to a temporary file, as SXSSF's own writer does. */
    CellXmlWriter() throws IOException {
        super();
    }

    /** Writes to {@code out} (tests compare it with POI's writer). */
    CellXmlWriter(Writer out) throws IOException {
        super(out);
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        this.rowDigits = Integer.toString(rownum + 1).toCharArray();
        super.writeRow(rownum, row); // the row element; each cell comes back to writeCell
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        if (cell == null) {
            return;
        }
        CellType type = cell.getCellType();
        if (type != CellType.STRING && type != CellType.NUMERIC && type != CellType.BOOLEAN && type != CellType.BLANK) {
            super.writeCell(columnIndex, cell); // formula, error: the outputs write none
            return;
        }
        len = 0;
        append("<c r=\"");
        append(columnName(columnIndex));
        append(rowDigits);
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (style != 0) {
            append("\" s=\"");
            append(Integer.toString(style));
        }
        switch (type) {
            case STRING -> {
                String text = cell.getStringCellValue();
                append("\" t=\"inlineStr\"><is><t");
                if (hasSpaceAtAnEnd(text)) {
                    append(" xml:space=\"preserve\"");
                }
                append('>');
                escaped(text);
                append("</t></is></c>");
            }
            case NUMERIC -> {
                append("\" t=\"n\"><v>");
                append(Double.toString(cell.getNumericCellValue()));
                append("</v></c>");
            }
            case BOOLEAN -> {
                append("\" t=\"b\"><v>");
                append(cell.getBooleanCellValue() ? '1' : '0');
                append("</v></c>");
            }
            default -> append("\"></c>"); // blank
        }
        _out.write(buf, 0, len);
    }

    private String columnName(int column) {
        if (column >= columnNames.length) {
            return CellReference.convertNumToColString(column);
        }
        String name = columnNames[column];
        if (name == null) {
            name = CellReference.convertNumToColString(column);
            columnNames[column] = name;
        }
        return name;
    }

    private static boolean hasSpaceAtAnEnd(String text) {
        return !text.isEmpty()
                && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
    }

    /** POI's escapes ({@code SheetDataWriter.outputEscapedString}), char by char: surrogates pass through as a pair. */
    private void escaped(String text) {
        ensure(text.length() * 6);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> append("&lt;");
                case '>' -> append("&gt;");
                case '&' -> append("&amp;");
                case '"' -> append("&quot;");
                case '\n' -> append("&#xa;");
                case '\r' -> append("&#xd;");
                case '\t' -> append("&#x9;");
                case '\u00A0' -> append("&#xa0;");
                default -> buf[len++] = (c < ' ' || c >= '\uFFFE') ? '?' : c;
            }
        }
    }

    private void append(String s) {
        ensure(s.length());
        s.getChars(0, s.length(), buf, len);
        len += s.length();
    }

    private void append(char[] chars) {
        ensure(chars.length);
        System.arraycopy(chars, 0, buf, len, chars.length);
        len += chars.length;
    }

    private void append(char c) {
        ensure(1);
        buf[len++] = c;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
