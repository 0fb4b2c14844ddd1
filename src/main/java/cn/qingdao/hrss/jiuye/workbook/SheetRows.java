package cn.qingdao.hrss.jiuye.workbook;

import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;

/**
 * What an .xlsx sheet's rows follow, whichever reader reads the part ({@link XlsxSheetScanner} or
 * {@link XlsxSheetCursor}): a row without an {@code r} follows the previous one, and a row numbered at or
 * before the previous one (never written by an office suite) makes the sheet unreadable rather than two
 * rows one (rules §3). It also sizes each row's list of cells from the row before, so a list never regrows.
 */
final class SheetRows {

    /** The room a row's list of cells starts with at least (a list's own default). */
    private static final int MIN_CELLS_PER_ROW = 10;

    private int lastRow;
    private int cellsPerRow = MIN_CELLS_PER_ROW;

    /** The number of the next row, given its {@code r} (0 or less when it has none). */
    int number(int r) throws XMLStreamException {
        if (r >= 1 && r <= lastRow) {
            // office suites write rows in order; a repeated or backward row would make two data rows one
            throw new XMLStreamException("row " + r + " follows row " + lastRow + ": rows out of order");
        }
        lastRow = r >= 1 ? r : lastRow + 1;
        return lastRow;
    }

    /** An empty list for a row's cells, with room for as many as the row before. */
    List<RawCell> cells() {
        return new ArrayList<>(cellsPerRow);
    }

    /** The row, its cells read. */
    RawRow row(int number, List<RawCell> cells) {
        cellsPerRow = Math.max(cells.size(), MIN_CELLS_PER_ROW);
        return new RawRow(number, cells);
    }

    /** The text of an inline string ({@code <is>}): its {@code <t>}, or the {@code <t>} of each rich-text run joined. */
    static final class InlineText {
        private String text = "";
        private StringBuilder runs; // only for a second <t>: most inline strings have one

        void add(String t) {
            if (runs != null) {
                runs.append(t);
            } else if (text.isEmpty()) {
                text = t;
            } else {
                runs = new StringBuilder(text).append(t);
            }
        }

        String text() {
            return runs == null ? text : runs.toString();
        }
    }
}
