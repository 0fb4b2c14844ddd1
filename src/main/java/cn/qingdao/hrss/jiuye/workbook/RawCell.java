package cn.qingdao.hrss.jiuye.workbook;

/**
 * One cell as stored in the workbook, before any interpretation (rules §4 decides what it means).
 * A formula cell is represented by its cached value (rules §3). A merged cell's value is repeated
 * in every cell the merge spans.
 *
 * @param column         0-based column index (A = 0)
 * @param kind           what the cell holds
 * @param text           the text for TEXT, the error text (e.g. {@code #REF!}) for ERROR,
 *                       "TRUE"/"FALSE" for BOOLEAN, null otherwise
 * @param number         the value for NUMBER (an Excel date is its serial number), 0 otherwise
 * @param dateFormatted  true when a NUMBER cell carries a date or time number format
 */
public record RawCell(int column, Kind kind, String text, double number, boolean dateFormatted) {

    public enum Kind { BLANK, TEXT, NUMBER, BOOLEAN, ERROR }

    public static RawCell blank(int column) {
        return new RawCell(column, Kind.BLANK, null, 0, false);
    }

    /**
     * A text cell, its text made safe to store and show: control characters other than tab and line
     * breaks, zero-width characters and a BOM removed (a NUL cannot even be stored in PostgreSQL,
     * and none of them can be seen in Excel), and cut at 32,767 characters, the most an Excel cell holds.
     */
    public static RawCell text(int column, String text) {
        return new RawCell(column, Kind.TEXT, CellText.sanitise(text), 0, false);
    }

    /** A number; one that is not finite (NaN, infinity: a crafted file) is the error {@code #NUM!}, as Excel shows it. */
    public static RawCell number(int column, double number) {
        return Double.isFinite(number) ? new RawCell(column, Kind.NUMBER, null, number, false) : notANumber(column);
    }

    public static RawCell date(int column, double serial) {
        return Double.isFinite(serial) ? new RawCell(column, Kind.NUMBER, null, serial, true) : notANumber(column);
    }

    private static RawCell notANumber(int column) {
        return new RawCell(column, Kind.ERROR, "#NUM!", 0, false);
    }

    /** Blank, or text that is empty once trimmed. */
    public boolean isBlank() {
        return kind == Kind.BLANK || (kind == Kind.TEXT && CellText.isBlank(text));
    }

    /** The column as Excel names it: A, B, …, Z, AA, … */
    public String columnLetter() {
        return columnLetter(column);
    }

    public static String columnLetter(int column) {
        StringBuilder sb = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return sb.toString();
    }
}
