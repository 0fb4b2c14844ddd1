package cn.qingdao.hrss.jiuye.workbook;

import java.util.List;

/**
 * What a table sheet must look like (rules §3): its name and its column headers (without 序号,
 * which is never read). The header row is the first row holding every one of these columns.
 */
public record SheetSpec(String name, List<String> columns) {

    public int indexOf(String column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException(name + " has no column " + column);
        }
        return i;
    }
}
