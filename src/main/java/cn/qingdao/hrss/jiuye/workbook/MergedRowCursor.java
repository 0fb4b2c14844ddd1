package cn.qingdao.hrss.jiuye.workbook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * rules §3, "a merged cell's value belongs to every row it spans": wraps the physical rows of a
 * sheet and copies the value of each merge's top-left cell into every cell of its range, creating
 * rows the file leaves out inside a merge. Hands out only rows with a non-blank cell.
 *
 * <p>Memory: the merge ranges of the sheet and the values of the merges spanning the current row;
 * never more than one row.
 */
final class MergedRowCursor implements RowCursor {

    private final RowCursor physical;
    private final List<CellRangeAddress> pending;
    private int nextPending;
    private final List<Active> active = new ArrayList<>();
    private RawRow lookahead;
    private boolean physicalDone;
    /** 0-based index of the next row that may be handed out. */
    private int position;

    private record Active(CellRangeAddress range, RawCell value) {
    }

    MergedRowCursor(RowCursor physical, List<CellRangeAddress> merges) {
        this.physical = physical;
        this.pending = new ArrayList<>(merges);
        this.pending.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
    }

    @Override
    public RawRow next() throws WorkbookException {
        while (true) {
            if (lookahead == null && !physicalDone) {
                lookahead = physical.next();
                physicalDone = lookahead == null;
            }
            int target;
            if (lookahead != null) {
                int lookRow = lookahead.rowNumber() - 1;
                // rows the file leaves out inside a merge are still rows of that merge
                target = lookRow > position && coversAfter(position) ? position : lookRow;
            } else if (coversAfter(position)) {
                target = position;
            } else {
                return null;
            }
            RawRow row;
            if (lookahead != null && lookahead.rowNumber() - 1 == target) {
                row = fill(target, lookahead.cells());
                lookahead = null;
            } else {
                row = fill(target, List.of());
            }
            position = target + 1;
            if (row != null) {
                return row;
            }
        }
    }

    /** True when a merge with a known value spans row {@code row} or a later one. */
    private boolean coversAfter(int row) {
        for (Active a : active) {
            if (a.range.getLastRow() >= row) {
                return true;
            }
        }
        return false;
    }

    private RawRow fill(int row, List<RawCell> cells) {
        active.removeIf(a -> a.range.getLastRow() < row);
        boolean mergeStarts = nextPending < pending.size() && pending.get(nextPending).getFirstRow() <= row;
        if (active.isEmpty() && !mergeStarts && ascending(cells)) {
            return nonBlank(row, cells); // the usual row: no merge touches it, nothing to sort
        }
        TreeMap<Integer, RawCell> byColumn = new TreeMap<>();
        for (RawCell c : cells) {
            byColumn.putIfAbsent(c.column(), c);
        }
        while (nextPending < pending.size() && pending.get(nextPending).getFirstRow() <= row) {
            CellRangeAddress range = pending.get(nextPending++);
            RawCell topLeft = range.getFirstRow() == row ? byColumn.get(range.getFirstColumn()) : null;
            if (topLeft != null && !topLeft.isBlank() && range.getLastRow() >= row) {
                active.add(new Active(range, topLeft));
            }
        }
        for (Active a : active) {
            for (int col = a.range.getFirstColumn(); col <= a.range.getLastColumn(); col++) {
                byColumn.put(col, at(a.value, col));
            }
        }
        return nonBlank(row, byColumn.values());
    }

    /** True when the columns strictly increase: the order the general path below sorts into, no column twice. */
    private static boolean ascending(List<RawCell> cells) {
        int last = -1;
        for (RawCell c : cells) {
            if (c.column() <= last) {
                return false;
            }
            last = c.column();
        }
        return true;
    }

    /** The row of the non-blank cells of {@code cells}, or null when there are none. */
    private static RawRow nonBlank(int row, Collection<RawCell> cells) {
        List<RawCell> nonBlank = new ArrayList<>(cells.size());
        for (RawCell c : cells) {
            if (!c.isBlank()) {
                nonBlank.add(c);
            }
        }
        return nonBlank.isEmpty() ? null : new RawRow(row + 1, List.copyOf(nonBlank));
    }

    private static RawCell at(RawCell value, int column) {
        return value.column() == column ? value
                : new RawCell(column, value.kind(), value.text(), value.number(), value.dateFormatted());
    }

    @Override
    public void close() {
        physical.close();
    }
}
