package cn.qingdao.hrss.jiuye.generate;

import cn.qingdao.hrss.jiuye.domain.Indicator;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one sample district workbook (rules §3): 填报信息, the three subsidy sheets and 就业统计,
 * as .xlsx or legacy .xls, in the district's style. Formula cells get their cached values.
 */
final class SubmissionWriter {

    static final String COVER = "填报信息";
    static final String STATISTICS = "就业统计";

    private SubmissionWriter() {
    }

    static Path write(Path dir, Submission s, long seed) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(s.fileName());
        Random rnd = new Random(seed * 7919 + Long.parseLong(s.district().code()) + s.quarter().number());
        try (Workbook wb = s.style().legacy ? new HSSFWorkbook() : new XSSFWorkbook()) {
            CellStyles styles = new CellStyles(wb);
            cover(wb.createSheet(COVER), styles, s);
            ValueFormats formats = s.style().formats(rnd);
            for (Subsidy subsidy : Subsidy.values()) {
                String name = subsidy.sheetName() + (subsidy == Subsidy.FLEXIBLE && s.district().index() == 6 ? " " : "");
                table(wb.createSheet(name), styles, s, subsidy, formats);
            }
            statistics(wb.createSheet(STATISTICS), styles, s);
            if (s.district().index() == 4) {
                wb.createSheet("填报说明").createRow(0).createCell(0)
                        .setCellValue("请按统一模板填写，身份证号、统一社会信用代码列设为文本格式。");
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            if (wb instanceof XSSFWorkbook xssf) {
                // a fixed creation date (the filing date) keeps regenerated files byte-identical
                Date filed = Date.from(s.filed().atStartOfDay(ZoneOffset.UTC).toInstant());
                xssf.getProperties().getCoreProperties().setCreated(Optional.of(filed));
                xssf.getProperties().getCoreProperties().setModified(Optional.of(filed));
                xssf.getProperties().getCoreProperties().setCreator("青岛市" + s.district().shortName() + "人社局");
            }
            if (wb instanceof HSSFWorkbook hssf) {
                LegacyProperties.fill(hssf, "青岛市" + s.district().shortName() + "人社局");
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                if (wb instanceof XSSFWorkbook) {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    wb.write(bytes);
                    StableZip.copy(bytes.toByteArray(), s.filed(), out);
                } else {
                    wb.write(out);
                }
            }
        }
        return file;
    }

    private static void cover(Sheet sheet, CellStyles styles, Submission s) {
        boolean colon = s.district().index() % 2 == 1;
        String suffix = colon ? "：" : "";
        label(sheet, 0, "区市代码" + suffix).createCell(1).setCellValue(s.district().code());
        label(sheet, 1, "区市名称" + suffix).createCell(1).setCellValue(s.district().name());
        label(sheet, 2, (colon ? "季　度" : "季度") + suffix).createCell(1)
                .setCellValue(QuarterText.cover(s.quarter(), s.style().quarterForm));
        label(sheet, 3, "填报人" + suffix).createCell(1).setCellValue(s.filer());
        label(sheet, 4, (colon ? "联系电话（座机）" : "联系电话") + suffix).createCell(1).setCellValue(s.phone());
        styles.writeDate(label(sheet, 5, "填报日期" + suffix).createCell(1), s.filed());
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 24 * 256);
    }

    private static Row label(Sheet sheet, int r, String text) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(text);
        return row;
    }

    private static void table(Sheet sheet, CellStyles styles, Submission s, Subsidy subsidy, ValueFormats formats) {
        TableLayout layout = s.style().layout(subsidy);
        TableWriter writer = new TableWriter(sheet, styles, layout);
        writer.begin(QuarterText.chinese(s.quarter()) + subsidy.sheetName() + "申请汇总表",
                "填报单位：青岛市" + s.district().shortName() + "人力资源和社会保障局");
        for (SampleRow row : s.rows().get(subsidy)) {
            writer.row(RowRenderer.render(row.values(), formats));
        }
        writer.end(Columns.amountColumn(subsidy), subsidy == Subsidy.EMPLOYER ? Columns.WORKER_NAME : Columns.NAME);
    }

    private static void statistics(Sheet sheet, CellStyles styles, Submission s) {
        DistrictStyle style = s.style();
        int r = 0;
        if (style.statisticsTitle) {
            Cell title = sheet.createRow(r++).createCell(0);
            title.setCellValue(QuarterText.chinese(s.quarter()) + s.district().shortName() + "就业统计表");
            title.setCellStyle(styles.title());
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
        }
        Row header = sheet.createRow(r++);
        List<String> columns = Columns.STATISTICS;
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c));
            cell.setCellStyle(styles.header());
        }
        DecimalFormat thousands = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        for (Indicator indicator : Indicator.values()) {
            long[] v = s.statistics()[indicator.ordinal()];
            Row row = sheet.createRow(r);
            String unit = indicator == Indicator.RECRUITMENT_EVENTS ? "（场）" : indicator == Indicator.SERVICE_STATIONS
                    ? "（个）" : "（人）";
            row.createCell(0).setCellValue(indicator.label() + (style.statisticsText ? unit : ""));
            for (int m = 0; m < 3; m++) {
                if (style.statisticsText) {
                    row.createCell(1 + m).setCellValue(thousands.format(v[m]));
                } else {
                    row.createCell(1 + m).setCellValue(v[m]);
                }
            }
            Cell total = row.createCell(4);
            int excelRow = r + 1;
            if (style.statisticsFormulas && !style.statisticsText) {
                total.setCellFormula(indicator.stock() ? "D" + excelRow : "SUM(B" + excelRow + ":D" + excelRow + ")");
            } else if (style.statisticsText) {
                total.setCellValue(thousands.format(v[3]));
            } else {
                total.setCellValue(v[3]);
            }
            r++;
        }
        sheet.setColumnWidth(0, 28 * 256);
        for (int c = 1; c < 5; c++) {
            sheet.setColumnWidth(c, 12 * 256);
        }
    }
}
