package cn.qingdao.hrss.jiuye.report;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Arrays;
import java.util.function.IntFunction;
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
 *
 * <p>A sheet's data lines can also be written here directly, without an {@link SXSSFRow} and a cell
 * object per cell ({@link #startRow}, {@link #text}, {@link #number}, {@link #blank}, {@link #endRow}):
 * the same XML, one write per row. SXSSF learns of them through the flushed-row figures this writer
 * reports, so that a row it is asked to create after them still has to come after them.
 */
final class CellXmlWriter extends SheetDataWriter {

    private static final int FILE_BLOCK = 1 << 16;

    private char[] buf = new char[256];
    private int len;
    private char[] rowDigits = new char[0]; // the 1-based number of the row being written
    private final String[] columnNames = new String[64];
    private final String[] styleNumbers = new String[64];
    // the rows written directly, beside those SXSSF flushed through writeRow
    private int directRows;
    private int firstDirectRow;
    private int lastDirectRow = -1;
    private int cellsOfLastDirectRow;
    private boolean lastRowDirect;
    private boolean inDirectRow;

    /** Writes to a temporary file, as SXSSF's own writer does. */
    CellXmlWriter() throws IOException {
        super();
    }

    /**
     * The temporary file is written and read back in blocks of {@value #FILE_BLOCK} bytes: SXSSF's own
     * streams hand it on in pieces of a few kilobytes, a system call each, several hundred thousand for a
     * province's rosters.
     */
    @Override
    protected OutputStream decorateOutputStream(FileOutputStream fos) {
        return new BufferedOutputStream(fos, FILE_BLOCK);
    }

    @Override
    protected InputStream decorateInputStream(FileInputStream fis) {
        return new BufferedInputStream(fis, FILE_BLOCK);
    }

    /** Writes to {@code out} (tests compare it with POI's writer). */
    CellXmlWriter(Writer out) throws IOException {
        super(out);
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        this.rowDigits = Integer.toString(rownum + 1).toCharArray();
        lastRowDirect = false;
        super.writeRow(rownum, row); // the row element; each cell comes back to writeCell
    }

    /** Starts a row written directly, after every row written so far; its cells follow left to right. */
    void startRow(int rownum) {
        if (inDirectRow || rownum <= getLastFlushedRow()) {
            throw new IllegalStateException("row " + (rownum + 1) + " is not after the rows already written");
        }
        if (directRows++ == 0) {
            firstDirectRow = rownum;
        }
        lastDirectRow = rownum;
        cellsOfLastDirectRow = 0;
        lastRowDirect = true;
        inDirectRow = true;
        rowDigits = Integer.toString(rownum + 1).toCharArray();
        len = 0;
        append("<row r=\"");
        append(rowDigits);
        append("\">\n"); // as SheetDataWriter.beginRow writes a row of default height and style
    }

    /** A string cell of the direct row. */
    void text(int column, int style, String text) {
        cellStart(column, style);
        stringValue(text);
    }

    /** A number cell of the direct row ({@code value} finite: SXSSF makes an error cell of any other). */
    void number(int column, int style, double value) {
        cellStart(column, style);
        numberValue(value);
    }

    /** A cell of the direct row with a style and no value. */
    void blank(int column, int style) {
        cellStart(column, style);
        append("\"></c>");
    }

    /** Whether a direct row is started and not yet ended. */
    boolean inDirectRow() {
        return inDirectRow;
    }

    /** Ends the direct row and writes it. */
    void endRow() throws IOException {
        append("</row>\n");
        _out.write(buf, 0, len);
        len = 0;
        inDirectRow = false;
    }

    private void cellStart(int column, int style) {
        if (!inDirectRow) {
            throw new IllegalStateException("a cell outside a direct row");
        }
        cellsOfLastDirectRow = column + 1;
        cellRef(column, style);
    }

    @Override
    public int getNumberOfFlushedRows() {
        return super.getNumberOfFlushedRows() + directRows;
    }

    @Override
    public int getLowestIndexOfFlushedRows() {
        // direct rows only ever follow the rows SXSSF flushed (startRow), so the lowest is SXSSF's if it flushed any
        return directRows == 0 || super.getNumberOfFlushedRows() > 0 ? super.getLowestIndexOfFlushedRows() : firstDirectRow;
    }

    @Override
    public int getLastFlushedRow() {
        return Math.max(super.getLastFlushedRow(), lastDirectRow);
    }

    @Override
    public int getNumberOfCellsOfLastFlushedRow() {
        return lastRowDirect ? cellsOfLastDirectRow : super.getNumberOfCellsOfLastFlushedRow();
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
        cellRef(columnIndex, cell.getCellStyle().getIndex() & 0xffff);
        switch (type) {
            case STRING -> stringValue(cell.getStringCellValue());
            case NUMERIC -> numberValue(cell.getNumericCellValue());
            case BOOLEAN -> {
                append("\" t=\"b\"><v>");
                append(cell.getBooleanCellValue() ? '1' : '0');
                append("</v></c>");
            }
            default -> append("\"></c>"); // blank
        }
        _out.write(buf, 0, len);
    }

    /** {@code <c r="B7" s="5} — the cell's start up to its type. */
    private void cellRef(int column, int style) {
        append("<c r=\"");
        append(columnName(column));
        append(rowDigits);
        if (style != 0) {
            append("\" s=\"");
            append(styleNumber(style));
        }
    }

    private void stringValue(String text) {
        append("\" t=\"inlineStr\"><is><t");
        if (hasSpaceAtAnEnd(text)) {
            append(" xml:space=\"preserve\"");
        }
        append('>');
        escaped(text);
        append("</t></is></c>");
    }

    private void numberValue(double value) {
        append("\" t=\"n\"><v>");
        append(Double.toString(value));
        append("</v></c>");
    }

    private String columnName(int column) {
        return cached(columnNames, column, CellReference::convertNumToColString);
    }

    private String styleNumber(int style) {
        return cached(styleNumbers, style, Integer::toString);
    }

    /** The text of {@code i}, made once for the first numbers (a column's letters, a style's number). */
    private static String cached(String[] texts, int i, IntFunction<String> text) {
        if (i >= texts.length) {
            return text.apply(i);
        }
        String t = texts[i];
        if (t == null) {
            t = text.apply(i);
            texts[i] = t;
        }
        return t;
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
