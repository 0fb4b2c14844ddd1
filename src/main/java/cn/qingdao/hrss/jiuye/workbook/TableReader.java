package cn.qingdao.hrss.jiuye.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import cn.qingdao.hrss.jiuye.support.text.Text;

/**
 * Reads the data rows of a table sheet from its rows (rules §3), the same for .xlsx and .xls:
 * the header is found by {@link HeaderFinder}; below it, a row whose first non-blank cell is
 * {@code 合计} or {@code 总计} ends the data (it and every row below are not data), a row blank in
 * every spec column is skipped (templates come pre-numbered in 序号), and every other row becomes
 * a {@link DataRow} with its physical row number and one cell per spec column.
 */
final class TableReader {

    private final SheetSpec spec;

    TableReader(SheetSpec spec) {
        this.spec = spec;
    }

    void read(RowCursor rows, Consumer<DataRow> out) throws WorkbookException {
        HeaderFinder finder = new HeaderFinder(spec);
        HeaderRow header = null;
        RawRow row;
        while (header == null) {
            row = rows.next();
            if (row == null) {
                throw finder.missingColumns();
            }
            header = finder.offer(row);
        }
        while ((row = rows.next()) != null) {
            if (isTotals(row)) {
                return;
            }
            DataRow data = toDataRow(row, header);
            if (data != null) {
                out.accept(data);
            }
        }
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
