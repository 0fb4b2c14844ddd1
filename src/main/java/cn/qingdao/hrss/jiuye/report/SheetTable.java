package cn.qingdao.hrss.jiuye.report;

import java.math.BigDecimal;
import java.util.Arrays;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes a sheet top to bottom, one line after another, for the output workbooks (rules §8):
 * titles, a header, data and total lines, with column widths fitted to the (Chinese) text
 * written and an A4 landscape print set-up. Text always becomes a string cell — a value that
 * starts with {@code = + - @} is also quote-prefixed, so no spreadsheet ever treats it as a formula.
 */
final class SheetTable {

    private static final int MAX_WIDTH = 60;
    /** The most characters an Excel cell holds (POI refuses more). */
    static final int MAX_CELL_TEXT = 32_767;

    private final Sheet sheet;
    private final Styles styles;
    /** Each column's width in characters so far, -1 where nothing was written (a roster tracks one per cell). */
    private int[] widths = new int[0];
    private int next;

    SheetTable(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
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
        Row row = sheet.createRow(next);
        row.setHeightInPoints(28);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(styles.title());
        if (lastCol > 0) {
            sheet.addMergedRegion(new CellRangeAddress(next, next, 0, lastCol));
        }
        next++;
    }

    /** A line of free text over columns 0..lastCol (merged, wrapped). */
    void note(String text, int lastCol, boolean bold) {
        Row row = sheet.createRow(next);
        Cell cell = row.createCell(0);
        cell.setCellValue(text == null ? "" : text);
        cell.setCellStyle(styles.note(bold));
        if (lastCol > 0) {
            sheet.addMergedRegion(new CellRangeAddress(next, next, 0, lastCol));
            int chars = displayWidth(text);
            int perLine = 0;
            for (int c = 0; c <= lastCol; c++) {
                perLine += c < widths.length && widths[c] >= 0 ? widths[c] : 10;
            }
            int lines = Math.max(1, (chars + perLine - 1) / Math.max(1, perLine));
            row.setHeightInPoints(Math.min(409, 15f * lines + 3));
        }
        next++;
    }

    void skip() {
        next++;
    }

    /** The header line; its texts count towards the column widths. */
    void header(String... names) {
        Row row = sheet.createRow(next++);
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
        return new Line(sheet.createRow(next++), false);
    }

    Line totalLine() {
        return new Line(sheet.createRow(next++), true);
    }

    /** Applies the column widths (1/256 of a character; CJK characters count double) and the print set-up. */
    void finish() {
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

    /** One line of cells, written left to right. */
    final class Line {
        private final Row row;
        private final boolean total;
        private int col;

        private Line(Row row, boolean total) {
            this.row = row;
            this.total = total;
        }

        Row row() {
            return row;
        }

        /** Moves to a column (0-based); cells skipped stay empty. */
        Line at(int column) {
            this.col = column;
            return this;
        }

        /** A string cell (never a formula), empty when null. */
        Line text(String value) {
            Cell cell = row.createCell(col);
            if (value == null) {
                cell.setCellStyle(styles.cell(Styles.TEXT, total, false));
            } else {
                String shown = value.length() > MAX_CELL_TEXT ? value.substring(0, MAX_CELL_TEXT) : value;
                cell.setCellValue(shown);
                cell.setCellStyle(styles.cell(Styles.TEXT, total, looksLikeFormula(shown)));
                track(col, value);
            }
            col++;
            return this;
        }

        Line integer(Long value) {
            return value == null ? empty(Styles.INTEGER) : integer(value.longValue());
        }

        Line integer(long value) {
            return number(value, Styles.INTEGER, groupedWidth(value));
        }

        /** A serial or row number, without thousands separator (as Excel numbers its rows). */
        Line plain(Integer value) {
            return value == null ? empty(Styles.PLAIN)
                    : number(value, Styles.PLAIN, (value < 0 ? 1 : 0) + digits(value));
        }

        Line money(BigDecimal value) {
            return value == null ? empty(Styles.MONEY) : number(value.doubleValue(), Styles.MONEY, groupedWidth(value, 2));
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
            return value == null ? empty(format) : number(value.doubleValue(), format, shownWidth);
        }

        private Line number(double value, String format, int shownWidth) {
            Cell cell = row.createCell(col);
            cell.setCellStyle(styles.cell(format, total, false));
            cell.setCellValue(value);
            widen(col, shownWidth);
            col++;
            return this;
        }

        /** A cell in a number format with no value (a null number). */
        private Line empty(String format) {
            row.createCell(col).setCellStyle(styles.cell(format, total, false));
            col++;
            return this;
        }

        Line blank() {
            row.createCell(col).setCellStyle(styles.cell(Styles.TEXT, total, false));
            col++;
            return this;
        }
    }
}
