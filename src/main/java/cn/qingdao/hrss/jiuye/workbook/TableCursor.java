package cn.qingdao.hrss.jiuye.workbook;

import java.util.ArrayList;
import java.util.List;

import cn.qingdao.hrss.jiuye.support.text.Text;

/**
 * Reads the data rows of a table sheet from its rows (rules §3), the same for .xlsx and .xls:
 * the header is found by {@link HeaderFinder}; below it, a row whose first non-blank cell is
 * {@code 合计} or {@code 总计} ends the data (it and every row below are not data), a row blank in
 * every spec column is skipped (templates come pre-numbered in 序号), and every other row becomes
 * a {@link DataRow} with its physical row number and one cell per spec column.
 *
 * <p>A pull reader: the caller asks for one data row at a time ({@link #next()}), so that it can stop,
 * keep its place and go on as it likes; it holds at most one row of the sheet.
 */
public final class TableCursor implements AutoCloseable {

    private final RowCursor rows;
    private final HeaderRow header;
    private boolean ended;

    private TableCursor(RowCursor rows, HeaderRow header) {
        this.rows = rows;
        this.header = header;
    }

    /**
     * Finds the header of the table in {@code rows}; the cursor then stands on the first row below it.
     *
     * @throws WorkbookException MISSING_COLUMN (naming every missing column) when no row is the header,
     *                           UNREADABLE_FILE when the sheet's content cannot be parsed
     */
    static TableCursor open(SheetSpec spec, RowCursor rows) throws WorkbookException {
        try {
            HeaderFinder finder = new HeaderFinder(spec);
            HeaderRow header = null;
            while (header == null) {
                RawRow row = rows.next();
                if (row == null) {
                    throw finder.missingColumns();
                }
                header = finder.offer(row);
            }
            return new TableCursor(rows, header);
        } catch (WorkbookException | RuntimeException e) {
            rows.close();
            throw e;
        }
    }

    /**
     * The next data row, or null at the end of the table (the end of the sheet or its totals row).
     *
     * @throws WorkbookException UNREADABLE_FILE when the sheet's content cannot be parsed
     */
    public DataRow next() throws WorkbookException {
        RawRow row;
        while (!ended && (row = rows.next()) != null) {
            if (isTotals(row)) {
                break;
            }
            DataRow data = toDataRow(row, header);
            if (data != null) {
                return data;
            }
        }
        ended = true;
        return null;
    }

    @Override
    public void close() {
        rows.close();
    }

    /** rules §3: the first non-blank cell (any column, 序号 included) reads 合计 or 总计. */
    static boolean isTotals(RawRow row) {
        for (RawCell cell : row.cells()) {
            if (!cell.isBlank()) {
                if (cell.kind() != RawCell.Kind.TEXT) {
                    return false;
                }
                String label = Text.label(cell.text());
                return label.equals("合计") || label.equals("总计");
            }
        }
        return false;
    }

    /** The row's cells in spec column order, or null when all of them are blank. */
    private DataRow toDataRow(RawRow row, HeaderRow header) {
        int[] columns = header.columns();
        List<RawCell> cells = new ArrayList<>(columns.length);
        boolean any = false;
        for (int column : columns) {
            RawCell cell = find(row, column);
            any |= !cell.isBlank();
            cells.add(cell);
        }
        return any ? new DataRow(row.rowNumber(), List.copyOf(cells)) : null;
    }

    private static RawCell find(RawRow row, int column) {
        for (RawCell cell : row.cells()) {
            if (cell.column() == column) {
                return cell;
            }
            if (cell.column() > column) {
                break;
            }
        }
        return RawCell.blank(column);
    }
}
