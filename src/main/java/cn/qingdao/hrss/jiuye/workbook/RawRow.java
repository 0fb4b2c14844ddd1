package cn.qingdao.hrss.jiuye.workbook;

import java.util.List;

/** A physical row with at least one non-blank cell: its row number (1-based) and those cells, left to right. */
public record RawRow(int rowNumber, List<RawCell> cells) {
}
