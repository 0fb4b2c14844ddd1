package cn.qingdao.hrss.jiuye.generate;

import java.util.Iterator;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Writes a table sheet in a district's layout (rules §3): merged title, optional info and blank
 * rows, header, 序号-numbered data rows, optional pre-numbered empty rows, 合计 row and footnote.
 * Works row by row, so it serves streaming (SXSSF) workbooks too.
 */
final class TableWriter {

    private final Sheet sheet;
    private final CellStyles styles;
    private final TableLayout layout;
    private int next;
    private int written;
    private Map<String, CellValue> previous;
    private int runStart = -1;

    TableWriter(Sheet sheet, CellStyles styles, TableLayout layout) {
        this.sheet = sheet;
        this.styles = styles;
        this.layout = layout;
    }

    /** Writes title, info and header rows. */
    void begin(String title, String info) {
        int width = layout.columns().size();
        Row titleRow = sheet.createRow(next++);
        Cell t = titleRow.createCell(0);
        t.setCellValue(title);
        t.setCellStyle(styles.title());
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
        if (layout.infoRow()) {
            Row infoRow = sheet.createRow(next++);
            infoRow.createCell(0).setCellValue(info);
            infoRow.createCell(width - 1).setCellValue("金额单位：元");
        }
        if (layout.blankAfterTitle()) {
            next++;
        }
        Row header = sheet.createRow(next++);
        for (int c = 0; c < width; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(layout.headerText(layout.columns().get(c)));
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(c, columnWidth(layout.columns().get(c)));
        }
    }

    /** Writes one data row; 序号 is numbered unless the row holds its own. */
    void row(Map<String, CellValue> values) {
        boolean continues = continuesRun(values);
        if (!continues) {
            closeRun();
            runStart = next;
        }
        previous = values;
        Row row = sheet.createRow(next++);
        written++;
        for (int c = 0; c < layout.columns().size(); c++) {
            String column = layout.columns().get(c);
            CellValue v = values.get(column);
            if (v == null && column.equals(Columns.SEQ)) {
                v = CellValue.number(written);
            }
            if (v != null && !(continues && layout.mergedRuns().contains(column))) {
                styles.write(row.createCell(c), v);
            }
        }
    }

    private boolean continuesRun(Map<String, CellValue> values) {
        if (previous == null || layout.mergedRuns().isEmpty()) {
            return false;
        }
        for (String column : layout.mergedRuns()) {
            CellValue v = values.get(column);
            if (v == null || !v.equals(previous.get(column))) {
                return false;
            }
        }
        return true;
    }

    /** Merges the cells of the run that just ended, when it spans two rows or more. */
    private void closeRun() {
        int last = next - 1;
        if (runStart >= 0 && last > runStart) {
            for (String column : layout.mergedRuns()) {
                int c = layout.columns().indexOf(column);
                sheet.addMergedRegion(new CellRangeAddress(runStart, last, c, c));
            }
        }
        runStart = -1;
    }

    void rows(Iterator<Map<String, CellValue>> values) {
        values.forEachRemaining(this::row);
    }

    /** Writes the empty template rows, the totals row and the footnote, as the layout asks. */
    void end(String amountColumn, String nameColumn) {
        closeRun();
        int firstData = layout.headerRowNumber();
        int lastData = firstData + written - 1;
        int seq = layout.columns().indexOf(Columns.SEQ);
        for (int i = 0; i < layout.numberedBlankRows(); i++) {
            Row row = sheet.createRow(next++);
            if (seq >= 0) {
                row.createCell(seq).setCellValue(written + i + 1);
            }
        }
        if (layout.totalsRow()) {
            Row row = sheet.createRow(next++);
            row.createCell(0).setCellValue("合计");
            int name = nameColumn == null ? -1 : layout.columns().indexOf(nameColumn);
            if (name > 0) {
                row.createCell(name).setCellValue("共" + written + "人");
            }
            int amount = amountColumn == null ? -1 : layout.columns().indexOf(amountColumn);
            if (amount > 0 && written > 0) {
                String col = CellReference.convertNumToColString(amount);
                row.createCell(amount).setCellFormula("SUM(" + col + (firstData + 1) + ":" + col + (lastData + 1) + ")");
            }
        }
        if (layout.footnote()) {
            next++;
            sheet.createRow(next++).createCell(0)
                    .setCellValue("注：1.身份证号、统一社会信用代码请以文本格式填写；2.日期格式为YYYY-MM-DD。");
        }
    }

    int written() {
        return written;
    }

    private static int columnWidth(String column) {
        return switch (column) {
            case Columns.SEQ -> 6 * 256;
            case Columns.ID, Columns.CREDIT_CODE -> 22 * 256;
            case Columns.ENTITY_NAME, Columns.EMPLOYER_NAME -> 30 * 256;
            default -> 14 * 256;
        };
    }
}
