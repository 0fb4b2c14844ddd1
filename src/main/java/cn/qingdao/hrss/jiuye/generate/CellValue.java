package cn.qingdao.hrss.jiuye.generate;

import cn.qingdao.hrss.jiuye.support.text.Text;

import java.time.LocalDate;

/** What one generated cell holds, as an office program would store it (rules §4). */
sealed interface CellValue {

    /** A text cell. */
    record Text(String value) implements CellValue {
    }

    /** A numeric cell (General format). */
    record Number(double value) implements CellValue {
    }

    /** A date cell: a serial number shown with a date format. */
    record Date(LocalDate value, String format) implements CellValue {
    }

    /** A formula cell; its cached value is computed when the workbook is finished. */
    record Formula(String expression) implements CellValue {
    }

    static CellValue text(String value) {
        return new Text(value);
    }

    static CellValue number(double value) {
        return new Number(value);
    }
}
