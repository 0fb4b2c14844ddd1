package cn.qingdao.hrss.jiuye.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes a sheet top to bottom, one line after another, for the output workbooks (rules §8):
 * titles, a header, data and total lines, with column widths fitted to the (Chinese) text
 * written and an A4 landscape print set-up. Text always becomes a string cell — a value that
 * starts with {@code = + - @} is also quote-prefixed, so no spreadsheet ever treats it as a formula.
 *
 * <p>A streamed sheet of many data lines (a roster) can have them written straight into its XML by the
 * sheet's {@link CellXmlWriter}, the same cells without a POI row and cell object each: every other line
 * stays a POI row, and such a sheet ends with one (its total line), which is what SXSSF measures the
 * sheet's extent ({@code <dimension>}) by.
 */
final class SheetTable {

    private static final int MAX_WIDTH = 60;
    /** The most characters an Excel cell holds (POI refuses more). */
    static final int MAX_CELL_TEXT = 32_767;

    private final Sheet sheet;
    private final Styles styles;
    private final CellXmlWriter direct; // null: every line a POI row
    private boolean lastLineDirect;
    /** Each column's width in characters so far, -1 where nothing was written (a roster tracks one per cell). */
    private int[] widths = new int[0];
    private int next;

    SheetTable(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
        this.direct = null;
    }

    /** A streamed sheet whose data lines ({@link #line}) {@code direct}, the writer of its XML, writes itself. */
    SheetTable(SXSSFSheet sheet, Styles styles, CellXmlWriter direct) {
        this.sheet = sheet;
        this.styles = styles;
        this.direct = direct;
    }

    /** A POI row at the next line, after any direct line (which it ends). */
    private Row createRow() {
        endDirectLine();
        lastLineDirect = false;
        return sheet.createRow(next++);
    }

    private void endDirectLine() {
        if (direct != null && direct.inDirectRow()) {
            try {
                direct.endRow();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    Sheet sheet() {
        return sheet;
    }

    /** The 0-based index of the next line to be written. */
    int nextRow() {
        return next;
    }

    /** A title over columns 0..lastCol, merged and centred. */
    void title(String text, int lastCol) {
        Row row = createRow();
        row.setHeightInPoints(28);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(styles.title());
        if (lastCol > 0) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, lastCol));
        }
    }

    /** A line of free text over columns 0..lastCol (merged, wrapped). */
    void note(String text, int lastCol, boolean bold) {
        Row row = createRow();
        Cell cell = row.createCell(0);
        cell.setCellValue(text == null ? "" : text);
        cell.setCellStyle(styles.note(bold));
        if (lastCol > 0) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, lastCol));
            int chars = displayWidth(text);
            int perLine = 0;
            for (int c = 0; c <= lastCol; c++) {
                perLine += c < widths.length && widths[c] >= 0 ? widths[c] : 10;
            }
            int lines = Math.max(1, (chars + perLine - 1) / Math.max(1, perLine));
            row.setHeightInPoints(Math.min(409, 15f * lines + 3));
        }
    }

    void skip() {
        next++;
    }

    /** The header line; its texts count towards the column widths. */
    void header(String... names) {
        Row row = createRow();
        row.setHeightInPoints(22);
        for (int i = 0; i < names.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(names[i]);
            cell.setCellStyle(styles.header());
            track(i, names[i]);
        }
    }

    /** Freezes every line written so far (titles and header) and repeats them on every printed page. */
    void freezeAndRepeatHeader() {
        sheet.createFreezePane(0, next);
        sheet.setRepeatingRows(new CellRangeAddress(0, next - 1, -1, -1));
    }

    Line line() {
        if (direct == null) {
            return new Line(createRow(), false);
        }
        endDirectLine();
        if (!lastLineDirect) {
            flushRows(); // the POI rows so far go to the XML before the direct lines
        }
        direct.startRow(next++);
        lastLineDirect = true;
        return new Line(null, false);
    }

    Line totalLine() {
        return new Line(createRow(), true);
    }

    private void flushRows() {
        try {
            ((SXSSFSheet) sheet).flushRows();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Applies the column widths (1/256 of a character; CJK characters count double) and the print set-up. */
    void finish() {
        endDirectLine();
        if (lastLineDirect) {
            throw new IllegalStateException("sheet '" + sheet.getSheetName() + "' ends with a direct line: its extent would miss it");
        }
        for (int col = 0; col < widths.length; col++) {
            if (widths[col] >= 0) {
                sheet.setColumnWidth(col, Math.min(MAX_WIDTH, widths[col] + 2) * 256);
            }
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
    }

    /** Sets a minimum width (in characters) for a column. */
    void minWidth(int col, int chars) {
        widen(col, chars);
    }

    private void track(int col, String text) {
        widen(col, displayWidth(text));
    }

    private void widen(int col, int chars) {
        if (col >= widths.length) {
            int from = widths.length;
            widths = Arrays.copyOf(widths, Math.max(col + 1, from * 2));
            Arrays.fill(widths, from, widths.length, -1);
        }
        widths[col] = Math.max(widths[col], chars);
    }

    /**
     * The width of a number as {@code #,##0} or {@code #,##0.00} shows it (1,234,567.89: 12), counted
     * rather than formatted: a roster has a money cell on every line.
     */
    static int groupedWidth(BigDecimal value, int decimals) {
        int digits = Math.max(1, value.precision() - value.scale()); // of the integer part
        return (value.signum() < 0 ? 1 : 0) + digits + (digits - 1) / 3 + (decimals > 0 ? decimals + 1 : 0);
    }

    /** The width of an integer as {@code #,##0} shows it. */
    static int groupedWidth(long value) {
        int digits = digits(value);
        return (value < 0 ? 1 : 0) + digits + (digits - 1) / 3;
    }

    /** The decimal digits of {@code value}, without its sign. */
    private static int digits(long value) {
        int digits = 1;
        for (long v = Math.abs(value / 10); v > 0; v /= 10) {
            digits++;
        }
        return digits;
    }

    static int displayWidth(String text) {
        if (text == null) {
            return 0;
        }
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            w += (c >= 0x2E80) ? 2 : 1;
        }
        return w;
    }

    static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@';
    }

    /** One line of cells, written left to right, until the next line begins. */
    final class Line {
        private final Row row; // null: a direct line
        private final boolean total;
        private int col;

        private Line(Row row, boolean total) {
            this.row = row;
            this.total = total;
        }

        /** Moves to a column (0-based); cells skipped stay empty. */
        Line at(int column) {
            this.col = column;
            return this;
        }

        /** A string cell (never a formula), empty when null. */
        Line text(String value) {
            if (value == null) {
                return styledOnly(Styles.TEXT);
            }
            String shown = value.length() > MAX_CELL_TEXT ? value.substring(0, MAX_CELL_TEXT) : value;
            CellStyle style = styles.cell(Styles.TEXT, total, looksLikeFormula(shown));
            if (row == null) {
                direct.text(col, index(style), shown);
            } else { // the value before the style: XSSF then writes the attributes t, s in this order
                Cell cell = row.createCell(col);
                cell.setCellValue(shown);
                cell.setCellStyle(style);
            }
            track(col, value);
            col++;
            return this;
        }

        Line integer(Long value) {
            return value == null ? styledOnly(Styles.INTEGER) : integer(value.longValue());
        }

        Line integer(long value) {
            return number(value, Styles.INTEGER, groupedWidth(value));
        }

        /** A serial or row number, without thousands separator (as Excel numbers its rows). */
        Line plain(Integer value) {
            return value == null ? styledOnly(Styles.PLAIN)
                    : number(value, Styles.PLAIN, (value < 0 ? 1 : 0) + digits(value));
        }

        Line money(BigDecimal value) {
            return value == null ? styledOnly(Styles.MONEY) : number(value.doubleValue(), Styles.MONEY, groupedWidth(value, 2));
        }

        /**
         * A percentage given in points (12.34 as stored in {@code yoy_pct}): written as the fraction
         * 0.1234 in the format {@code 0.00%}, so that Excel and every reader show 12.34%.
         */
        Line percentPoints(BigDecimal points) {
            return number(points == null ? null : points.movePointLeft(2), Styles.PERCENT,
                    points == null ? "" : points.toPlainString() + "%");
        }

        /** A number in a custom format, e.g. {@code 0.00"万人"}; {@code shown} estimates the width. */
        Line number(BigDecimal value, String format, String shown) {
            return number(value, format, displayWidth(shown));
        }

        private Line number(BigDecimal value, String format, int shownWidth) {
            return value == null ? styledOnly(format) : number(value.doubleValue(), format, shownWidth);
        }

        private Line number(double value, String format, int shownWidth) {
            CellStyle style = styles.cell(format, total, false);
            if (row == null) {
                direct.number(col, index(style), value);
            } else {
                poiCell(style).setCellValue(value);
            }
            widen(col, shownWidth);
            col++;
            return this;
        }

        Line blank() {
            return styledOnly(Styles.TEXT);
        }

        /** A cell with the style of its format and no value (an empty text or a null number). */
        private Line styledOnly(String format) {
            CellStyle style = styles.cell(format, total, false);
            if (row == null) {
                direct.blank(col, index(style));
            } else {
                poiCell(style);
            }
            col++;
            return this;
        }

        /** The POI cell at the line's column, in {@code style}. */
        private Cell poiCell(CellStyle style) {
            Cell cell = row.createCell(col);
            cell.setCellStyle(style);
            return cell;
        }

        /** A style's number in the workbook's styles, as a cell's {@code s} attribute gives it. */
        private static int index(CellStyle style) {
            return style.getIndex() & 0xffff;
        }
    }
}
