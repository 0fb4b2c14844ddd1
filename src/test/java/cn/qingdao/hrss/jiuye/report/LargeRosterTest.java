package cn.qingdao.hrss.jiuye.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A district with 20,000 approved rows (three months each): streamed from the database into SXSSF. */
class LargeRosterTest {

    private static final int ROWS = 20_000;

    @TempDir
    Path out;

    private ReportFixture db;

    @BeforeEach
    void setUp() {
        db = new ReportFixture().withSampleRun();
        db.submission(99, "370285", "370285_2025Q1.xlsx", "ACCEPTED", null, "ACCEPTED");
        db.jdbc.update("INSERT INTO decision (run_id, quarter, subsidy, district_code, row_number, submission_id, "
                + "id_number, name, decision, months, amount, kept_months) SELECT 7, '2025Q1', 'flexible', '370285', X + 3, 99, "
                + "CONCAT('ID', X), CONCAT('N', X), 'APPROVED', 3, 1500.00, '202501-202503' FROM SYSTEM_RANGE(1, " + ROWS + ")");
    }

    @AfterEach
    void tearDown() {
        db.shutdown();
    }

    @Test
    void everyRowAndTheTotal() throws Exception {
        new PaymentRosterWriter(db.reportJdbc(), ReportFixture.districts()).write(ReportFixture.RUN,
                ReportFixture.Q, "370285", 99, out.resolve("roster.xlsx"));
        try (XSSFWorkbook wb = Cells.open(out.resolve("roster.xlsx"))) {
            Sheet sheet = wb.getSheet("灵活就业社保补贴");
            assertThat(sheet.getLastRowNum()).isEqualTo(3 + ROWS);
            List<List<String>> rows = Cells.rows(sheet);
            assertThat(rows.get(3)).containsExactly("1", "4", "N1", "ID1", "全部核准", "3", "2025-01～2025-03", "1,500.00");
            assertThat(rows.get(2 + ROWS)).containsExactly("20000", "20003", "N20000", "ID20000", "全部核准", "3",
                    "2025-01～2025-03", "1,500.00");
            assertThat(rows.get(3 + ROWS)).containsExactly("合计", "20000人", "", "", "", "60,000", "", "30,000,000.00");
        }
    }
}
