package cn.qingdao.hrss.jiuye.workbook;

import java.util.List;

/**
 * A data row of a table sheet (rules §3): its physical Excel row number (1-based) and one cell per
 * column of the {@link SheetSpec}, in the spec's column order (a cell knows its real column).
 */
public record DataRow(int rowNumber, List<RawCell> cells) {

    public RawCell cell(int specColumn) {
        return cells.get(specColumn);
    }
}
