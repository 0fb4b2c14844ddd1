package cn.qingdao.hrss.jiuye.template;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cell styles of one template workbook, each created once. */
final class TemplateStyles {

    private final XSSFWorkbook workbook;
    private final Map<ColumnKind, CellStyle> inputs = new EnumMap<>(ColumnKind.class);
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle label;
    private final CellStyle given;
    private final CellStyle total;
    private final CellStyle note;

    TemplateStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        title = workbook.createCellStyle();
        title.setFont(font(true, 14));
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);

        header = workbook.createCellStyle();
        header.setFont(font(true, 11));
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        fill(header, IndexedColors.PALE_BLUE);
        border(header);

        label = workbook.createCellStyle();
        label.setFont(font(true, 11));
        border(label);

        given = workbook.createCellStyle();
        given.setDataFormat(format("@"));
        fill(given, IndexedColors.GREY_25_PERCENT);
        border(given);

        total = workbook.createCellStyle();
        total.setDataFormat(format(ColumnKind.TOTAL.format()));
        fill(total, IndexedColors.GREY_25_PERCENT);
        border(total);

        note = workbook.createCellStyle();
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
    }

    /** Row 1 of a sheet: {@code text} in the title style, merged over columns 0 to {@code lastColumn}. */
    void writeTitle(Sheet sheet, String text, int lastColumn) {
        Row row = sheet.createRow(0);
        row.setHeightInPoints(28);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, lastColumn));
    }

    CellStyle header() {
        return header;
    }

    /** A cover label. */
    CellStyle label() {
        return label;
    }

    /** A value the template fills in and the district keeps (区市代码, 区市名称, 季度, an indicator's name). */
    CellStyle given() {
        return given;
    }

    /** A computed total (季度合计). */
    CellStyle total() {
        return total;
    }

    CellStyle note() {
        return note;
    }

    /**
     * The style of a cell the district types into: the kind's format, unlocked (a protected sheet lets
     * the district type only there).
     */
    CellStyle input(ColumnKind kind) {
        return inputs.computeIfAbsent(kind, k -> {
            CellStyle s = workbook.createCellStyle();
            s.setDataFormat(format(k.format()));
            s.setLocked(false);
            return s;
        });
    }

    private short format(String pattern) {
        return workbook.createDataFormat().getFormat(pattern);
    }

    private Font font(boolean bold, int points) {
        Font f = workbook.createFont();
        f.setBold(bold);
        f.setFontHeightInPoints((short) points);
        return f;
    }

    private static void fill(CellStyle s, IndexedColors color) {
        s.setFillForegroundColor(color.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static void border(CellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
    }
}
