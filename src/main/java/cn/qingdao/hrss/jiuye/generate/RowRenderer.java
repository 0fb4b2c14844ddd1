package cn.qingdao.hrss.jiuye.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/** Turns a planned row's typed values into cells in a district's forms (rules §4). */
final class RowRenderer {

    private RowRenderer() {
    }

    static Map<String, CellValue> render(Map<String, Object> values, ValueFormats formats) {
        Map<String, CellValue> cells = new HashMap<>();
        values.forEach((column, v) -> cells.put(column, cell(column, v, formats)));
        return cells;
    }

    private static CellValue cell(String column, Object v, ValueFormats formats) {
        if (v == null) {
            return null;
        }
        if (v instanceof CellValue c) {
            return c;
        }
        if (v instanceof Boolean b) {
            return formats.yesNo(b);
        }
        if (v instanceof LocalDate d) {
            return formats.date(d);
        }
        if (v instanceof YearMonth m) {
            return formats.month(m);
        }
        if (v instanceof BigDecimal a) {
            return formats.amount(a);
        }
        String s = v.toString();
        if (column.equals(Columns.ID)) {
            return formats.id(s);
        }
        if (column.equals(Columns.CREDIT_CODE)) {
            return formats.creditCode(s);
        }
        return CellValue.text(s);
    }
}
