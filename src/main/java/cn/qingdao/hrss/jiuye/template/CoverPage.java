package cn.qingdao.hrss.jiuye.template;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.inventory.CoverSheet;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The cover sheet 填报信息 of the template (rules §3.1): a label and a value per row. 区市代码, 区市名称 and 季度
 * are filled in for the district and the quarter and the sheet is protected (without a password), so
 * that they are not changed by mistake (UNKNOWN_DISTRICT, QUARTER_MISMATCH); 填报人, 联系电话 and
 * 填报日期 are left to the district. The notes below say how to fill the workbook in.
 */
final class CoverPage {

    private static final int LABEL = 0;
    private static final int VALUE = 1;

    private CoverPage() {
    }

    static void write(XSSFSheet sheet, TemplateStyles styles, Quarter quarter, String district, String districtName) {
        Validations validations = new Validations(sheet);
        styles.writeTitle(sheet, "青岛市就业创业补贴申请及就业统计季度报表", 3);
        given(sheet, styles, 1, CoverSheet.DISTRICT_CODE, district);
        given(sheet, styles, 2, CoverSheet.DISTRICT_NAME, districtName);
        given(sheet, styles, 3, CoverSheet.QUARTER, quarter.toString());
        input(sheet, styles, 4, CoverSheet.FILER, ColumnKind.TEXT);
        validations.prompt(4, VALUE, CoverSheet.FILER, "填写本表填报人姓名。");
        input(sheet, styles, 5, CoverSheet.PHONE, ColumnKind.TEXT);
        validations.prompt(5, VALUE, CoverSheet.PHONE, "填写填报人的联系电话（座机或手机）。");
        input(sheet, styles, 6, CoverSheet.FILED, ColumnKind.DATE);
        validations.cell(6, VALUE, ColumnKind.DATE, quarter, CoverSheet.FILED, "填写报送日期，格式：2025-04-05。");

        int r = 8;
        for (String line : notes(quarter)) {
            Row row = sheet.createRow(r);
            Cell cell = row.createCell(LABEL);
            cell.setCellValue(line);
            cell.setCellStyle(styles.note());
            sheet.addMergedRegion(new CellRangeAddress(r, r, LABEL, 3));
            row.setHeightInPoints(line.length() > 60 ? 32 : 17);
            r++;
        }
        sheet.setColumnWidth(LABEL, 14 * 256);
        sheet.setColumnWidth(VALUE, 28 * 256);
        sheet.setColumnWidth(2, 24 * 256);
        sheet.setColumnWidth(3, 24 * 256);
        sheet.lockSelectLockedCells(false);
        sheet.enableLocking();
    }

    /** What the district reads first. None of these lines starts with a label of rules §3.1. */
    static List<String> notes(Quarter quarter) {
        return List.of(
                "填报说明：",
                "1. 区市代码、区市名称和季度已按本区市和" + quarter.year() + "年第" + quarter.number()
                        + "季度填好，请勿修改；请填写填报人、联系电话和填报日期。",
                "2. 三张补贴申请表从第3行起逐行填写，一行一笔申请；不要删除、改名或调整表头，不要在数据下方加“合计”行。",
                "3. 选中表头或单元格可看到填写要求；带下拉箭头的列请从列表中选择。身份证号、统一社会信用代码列为文本格式，"
                        + "请勿改为数值或科学计数。",
                "4. 就业统计表填写各月数值，季度合计自动计算。",
                "5. 报送前可用市局下发的程序自查：java -jar jiuye-pipeline.jar check 本文件 --quarter " + quarter + "。");
    }

    private static void given(XSSFSheet sheet, TemplateStyles styles, int r, String label, String value) {
        Row row = labelled(sheet, styles, r, label);
        Cell cell = row.createCell(VALUE);
        cell.setCellValue(value);
        cell.setCellStyle(styles.given());
    }

    private static void input(XSSFSheet sheet, TemplateStyles styles, int r, String label, ColumnKind kind) {
        labelled(sheet, styles, r, label).createCell(VALUE).setCellStyle(styles.input(kind));
    }

    private static Row labelled(XSSFSheet sheet, TemplateStyles styles, int r, String label) {
        Row row = sheet.createRow(r);
        row.setHeightInPoints(20);
        Cell cell = row.createCell(LABEL);
        cell.setCellValue(label);
        cell.setCellStyle(styles.label());
        return row;
    }
}
