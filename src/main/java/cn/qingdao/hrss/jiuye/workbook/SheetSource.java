package cn.qingdao.hrss.jiuye.workbook;

import java.util.List;

/**
 * One opened file of a given format (.xlsx or .xls): its sheet names and, per sheet, a cursor over
 * its physical rows with merged cells already filled in (rules §3). {@link SheetBackedWorkbook}
 * builds the table logic on top of it, once for both formats.
 */
interface SheetSource extends AutoCloseable {

    /** The file name (without folder), for messages. */
    String fileName();

    /** Sheet names as matched ({@code Text.sheetName}), in workbook order, without duplicates. */
    List<String> sheetNames();

    /**
     * The rows of a sheet that hold a non-blank cell, merged values filled into every cell of
     * their range.
     *
     * @param sheet a name from {@link #sheetNames()}
     */
    RowCursor rows(String sheet) throws WorkbookException;

    @Override
    void close();
}
