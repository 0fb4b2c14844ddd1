package cn.qingdao.hrss.jiuye.validation;

import cn.qingdao.hrss.jiuye.workbook.DataRow;
import cn.qingdao.hrss.jiuye.workbook.RawCell;
import cn.qingdao.hrss.jiuye.workbook.SheetSpec;

import java.util.Arrays;
import java.util.List;

/**
 * Builds a {@link DataRow} for a SheetSpec, cells named by header. The sheet is laid out as the
 * template: 序号 in column A, then the spec's columns from B on.
 */
public final class RowBuilder {

    private final SheetSpec sheet;
    private final RawCell[] cells;

    private RowBuilder(SheetSpec sheet) {
        this.sheet = sheet;
        this.cells = new RawCell[sheet.columns().size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = RawCell.blank(i + 1);
        }
    }

    public static RowBuilder of(SheetSpec sheet) {
        return new RowBuilder(sheet);
    }

    public RowBuilder text(String column, String value) {
        int i = sheet.indexOf(column);
        cells[i] = RawCell.text(i + 1, value);
        return this;
    }

    public RowBuilder number(String column, double value) {
        int i = sheet.indexOf(column);
        cells[i] = RawCell.number(i + 1, value);
        return this;
    }

    public RowBuilder date(String column, double serial) {
        int i = sheet.indexOf(column);
        cells[i] = RawCell.date(i + 1, serial);
        return this;
    }

    public RowBuilder blank(String column) {
        int i = sheet.indexOf(column);
        cells[i] = RawCell.blank(i + 1);
        return this;
    }

    public DataRow build(int rowNumber) {
        return new DataRow(rowNumber, List.copyOf(Arrays.asList(cells)));
    }
}
