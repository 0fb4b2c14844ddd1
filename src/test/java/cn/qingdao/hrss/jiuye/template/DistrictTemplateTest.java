package cn.qingdao.hrss.jiuye.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qingdao.hrss.jiuye.domain.DistrictRegistry;
import cn.qingdao.hrss.jiuye.domain.Indicator;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import cn.qingdao.hrss.jiuye.inventory.CoverSheet;
import cn.qingdao.hrss.jiuye.statistics.StatisticsSheet;
import cn.qingdao.hrss.jiuye.validation.RowValidator;
import cn.qingdao.hrss.jiuye.workbook.DataRow;
import cn.qingdao.hrss.jiuye.workbook.RawCell;
import cn.qingdao.hrss.jiuye.workbook.SubmissionWorkbook;
import cn.qingdao.hrss.jiuye.workbook.Workbooks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The district template (rules §3): laid out as the run reads it, formatted and checked as a clerk types. */
class DistrictTemplateTest {

    static final Quarter Q3 = Quarter.parse("2025Q3");
    static final DistrictRegistry REGISTRY = DistrictRegistry.load(Path.of("data/reference/districts.csv"));

    @TempDir
    Path dir;

    @Test
    void writesTheFiveSheetsInTheOrderOfTheRulesWithTheHeadersTheRunReads() throws Exception {
        Path file = DistrictTemplate.write(Q3, "370211", REGISTRY, dir);

        assertThat(file.getFileName().toString()).isEqualTo("370211_2025Q3.xlsx");
        try (XSSFWorkbook wb = open(file)) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("填报信息", "一次性创业补贴", "吸纳就业社保补贴", "灵活就业社保补贴", "就业统计");
            assertThat(texts(wb.getSheet("一次性创业补贴").getRow(1))).containsExactly("序号", "姓名", "身份证号", "人员类别",
                    "毕业日期", "主体类型", "主体名称", "统一社会信用代码", "登记注册日期", "是否首次在青创业", "是否正常经营", "申请日期");
            assertThat(texts(wb.getSheet("吸纳就业社保补贴").getRow(1))).containsExactly("序号", "单位名称", "统一社会信用代码",
                    "单位类型", "职工姓名", "身份证号", "人员类别", "毕业日期", "劳动合同起始日期", "劳动合同终止日期", "是否办理就业登记",
                    "补贴起始月", "补贴终止月", "单位月缴社保金额", "申请日期");
            assertThat(texts(wb.getSheet("灵活就业社保补贴").getRow(1))).containsExactly("序号", "姓名", "身份证号", "人员类别",
                    "毕业日期", "灵活就业登记日期", "补贴起始月", "补贴终止月", "月实缴社保金额", "申请日期");
            assertThat(texts(wb.getSheet("就业统计").getRow(1))).containsExactly("指标", "本季第1月", "本季第2月", "本季第3月",
                    "季度合计");
            List<String> indicators = new ArrayList<>();
            for (int r = 2; r < 2 + Indicator.values().length; r++) {
                indicators.add(wb.getSheet("就业统计").getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(indicators).containsExactly("城镇新增就业人数", "失业人员再就业人数", "就业困难人员实现就业人数",
                    "提供就业岗位数", "举办招聘活动场次", "职业技能培训人次", "乐业服务站数量");
        }
        // the run's own reader finds every header and no data row in a blank template
        try (SubmissionWorkbook wb = Workbooks.open(file)) {
            for (Subsidy subsidy : Subsidy.values()) {
                List<DataRow> rows = new ArrayList<>();
                wb.readTable(RowValidator.of(subsidy).sheet(), rows::add);
                assertThat(rows).as(subsidy.sheetName()).isEmpty();
            }
            List<DataRow> statistics = new ArrayList<>();
            wb.readTable(StatisticsSheet.SHEET, statistics::add);
            // the seven indicators, and the note below them (a row naming no indicator, which the run ignores)
            assertThat(statistics).extracting(DataRow::rowNumber).containsExactly(3, 4, 5, 6, 7, 8, 9, 11);
        }
    }

    @Test
    void coverNamesTheDistrictAndTheQuarterAndOnlyTheFilerFieldsCanBeEdited() throws Exception {
        Path file = DistrictTemplate.write(Q3, "370211", REGISTRY, dir);

        Map<String, String> cover = new LinkedHashMap<>();
        try (SubmissionWorkbook wb = Workbooks.open(file)) {
            wb.readRows("填报信息", row -> {
                if (row.cells().size() >= 2 && CoverSheet.LABELS.contains(row.cells().get(0).text())
                        && row.cells().get(1).kind() == RawCell.Kind.TEXT) {
                    cover.put(row.cells().get(0).text(), row.cells().get(1).text());
                }
            });
        }
        assertThat(cover).containsExactly(Map.entry("区市代码", "370211"), Map.entry("区市名称", "黄岛区（西海岸新区）"),
                Map.entry("季度", "2025Q3"));
        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet sheet = wb.getSheet("填报信息");
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.getRow(1).getCell(1).getCellStyle().getLocked()).as("区市代码").isTrue();
            assertThat(sheet.getRow(3).getCell(1).getCellStyle().getLocked()).as("季度").isTrue();
            for (int r = 4; r <= 6; r++) {
                assertThat(sheet.getRow(r).getCell(1).getCellStyle().getLocked()).as(sheet.getRow(r).getCell(0).toString())
                        .isFalse();
            }
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("填报日期");
            assertThat(sheet.getRow(6).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        }
    }

    @Test
    void formatsEachColumnForWhatItHolds() throws Exception {
        Path file = DistrictTemplate.write(Q3, "370202", REGISTRY, dir);

        try (XSSFWorkbook wb = open(file)) {
            Map<String, String> employer = columnFormats(wb.getSheet("吸纳就业社保补贴"));
            assertThat(employer).containsEntry("身份证号", "@").containsEntry("统一社会信用代码", "@")
                    .containsEntry("职工姓名", "@").containsEntry("劳动合同起始日期", "yyyy-mm-dd")
                    .containsEntry("劳动合同终止日期", "yyyy-mm-dd").containsEntry("申请日期", "yyyy-mm-dd")
                    .containsEntry("补贴起始月", "@").containsEntry("补贴终止月", "@")
                    .containsEntry("单位月缴社保金额", "#,##0.00");
            assertThat(columnFormats(wb.getSheet("一次性创业补贴"))).containsEntry("身份证号", "@")
                    .containsEntry("毕业日期", "yyyy-mm-dd").containsEntry("登记注册日期", "yyyy-mm-dd");
            assertThat(columnFormats(wb.getSheet("灵活就业社保补贴"))).containsEntry("月实缴社保金额", "#,##0.00");
            XSSFSheet statistics = wb.getSheet("就业统计");
            assertThat(statistics.getRow(2).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        }
    }

    @Test
    void offersTheChoicesTheRunReadsAsDropDownListsDownToTheLastRow() throws Exception {
        Path file = DistrictTemplate.write(Q3, "370202", REGISTRY, dir);

        try (XSSFWorkbook wb = open(file)) {
            for (Subsidy subsidy : Subsidy.values()) {
                XSSFSheet sheet = wb.getSheet(subsidy.sheetName());
                List<String> headers = texts(sheet.getRow(1));
                Map<String, List<String>> lists = new LinkedHashMap<>();
                for (XSSFDataValidation v : sheet.getDataValidations()) {
                    if (v.getValidationConstraint().getValidationType() == ValidationType.LIST) {
                        var range = v.getRegions().getCellRangeAddress(0);
                        assertThat(range.getFirstRow()).isEqualTo(2);
                        assertThat(range.getLastRow()).isEqualTo(1_048_575);
                        assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
                        lists.put(headers.get(range.getFirstColumn()),
                                List.of(v.getValidationConstraint().getExplicitListValues()));
                    }
                }
                Map<String, List<String>> expected = new LinkedHashMap<>();
                RowValidator.of(subsidy).choices().forEach((column, labels) -> expected.put(column, List.copyOf(labels)));
                assertThat(lists).as(subsidy.sheetName()).isEqualTo(expected);
            }
            assertThat(listOf(wb.getSheet("一次性创业补贴"), "人员类别")).containsExactly("高校毕业生", "就业困难人员", "返乡入乡农民工");
            assertThat(listOf(wb.getSheet("吸纳就业社保补贴"), "人员类别")).containsExactly("就业困难人员", "高校毕业生");
            assertThat(listOf(wb.getSheet("吸纳就业社保补贴"), "单位类型")).containsExactly("小微企业", "社会组织", "其他用人单位");
            assertThat(listOf(wb.getSheet("吸纳就业社保补贴"), "是否办理就业登记")).containsExactly("是", "否");
        }
    }

    @Test
    void checksIdsCodesDatesMonthsAndAmountsAsTheyAreTyped() throws Exception {
        Path file = DistrictTemplate.write(Q3, "370202", REGISTRY, dir);

        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet employer = wb.getSheet("吸纳就业社保补贴");
            assertThat(check(employer, "身份证号")).isEqualTo("TEXT_LENGTH 2 18 null STOP");
            assertThat(check(employer, "统一社会信用代码")).isEqualTo("TEXT_LENGTH 2 18 null STOP");
            assertThat(check(employer, "劳动合同起始日期")).isEqualTo("DATE 0 " + serial(LocalDate.of(1900, 1, 1)) + " "
                    + serial(LocalDate.of(2099, 12, 31)) + " STOP");
            assertThat(check(employer, "申请日期")).as("inside 2025Q3, a warning only")
                    .isEqualTo("DATE 0 " + serial(LocalDate.of(2025, 7, 1)) + " " + serial(LocalDate.of(2025, 9, 30))
                            + " WARNING");
            assertThat(check(employer, "补贴起始月")).isEqualTo("TEXT_LENGTH 0 6 10 STOP");
            assertThat(check(employer, "单位月缴社保金额")).isEqualTo("DECIMAL 0 0 9999999999.99 STOP");
            assertThat(check(employer, "劳动合同终止日期")).as("a date or 无固定期限: an input message only").isEqualTo("ANY");
            assertThat(check(wb.getSheet("就业统计"), "本季第2月")).isEqualTo("INTEGER 0 0 999999999999999 STOP");
            for (XSSFDataValidation v : employer.getDataValidations()) {
                assertThat(v.getEmptyCellAllowed()).isTrue();
            }
            XSSFDataValidation id = validation(employer, "身份证号", 2);
            assertThat(id.getErrorBoxText()).isEqualTo("身份证号不正确（位数、出生日期或校验位有误），请核对");
        }
    }

    @Test
    void everyHeaderAndEveryColumnHasAnInputMessage() throws Exception {
        Path file = DistrictTemplate.write(Q3, "370202", REGISTRY, dir);

        try (XSSFWorkbook wb = open(file)) {
            for (int s = 1; s < wb.getNumberOfSheets(); s++) {
                XSSFSheet sheet = wb.getSheetAt(s);
                List<String> headers = texts(sheet.getRow(1));
                for (int c = 0; c < headers.size(); c++) {
                    XSSFDataValidation header = validation(sheet, headers.get(c), 1);
                    assertThat(header.getShowPromptBox()).isTrue();
                    assertThat(header.getPromptBoxTitle()).isEqualTo(headers.get(c));
                    assertThat(header.getPromptBoxText()).as("%s %s", sheet.getSheetName(), headers.get(c)).isNotBlank();
                }
            }
            XSSFSheet employer = wb.getSheet("吸纳就业社保补贴");
            assertThat(validation(employer, "身份证号", 1).getPromptBoxText())
                    .isEqualTo("必填：18位身份证号（末位X大小写均可）。本列为文本格式，请勿改为数值，否则末几位会丢失。");
            assertThat(validation(employer, "人员类别", 1).getPromptBoxText())
                    .isEqualTo("必填：从下拉列表中选择。可选：就业困难人员、高校毕业生。");
            assertThat(validation(employer, "申请日期", 2).getPromptBoxText())
                    .isEqualTo("必填：须在本季度内（2025-07-01至2025-09-30），格式：2025-03-05。");
            assertThat(validation(wb.getSheet("就业统计"), "本季第1月", 1).getPromptBoxText()).isEqualTo("2025年7月的数值。");
        }
    }

    @Test
    void freezesTheTitleAndHeaderRows() throws Exception {
        Path file = DistrictTemplate.write(Q3, "370202", REGISTRY, dir);

        try (XSSFWorkbook wb = open(file)) {
            for (int s = 1; s < wb.getNumberOfSheets(); s++) {
                assertThat(wb.getSheetAt(s).getPaneInformation().getHorizontalSplitTopRow()).as(wb.getSheetAt(s).getSheetName())
                        .isEqualTo((short) 2);
            }
        }
    }

    @Test
    void statisticsTotalsAreFormulasWithNoSavedValueInAWorkbookRecalculatedWhenOpened() throws Exception {
        Path file = DistrictTemplate.write(Q3, "370202", REGISTRY, dir);

        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet sheet = wb.getSheet("就业统计");
            List<String> formulas = new ArrayList<>();
            for (int r = 2; r <= 8; r++) {
                formulas.add(sheet.getRow(r).getCell(4).getCellFormula());
            }
            assertThat(formulas).containsExactly("SUM(B3:D3)", "SUM(B4:D4)", "SUM(B5:D5)", "SUM(B6:D6)", "SUM(B7:D7)",
                    "SUM(B8:D8)", "D9");
            assertThat(wb.getForceFormulaRecalculation()).isTrue();
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet5.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(xml).containsPattern("<c r=\"E3\"[^>]*><f>SUM\\(B3:D3\\)</f></c>")
                    .doesNotContainPattern("<c r=\"E\\d+\"[^>]*><f>[^<]*</f><v>");
            String workbook = new String(zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(workbook).contains("fullCalcOnLoad=\"true\"");
        }
    }

    @Test
    void neverOverwritesAFileAlreadyThere() throws Exception {
        Path file = DistrictTemplate.write(Q3, "370202", REGISTRY, dir);
        Files.writeString(file, "filled in already");

        assertThatThrownBy(() -> DistrictTemplate.write(Q3, "370202", REGISTRY, dir))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo("filled in already");
    }

    @Test
    void refusesADistrictNotInTheRegistry() {
        assertThatThrownBy(() -> DistrictTemplate.write(Q3, "370299", REGISTRY, dir))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("370299");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void everyDistrictAndQuarterGetsATemplateWithinExcelsLimits() throws Exception {
        for (String district : REGISTRY.codes()) {
            for (int q = 1; q <= 4; q++) {
                Path file = DistrictTemplate.write(new Quarter(2026, q), district, REGISTRY, dir);
                assertThat(file).isRegularFile();
            }
        }
        try (var files = Files.list(dir)) {
            assertThat(files.count()).isEqualTo(40);
        }
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }

    /** The format of each column's default style, by header. */
    private static Map<String, String> columnFormats(XSSFSheet sheet) {
        Map<String, String> formats = new LinkedHashMap<>();
        List<String> headers = texts(sheet.getRow(1));
        for (int c = 0; c < headers.size(); c++) {
            CellStyle style = sheet.getColumnStyle(c);
            formats.put(headers.get(c), style.getDataFormatString());
        }
        return formats;
    }

    /** The validation covering the cell of {@code column} in the 0-based {@code row}. */
    private static XSSFDataValidation validation(XSSFSheet sheet, String column, int row) {
        int c = texts(sheet.getRow(1)).indexOf(column);
        for (XSSFDataValidation v : sheet.getDataValidations()) {
            for (var range : v.getRegions().getCellRangeAddresses()) {
                if (range.isInRange(row, c)) {
                    return v;
                }
            }
        }
        throw new AssertionError("no validation on " + column + " row " + (row + 1));
    }

    private static List<String> listOf(XSSFSheet sheet, String column) {
        return List.of(validation(sheet, column, 2).getValidationConstraint().getExplicitListValues());
    }

    /** The check on the data cells of a column: type, operator, bounds, error style; ANY for none. */
    private static String check(XSSFSheet sheet, String column) {
        XSSFDataValidation v = validation(sheet, column, 2);
        var c = v.getValidationConstraint();
        String type = switch (c.getValidationType()) {
            case ValidationType.ANY -> "ANY";
            case ValidationType.TEXT_LENGTH -> "TEXT_LENGTH";
            case ValidationType.DATE -> "DATE";
            case ValidationType.DECIMAL -> "DECIMAL";
            case ValidationType.INTEGER -> "INTEGER";
            default -> "OTHER " + c.getValidationType();
        };
        if (type.equals("ANY")) {
            return type;
        }
        String style = v.getErrorStyle() == DataValidation.ErrorStyle.STOP ? "STOP"
                : v.getErrorStyle() == DataValidation.ErrorStyle.WARNING ? "WARNING" : "INFO";
        return type + " " + c.getOperator() + " " + c.getFormula1() + " " + c.getFormula2() + " " + style;
    }

    private static String serial(LocalDate date) {
        return Long.toString((long) DateUtil.getExcelDate(date));
    }
}
