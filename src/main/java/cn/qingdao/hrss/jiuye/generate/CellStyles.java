package cn.qingdao.hrss.jiuye.generate;

import cn.qingdao.hrss.jiuye.support.text.Text;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of one workbook, created once (workbooks limit their number of styles). */
final class CellStyles {

    private final Workbook workbook;
    private final Map<String, CellStyle> dateStyles = new HashMap<>();
    private CellStyle title;
    private CellStyle header;

    CellStyles(Workbook workbook) {
        this.workbook = workbook;
    }

    /** Writes a value into a cell; null leaves the cell blank. */
    void write(Cell cell, CellValue value) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof CellValue.Text t) {
            cell.setCellValue(t.value());
        } else if (value instanceof CellValue.Number n) {
            cell.setCellValue(n.value());
        } else if (value instanceof CellValue.Date d) {
            cell.setCellValue(d.value());
            cell.setCellStyle(date(d.format()));
        } else if (value instanceof CellValue.Formula f) {
            cell.setCellFormula(f.expression());
        }
    }

    void writeDate(Cell cell, LocalDate date) {
        write(cell, new CellValue.Date(date, "yyyy-mm-dd"));
    }

    CellStyle date(String format) {
        return dateStyles.computeIfAbsent(format, f -> {
            CellStyle s = workbook.createCellStyle();
            s.setDataFormat(workbook.createDataFormat().getFormat(f));
            return s;
        });
    }

    CellStyle title() {
        if (title == null) {
            title = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            font.setFontHeightInPoints((short) 14);
            title.setFont(font);
            title.setAlignment(HorizontalAlignment.CENTER);
        }
        return title;
    }

    CellStyle header() {
        if (header == null) {
            header = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            header.setFont(font);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
        }
        return header;
    }
}
