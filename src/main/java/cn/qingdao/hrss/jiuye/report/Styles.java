package cn.qingdao.hrss.jiuye.report;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of the output workbooks (rules §8), created once per workbook: Chinese-friendly
 * font, thousands separators, two-decimal money, percentages, text-formatted ID numbers.
 */
final class Styles {

    /** Number formats used by the workbooks. */
    static final String TEXT = "@";
    static final String INTEGER = "#,##0";
    static final String PLAIN = "0";
    static final String MONEY = "#,##0.00";
    static final String PERCENT = "0.00%";
    static final String GENERAL = "General";

    private static final String FONT = "宋体";

    private final Workbook workbook;
    private final Map<String, CellStyle> cache = new HashMap<>();
    private final Map<String, CellStyle[]> cells = new HashMap<>();
    private final Font plain;
    private final Font bold;
    private final Font title;

    Styles(Workbook workbook) {
        this.workbook = workbook;
        this.plain = font(false, 11);
        this.bold = font(true, 11);
        this.title = font(true, 16);
    }

    private Font font(boolean isBold, int points) {
        Font f = workbook.createFont();
        f.setFontName(FONT);
        f.setBold(isBold);
        f.setFontHeightInPoints((short) points);
        return f;
    }

    /**
     * A bordered data cell in the given number format; bold for totals; quoted for text that looks like a formula.
     * Asked for every cell of a roster, so the four variants of a format are kept in an array under the
     * format itself (a constant, whose hash is computed once) rather than under a key built per call.
     */
    CellStyle cell(String format, boolean isBold, boolean quoted) {
        CellStyle[] variants = cells.computeIfAbsent(format, f -> new CellStyle[4]);
        int i = (isBold ? 2 : 0) + (quoted ? 1 : 0);
        CellStyle s = variants[i];
        if (s == null) {
            s = newCell(format, isBold, quoted);
            variants[i] = s;
        }
        return s;
    }

    private CellStyle newCell(String format, boolean isBold, boolean quoted) {
        CellStyle s = bordered();
        s.setFont(isBold ? bold : plain);
        s.setDataFormat(workbook.createDataFormat().getFormat(format));
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setQuotePrefixed(quoted);
        if (isBold) {
            s.setFillForegroundColor(IndexedColors.LEMON_CHIFFON.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }

    CellStyle header() {
        return cache.computeIfAbsent("header", k -> {
            CellStyle s = bordered();
            s.setFont(bold);
            s.setAlignment(HorizontalAlignment.CENTER);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setWrapText(true);
            s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return s;
        });
    }

    CellStyle title() {
        return cache.computeIfAbsent("title", k -> {
            CellStyle s = workbook.createCellStyle();
            s.setFont(title);
            s.setAlignment(HorizontalAlignment.CENTER);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            return s;
        });
    }

    /** A free-text line (notes, sub-titles): left-aligned, wrapped, no border. */
    CellStyle note(boolean isBold) {
        return cache.computeIfAbsent("note|" + isBold, k -> {
            CellStyle s = workbook.createCellStyle();
            s.setFont(isBold ? bold : plain);
            s.setAlignment(HorizontalAlignment.LEFT);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setWrapText(true);
            s.setDataFormat(workbook.createDataFormat().getFormat(TEXT));
            s.setQuotePrefixed(true);
            return s;
        });
    }

    private CellStyle bordered() {
        CellStyle s = workbook.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }
}
