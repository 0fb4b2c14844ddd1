package cn.qingdao.hrss.jiuye.template;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import cn.qingdao.hrss.jiuye.validation.RowValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One subsidy sheet of the template (rules §3.2–3.4): a title row, then the header row with 序号 and
 * the columns the run reads, exactly as its validator names them ({@link RowValidator#sheet()}); data
 * from the third row on. Each column is formatted for what it holds and checked by Excel
 * ({@link ColumnGuide}, {@link Validations}); the drop-down lists are the labels the validator reads.
 * Rows 1–2 are frozen and printed on every page.
 */
final class ApplicationSheet {

    static final String SEQUENCE = "序号";
    /** 0-based index of the header row: the title is above it. */
    static final int HEADER_ROW = 1;

    private ApplicationSheet() {
    }

    /** The header texts of a subsidy sheet: 序号, then the columns its validator reads, in their order. */
    static List<String> headers(Subsidy subsidy) {
        List<String> headers = new ArrayList<>();
        headers.add(SEQUENCE);
        headers.addAll(RowValidator.of(subsidy).sheet().columns());
        return headers;
    }

    static void write(XSSFSheet sheet, TemplateStyles styles, Subsidy subsidy, Quarter quarter, String districtName) {
        List<String> headers = headers(subsidy);
        Map<String, Set<String>> choices = RowValidator.of(subsidy).choices();
        Validations validations = new Validations(sheet);

        styles.writeTitle(sheet, "青岛市" + districtName + quarter.year() + "年第" + quarter.number() + "季度"
                + subsidy.sheetName() + "申请表", headers.size() - 1);

        Row header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(32);
        for (int c = 0; c < headers.size(); c++) {
            String column = headers.get(c);
            ColumnGuide guide = ColumnGuide.of(column, quarter);
            Cell cell = header.createCell(c);
            cell.setCellValue(column);
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(c, guide.width() * 256);
            sheet.setDefaultColumnStyle(c, styles.input(guide.kind()));
            String prompt = guide.kind() == ColumnKind.CHOICE
                    ? guide.prompt() + "可选：" + String.join("、", choices.get(column)) + "。"
                    : guide.prompt();
            validations.prompt(HEADER_ROW, c, column, prompt);
            validations.column(c, HEADER_ROW + 1, guide.kind(), choices.get(column), quarter, column, prompt);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, HEADER_ROW, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }
}
