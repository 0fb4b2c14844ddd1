/**
 * Reading district workbooks (rules §3; failures of rules §7).
 *
 * <p>{@link cn.qingdao.hrss.jiuye.workbook.Workbooks#open} recognises the file by its content and
 * returns a {@link cn.qingdao.hrss.jiuye.workbook.SubmissionWorkbook}. Reading is layered, each
 * layer one class:
 * <ol>
 *   <li>a format's physical rows: {@code XlsxSheetCursor} (StAX over the sheet part, one row in
 *       memory) or {@code XlsSheetCursor} (HSSF, bounded by the .xls row limit);</li>
 *   <li>{@code MergedRowCursor}: merged values copied into every cell of their range, blank rows
 *       dropped;</li>
 *   <li>{@code TableCursor} with {@code HeaderFinder}: header, totals row, blank rows, columns by
 *       label — written once for both formats.</li>
 * </ol>
 * Memory does not grow with the number of rows: the .xlsx shared-strings table, which office
 * software fills with every text cell, spills to temporary files above a few megabytes (see
 * {@code SharedStringLookup}). Nothing here logs or puts cell contents in a message.
 */
package cn.qingdao.hrss.jiuye.workbook;
