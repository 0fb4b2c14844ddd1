package cn.qingdao.hrss.jiuye.workbook;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * The physical rows of an .xls sheet as {@link RawCell}s (rules §3, §4): a formula counts by its
 * cached result (never evaluated), a number with a date format is a date (its serial number, in
 * the 1900 date system), an error cell carries its error text.
 */
final class XlsSheetCursor implements RowCursor {

    private static final int DAYS_1904 = 1462;

    private final HSSFSheet sheet;
    private final boolean date1904;
    private int next;

    XlsSheetCursor(HSSFSheet sheet, boolean date1904) {
        this.sheet = sheet;
        this.date1904 = date1904;
        this.next = Math.max(sheet.getFirstRowNum(), 0);
    }

    @Override
    public RawRow next() {
        int last = sheet.getLastRowNum();
        while (next <= last) {
            HSSFRow row = sheet.getRow(next++);
            if (row != null && row.getPhysicalNumberOfCells() > 0) {
                List<RawCell> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(toCell((HSSFCell) cell));
                }
                return new RawRow(row.getRowNum() + 1, cells);
            }
        }
        return null;
    }

    private RawCell toCell(HSSFCell cell) {
        int column = cell.getColumnIndex();
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING:
                String text = cell.getRichStringCellValue().getString();
                return text == null || text.isEmpty() ? RawCell.blank(column) : RawCell.text(column, text);
            case NUMERIC:
                double number = cell.getNumericCellValue();
                if (DateUtil.isCellDateFormatted(cell)) {
                    return RawCell.date(column, date1904 ? number + DAYS_1904 : number);
                }
                return RawCell.number(column, number);
            case BOOLEAN:
                return new RawCell(column, RawCell.Kind.BOOLEAN, cell.getBooleanCellValue() ? "TRUE" : "FALSE", 0, false);
            case ERROR:
                return new RawCell(column, RawCell.Kind.ERROR, errorText(cell.getErrorCellValue()), 0, false);
            default:
                return RawCell.blank(column);
        }
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERR" + code;
        }
    }

    @Override
    public void close() {
        // the workbook is closed with its source
    }
}
