package cn.qingdao.hrss.jiuye.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackWriterTest {

    private static final List<String> HEADER = List.of("文件", "工作表", "行号", "列", "代码", "说明", "值", "月份",
            "处理结果", "补充说明");

    @TempDir
    static Path out;

    private ReportFixture db;

    @BeforeAll
    void setUp() throws Exception {
        db = new ReportFixture().withSampleRun();
        db.outputs().writeAll(ReportFixture.RUN, ReportFixture.Q, out);
    }

    @AfterAll
    void tearDown() {
        db.shutdown();
    }

    private Path feedback(String district) {
        return out.resolve("2025Q1").resolve(district).resolve("feedback-" + district + "-2025Q1.xlsx");
    }

    @Test
    void acceptedSubmissionListsEveryRefusedCellRowAndMonthInRowOrder() throws Exception {
        try (XSSFWorkbook wb = Cells.open(feedback("370202"))) {
            assertThat(wb.getSheetName(0)).isEqualTo("汇总");
            List<List<String>> rows = Cells.rows(wb.getSheet("退回明细"));
            assertThat(rows.get(0)).containsExactly("市南区（370202）2025年第1季度退回明细");
            assertThat(rows.get(1)).containsExactlyElementsOf(HEADER);
            String file = "370202_2025Q1.xlsx";
            assertThat(rows.subList(2, rows.size())).containsExactly(
                    List.of(file, "一次性创业补贴", "6", "H（统一社会信用代码）", "INVALID_CREDIT_CODE",
                            "统一社会信用代码不正确（位数、字符或校验位有误），请核对", "=HYPERLINK(\"x\")", "", "不予核准", ""),
                    List.of(file, "一次性创业补贴", "6", "I（登记注册日期）", "MISSING_VALUE", "必填项为空，请补充填写", "", "",
                            "不予核准", ""),
                    List.of(file, "一次性创业补贴", "7", "", "ALREADY_SUBSIDISED",
                            "该人员或经营主体已在以前季度享受过一次性创业补贴", "", "", "不予核准", ""),
                    List.of(file, "吸纳就业社保补贴", "4", "", "MONTH_BEFORE_CONTRACT", "该月早于劳动合同起始月", "",
                            "2024-12", "部分核准，该月不予补贴", ""),
                    List.of(file, "灵活就业社保补贴", "4", "", "NO_SOCIAL_INSURANCE", "未缴纳社会保险（月缴金额为0）", "", "",
                            "不予核准", ""));
        }
    }

    @Test
    void aCellValueThatLooksLikeAFormulaIsWrittenAsText() throws Exception {
        try (XSSFWorkbook wb = Cells.open(feedback("370202"))) {
            Cell value = wb.getSheet("退回明细").getRow(2).getCell(6);
            assertThat(value.getCellType()).isEqualTo(CellType.STRING);
            assertThat(value.getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(value.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void summarySheetCountsLinesPerCode() throws Exception {
        try (XSSFWorkbook wb = Cells.open(feedback("370202"))) {
            List<List<String>> rows = Cells.rows(wb.getSheet("汇总"));
            assertThat(rows.get(0)).containsExactly("市南区（370202）2025年第1季度退回清单");
            assertThat(rows).contains(List.of("报送文件：370202_2025Q1.xlsx　受理状态：已受理"),
                    List.of("补贴申请：共7笔，全部核准3笔，部分核准1笔，不予核准3笔"));
            int header = rows.indexOf(List.of("代码", "说明", "类别", "条数"));
            assertThat(rows.subList(header + 1, rows.size())).containsExactly(
                    List.of("MISSING_VALUE", "必填项为空，请补充填写", "填报错误", "1"),
                    List.of("INVALID_CREDIT_CODE", "统一社会信用代码不正确（位数、字符或校验位有误），请核对", "填报错误", "1"),
                    List.of("NO_SOCIAL_INSURANCE", "未缴纳社会保险（月缴金额为0）", "不符合条件", "1"),
                    List.of("MONTH_BEFORE_CONTRACT", "该月早于劳动合同起始月", "月份核减", "1"),
                    List.of("ALREADY_SUBSIDISED", "该人员或经营主体已在以前季度享受过一次性创业补贴", "重复享受", "1"),
                    List.of("合计", "", "", "5"));
        }
    }

    @Test
    void statisticsErrorsAndDroppedMonthsOfAnotherDistrict() throws Exception {
        try (XSSFWorkbook wb = Cells.open(feedback("370203"))) {
            List<List<String>> rows = Cells.rows(wb.getSheet("退回明细"));
            String file = "市北区2025Q1.xlsx";
            assertThat(rows.subList(2, rows.size())).containsExactly(
                    List.of(file, "就业统计", "5", "季度合计", "STAT_TOTAL_MISMATCH", "季度合计与各月数值不符", "1,000", "",
                            "统计数据不予采用", ""),
                    List.of(file, "灵活就业社保补贴", "3", "", "MONTH_ALREADY_PAID", "该月已享受过本项补贴", "", "2025-01",
                            "不予核准", ""),
                    List.of(file, "灵活就业社保补贴", "3", "", "MONTH_ALREADY_PAID", "该月已享受过本项补贴", "", "2025-02",
                            "不予核准", ""),
                    List.of(file, "灵活就业社保补贴", "4", "", "PERIOD_CAP_REACHED", "已达到本项补贴最长享受期限", "",
                            "2025-02", "部分核准，该月不予补贴", ""));
            assertThat(Cells.rows(wb.getSheet("汇总")))
                    .contains(List.of("报送文件：市北区2025Q1.xlsx　受理状态：已受理（就业统计数据不予采用）"));
        }
    }

    @Test
    void rejectedSubmissionGivesTheFileLevelReasons() throws Exception {
        try (XSSFWorkbook wb = Cells.open(feedback("370211"))) {
            List<List<String>> rows = Cells.rows(wb.getSheet("退回明细"));
            assertThat(rows.subList(2, rows.size())).containsExactly(
                    List.of("370211_2025Q1.xls", "吸纳就业社保补贴", "", "身份证号", "MISSING_COLUMN", "缺少必需的列，请使用统一模板",
                            "", "", "文件不予受理", "缺少列：身份证号"));
            List<List<String>> summary = Cells.rows(wb.getSheet("汇总"));
            assertThat(summary).contains(List.of("报送文件：370211_2025Q1.xls　受理状态：不予受理"),
                    List.of("MISSING_COLUMN", "缺少必需的列，请使用统一模板", "文件退回", "1"));
        }
    }

    @Test
    void nothingRefusedSaysSo() throws Exception {
        try (XSSFWorkbook wb = Cells.open(feedback("370213"))) {
            List<List<String>> summary = Cells.rows(wb.getSheet("汇总"));
            assertThat(summary.get(summary.size() - 1)).containsExactly("无退回事项", "", "", "");
            List<List<String>> rows = Cells.rows(wb.getSheet("退回明细"));
            assertThat(rows.subList(2, rows.size())).containsExactly(List.of("无退回事项"));
        }
    }

    @Test
    void aMarkedFeedbackSaysWhatItIsInPlaceOfTheRunNumberAndKeepsEveryLine() throws Exception {
        Path marked = out.resolve("marked.xlsx");
        RunSubmissions subs = new RunSubmissions(db.reportJdbc());
        List<RunSubmission> of370202 = subs.of(ReportFixture.RUN).stream()
                .filter(s -> "370202".equals(s.districtCode())).toList();

        new FeedbackWriter(db.reportJdbc(), ReportFixture.districts()).write(ReportFixture.RUN, ReportFixture.Q, "370202",
                of370202, marked, new FeedbackWriter.Marking("（报送前预检）", List.of("本表是预检结果。", "未能检查：以前季度。")));

        try (XSSFWorkbook a = Cells.open(marked); XSSFWorkbook b = Cells.open(feedback("370202"))) {
            List<List<String>> rows = Cells.rows(a.getSheet("退回明细"));
            assertThat(rows.get(0)).containsExactly("市南区（370202）2025年第1季度退回明细（报送前预检）");
            assertThat(rows.subList(1, rows.size())).isEqualTo(Cells.rows(b.getSheet("退回明细")).subList(1, rows.size()));
            List<List<String>> summary = Cells.rows(a.getSheet("汇总"));
            assertThat(summary.get(0)).containsExactly("市南区（370202）2025年第1季度退回清单（报送前预检）");
            assertThat(summary).contains(List.of("本表是预检结果。"), List.of("未能检查：以前季度。"),
                    List.of("明细见“退回明细”工作表，行号为Excel中显示的行号。"))
                    .noneMatch(r -> !r.isEmpty() && r.get(0).startsWith("运行编号"));
        }
    }

    @Test
    void aFileOfNoDistrictIsTitledSo() throws Exception {
        Path marked = out.resolve("unknown.xlsx");

        new FeedbackWriter(db.reportJdbc(), ReportFixture.districts()).write(ReportFixture.RUN, ReportFixture.Q, null,
                List.of(), marked, new FeedbackWriter.Marking("（报送前预检）", List.of()));

        try (XSSFWorkbook wb = Cells.open(marked)) {
            assertThat(Cells.rows(wb.getSheet("退回明细")).get(0)).containsExactly("区市未能确定2025年第1季度退回明细（报送前预检）");
        }
    }

    @Test
    void missingDistrictsGetNoFeedback() {
        assertThat(feedback("370211")).exists();
        assertThat(feedback("370212")).doesNotExist();
        assertThat(out.resolve("2025Q1").resolve("370212")).doesNotExist();
    }
}
