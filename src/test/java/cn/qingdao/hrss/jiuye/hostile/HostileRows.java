package cn.qingdao.hrss.jiuye.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.qingdao.hrss.jiuye.support.text.Text;

/**
 * The district workbook of hostile row values: a good workbook of the sample quarter
 * (its rows, its IDs), given to district 370283, whose data rows are then spoiled cell by cell —
 * formulas with cached values, {@code #REF!}, merged cells in the data area, a hidden row and hidden
 * sheets, 40,000-character text, control characters (NUL included), {@code 1.2E+17}, dates before 1900,
 * text in number columns, values starting with {@code = + - @}. {@link #write} says where they are
 * and the field code each spoiled cell must get (rules §4, §5.4).
 */
final class HostileRows {

    static final String FILE = "370283_2025Q1.xlsx";
    static final String DISTRICT = "370283";
    static final String STARTUP = "一次性创业补贴";
    static final String EMPLOYER = "吸纳就业社保补贴";
    static final String FLEXIBLE = "灵活就业社保补贴";
    static final int LONG = 40_000;
    static final String MERGED_EMPLOYER = "青岛合并单元格测试有限公司";
    /** How OOXML writes 张, NUL, 三, BEL, ESC in a shared string (the _xHHHH_ escapes of ECMA-376 §22.4.2.4). */
    static final String CONTROL_NAME_XML = "张_x0000_三_x0007__x001B_";
    static final String FORMULA_NAME = "=HYPERLINK(\"http://example.invalid\",\"点我\")";
    /** Texts starting with = + - @ that the feedback workbook shows as the value of an invalid cell. */
    static final List<String> FORMULA_LIKE = List.of("=1+1", "@SUM(A1:A9)", "-1", "+20250301", "-100");

    private static final String LONG_PLACEHOLDER = "LONG-TEXT-PLACEHOLDER";
    private static final String CONTROL_PLACEHOLDER = "CONTROL-TEXT-PLACEHOLDER";

    /** A spoiled cell: subsidy code, physical row, column letter (where this file has the column), field code. */
    record Expected(String subsidy, int row, String column, String code) {
    }

    /** Where the spoiled values are (physical row numbers), and the field code each spoiled cell must get. */
    record Layout(List<Expected> expected, int formulaAmountRow, int mergedFirstRow, int hiddenRow, int longTextRow,
                  int controlRow) {
    }

    private final List<Expected> expected = new ArrayList<>();
    private int formulaAmountRow;
    private int mergedFirstRow;
    private int hiddenRow;
    private int longTextRow;
    private int controlRow;

    private HostileRows() {
    }

    static Layout write(Path goodXlsx, Path target) throws IOException {
        HostileRows rows = new HostileRows();
        Path tmp = Files.createTempFile(target.getParent(), ".rows", ".tmp");
        HostileCorpus.edit(goodXlsx, tmp, rows::spoil);
        // Excel cells hold at most 32,767 characters, and POI refuses more: the long text is put in the XML,
        // as are the control characters, which POI replaces by '?'
        PackageParts.of(tmp)
                .edit("xl/sharedStrings.xml", xml -> xml.replace(LONG_PLACEHOLDER, "长".repeat(LONG))
                        .replace(CONTROL_PLACEHOLDER, CONTROL_NAME_XML))
                .writeTo(target);
        Files.delete(tmp);
        return new Layout(List.copyOf(rows.expected), rows.formulaAmountRow, rows.mergedFirstRow, rows.hiddenRow,
                rows.longTextRow, rows.controlRow);
    }

    private void spoil(XSSFWorkbook wb) {
        HostileCorpus.cover(wb, "区市代码", DISTRICT);
        HostileCorpus.cover(wb, "区市名称", "平度市");

        Sheet s = wb.getSheet(STARTUP);
        int first = header(s, "身份证号").getRowIndex() + 1;
        text(s, first, "姓名", FORMULA_NAME);
        expect(s, "startup", first, "统一社会信用代码", "=1+1", "INVALID_CREDIT_CODE");
        expect(s, "startup", first, "人员类别", "@SUM(A1:A9)", "INVALID_CHOICE");
        expect(s, "startup", first, "登记注册日期", "-1", "INVALID_DATE");
        expect(s, "startup", first, "申请日期", "+20250301", "INVALID_DATE");
        cell(s, first + 1, "身份证号").setCellErrorValue(FormulaError.REF.getCode());
        add(s, "startup", first + 1, "身份证号", "INVALID_ID_NUMBER");
        cell(s, first + 2, "身份证号").setCellValue(1.2E17);
        add(s, "startup", first + 2, "身份证号", "ID_STORED_AS_NUMBER");
        expect(s, "startup", first + 3, "登记注册日期", "1899-12-31", "INVALID_DATE");
        longTextRow = first + 5;
        text(s, first + 4, "姓名", LONG_PLACEHOLDER);
        text(s, first + 4, "主体名称", LONG_PLACEHOLDER);
        controlRow = first + 6;
        text(s, first + 5, "姓名", CONTROL_PLACEHOLDER); // POI would write control characters as '?'

        cell(s, first + 6, "申请日期").setCellValue(-5);
        add(s, "startup", first + 6, "申请日期", "INVALID_DATE");

        Sheet e = wb.getSheet(EMPLOYER);
        first = header(e, "身份证号").getRowIndex() + 1;
        Cell formula = cell(e, first, "单位月缴社保金额");
        formula.setCellFormula("160.32*3");
        formula.setCellValue(480.96000000000004); // the cached result Excel would store
        formulaAmountRow = first + 1;
        expect(e, "employer", first + 1, "单位月缴社保金额", "abc", "INVALID_AMOUNT");
        cell(e, first + 2, "单位月缴社保金额").setCellValue(1.2E17);
        add(e, "employer", first + 2, "单位月缴社保金额", "INVALID_AMOUNT");
        Cell merged = cell(e, first + 3, "单位名称");
        merged.setCellValue(MERGED_EMPLOYER);
        cell(e, first + 4, "单位名称").setBlank();
        e.addMergedRegion(new CellRangeAddress(first + 3, first + 4, merged.getColumnIndex(), merged.getColumnIndex()));
        mergedFirstRow = first + 4;
        e.getRow(first + 5).setZeroHeight(true);
        hiddenRow = first + 6;

        Sheet f = wb.getSheet(FLEXIBLE);
        first = header(f, "身份证号").getRowIndex() + 1;
        expect(f, "flexible", first, "补贴起始月", "2025-13", "INVALID_MONTH");
        expect(f, "flexible", first + 1, "月实缴社保金额", "-100", "INVALID_AMOUNT");
        expect(f, "flexible", first + 2, "补贴终止月", "1.2E+17", "INVALID_MONTH");

        Sheet junk = wb.createSheet("隐藏数据");
        junk.createRow(0).createCell(0).setCellValue("=不要读我");
        wb.setSheetHidden(wb.getSheetIndex(junk), true);
        wb.setSheetHidden(wb.getSheetIndex("就业统计"), true);
    }

    /** Writes {@code value} as text and expects {@code code} for it. */
    private void expect(Sheet sheet, String subsidy, int rowIndex, String column, String value, String code) {
        text(sheet, rowIndex, column, value);
        add(sheet, subsidy, rowIndex, column, code);
    }

    private void add(Sheet sheet, String subsidy, int rowIndex, String column, String code) {
        expected.add(new Expected(subsidy, rowIndex + 1, cell(sheet, rowIndex, column).getAddress().formatAsString()
                .replaceAll("\\d", ""), code));
    }

    private static void text(Sheet sheet, int rowIndex, String column, String value) {
        cell(sheet, rowIndex, column).setCellValue(value);
    }

    private static Cell cell(Sheet sheet, int rowIndex, String column) {
        Row row = sheet.getRow(rowIndex);
        int col = header(sheet, column).getColumnIndex();
        Cell cell = row.getCell(col);
        return cell != null ? cell : row.createCell(col);
    }

    /** The header cell whose label (rules §3) is {@code label}. */
    static Cell header(Sheet sheet, String label) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && label.equals(Text.label(cell.getStringCellValue()))) {
                    return cell;
                }
            }
        }
        throw new IllegalArgumentException("no column " + label + " in " + sheet.getSheetName());
    }
}
