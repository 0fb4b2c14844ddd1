package cn.qingdao.hrss.jiuye.workbook;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Tells whether an .xlsx cell style ({@code s} attribute) carries a date or time number format
 * (built-in ids 14–22, 45–47, or a custom format such as {@code yyyy-mm-dd}), so that a number
 * cell can be marked as a date (rules §4: "a date cell"). Answers are cached per style index.
 */
final class DateStyles {

    private final StylesTable styles;
    private final Map<Integer, Boolean> cache = new HashMap<>();

    DateStyles(StylesTable styles) {
        this.styles = styles;
    }

    boolean isDate(int styleIndex) {
        if (styles == null || styleIndex < 0) {
            return false;
        }
        return cache.computeIfAbsent(styleIndex, this::lookUp);
    }

    private boolean lookUp(int styleIndex) {
        if (styleIndex >= styles.getNumCellStyles()) {
            return false;
        }
        XSSFCellStyle style = styles.getStyleAt(styleIndex);
        if (style == null) {
            return false;
        }
        int formatId = style.getDataFormat() & 0xFFFF;
        String format = style.getDataFormatString();
        return format != null && DateUtil.isADateFormat(formatId, format);
    }
}
