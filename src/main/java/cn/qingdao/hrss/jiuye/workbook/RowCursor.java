package cn.qingdao.hrss.jiuye.workbook;

/**
 * A pull reader over the physical rows of one sheet, top to bottom. Implementations hold at most
 * one row (plus the merge ranges of the sheet) in memory, whatever the number of rows (rules §3).
 */
interface RowCursor extends AutoCloseable {

    /**
     * The next physical row, or null at the end of the sheet. Depending on the stage, a row may
     * hold blank cells; {@link MergedRowCursor} hands out only rows with a non-blank cell.
     *
     * @throws WorkbookException UNREADABLE_FILE when the sheet's content cannot be parsed
     */
    RawRow next() throws WorkbookException;

    @Override
    void close();
}
