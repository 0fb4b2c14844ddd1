package cn.qingdao.hrss.jiuye.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentRosterWriterTest {

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

    private Path roster(String district) {
        return out.resolve("2025Q1").resolve(district).resolve("payment-roster-" + district + "-2025Q1.xlsx");
    }

    @Test
    void startUpSheetListsTheApprovedRowWithBusinessAndTotal() throws Exception {
        try (XSSFWorkbook wb = Cells.open(roster("370202"))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("一次性创业补贴");
            assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("吸纳就业社保补贴");
            assertThat(wb.getSheetAt(2).getSheetName()).isEqualTo("灵活就业社保补贴");
            Sheet sheet = wb.getSheet("一次性创业补贴");
            List<List<String>> rows = Cells.rows(sheet);
            assertThat(rows.get(2)).containsExactly("序号", "行号", "姓名", "身份证号", "主体名称", "统一社会信用代码",
                    "决定", "补贴金额（元）");
            assertThat(rows.get(3)).containsExactly("1", "5", "张三", "37020219900101123X", "青岛海鸥科技有限公司",
                    "91370202MA3C00001K", "全部核准", "12,000.00");
            assertThat(rows.get(4)).containsExactly("合计", "1人", "", "", "", "", "", "12,000.00");
            assertThat(rows).hasSize(5);
            Row person = sheet.getRow(3);
            assertThat(person.getCell(3).getCellType()).isEqualTo(CellType.STRING);
            assertThat(person.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("@");
            assertThat(person.getCell(7).getNumericCellValue()).isEqualTo(12000.00);
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
        }
    }

    @Test
    void employerSheetShowsPartialAndNonContiguousMonths() throws Exception {
        try (XSSFWorkbook wb = Cells.open(roster("370202"))) {
            List<List<String>> rows = Cells.rows(wb.getSheet("吸纳就业社保补贴"));
            assertThat(rows.get(2)).containsExactly("序号", "行号", "姓名", "身份证号", "单位名称", "统一社会信用代码",
                    "决定", "核准月数", "核准月份", "补贴金额（元）");
            assertThat(rows.get(3)).containsExactly("1", "4", "赵六", "370202199512124567", "青岛港湾物流有限公司",
                    "91370202MA3C00003Q", "部分核准", "2", "2025-01～2025-02", "2,401.00");
            assertThat(rows.get(4)).containsExactly("2", "7", "孙七", "370202199808085678", "青岛港湾物流有限公司",
                    "91370202MA3C00003Q", "全部核准", "4", "2024-10～2024-12、2025-02", "4,000.00");
            assertThat(rows.get(5)).containsExactly("合计", "2人", "", "", "", "", "", "6", "", "6,401.00");
        }
    }

    @Test
    void flexibleSheetLeavesOutRefusedRows() throws Exception {
        try (XSSFWorkbook wb = Cells.open(roster("370203"))) {
            List<List<String>> rows = Cells.rows(wb.getSheet("灵活就业社保补贴"));
            assertThat(rows.get(3)).containsExactly("1", "4", "陈十二", "370203200001010123", "部分核准", "1",
                    "2025-01", "480.96");
            assertThat(rows.get(4)).containsExactly("合计", "1人", "", "", "", "1", "", "480.96");
            assertThat(rows).hasSize(5);
            List<List<String>> employer = Cells.rows(wb.getSheet("吸纳就业社保补贴"));
            assertThat(employer.get(3)).containsExactly("合计", "0人", "", "", "", "", "", "0", "", "0.00");
        }
    }

    @Test
    void onlyDistrictsWithAnAcceptedSubmissionGetARoster() {
        assertThat(roster("370202")).exists();
        assertThat(roster("370203")).exists();
        assertThat(roster("370213")).exists();
        assertThat(roster("370211")).doesNotExist();
        assertThat(roster("370212")).doesNotExist();
    }
}
