package cn.qingdao.hrss.jiuye.workbook;

import java.io.Closeable;
import java.util.List;
import java.util.function.Consumer;

/**
 * A district workbook opened for reading (rules §3). Sheets are read streaming: a reader never
 * holds more than one row at a time, whatever the number of rows.
 */
public interface SubmissionWorkbook extends Closeable {

    /** The sheet names of the file, as matched (trimmed, full-width folded: rules §3). */
    List<String> sheetNames();

    default boolean hasSheet(String name) {
        return sheetNames().contains(name);
    }

    /** Every row of a sheet that holds a non-blank cell, in order (used for the cover sheet). */
    void readRows(String sheet, Consumer<RawRow> rows) throws WorkbookException;

    /**
     * The data rows of a table sheet, one at a time: header found below any title rows, blank rows
     * skipped, reading stopped at a totals row, columns mapped by header text (rules §3).
     *
     * @throws WorkbookException MISSING_SHEET, MISSING_COLUMN (naming every missing column), or
     *                           UNREADABLE_FILE when the sheet's content cannot be parsed
     */
    TableCursor table(SheetSpec spec) throws WorkbookException;

    /** Every data row of a table sheet, in order ({@link #table}). */
    default void readTable(SheetSpec spec, Consumer<DataRow> rows) throws WorkbookException {
        try (TableCursor table = table(spec)) {
            DataRow row;
            while ((row = table.next()) != null) {
                rows.accept(row);
            }
        }
    }

    @Override
    void close();
}
