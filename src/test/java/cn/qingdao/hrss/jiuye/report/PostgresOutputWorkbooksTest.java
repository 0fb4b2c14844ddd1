package cn.qingdao.hrss.jiuye.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The same queries on PostgreSQL (embedded): streaming in a read-only transaction, UNION ordering, types. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresOutputWorkbooksTest {

    @TempDir
    static Path out;

    private EmbeddedPostgres postgres;
    private ReportFixture db;

    @BeforeAll
    void setUp() throws Exception {
        postgres = EmbeddedPostgres.start();
        db = new ReportFixture(postgres.getPostgresDatabase(), "postgresql").withSampleRun();
        db.outputs().writeAll(ReportFixture.RUN, ReportFixture.Q, out);
    }

    @AfterAll
    void tearDown() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void rosterFeedbackAndSummaryMatchTheH2Results() throws Exception {
        Path q = out.resolve("2025Q1");
        try (XSSFWorkbook wb = Cells.open(q.resolve("370202/payment-roster-370202-2025Q1.xlsx"))) {
            assertThat(Cells.rows(wb.getSheet("吸纳就业社保补贴")).get(4)).containsExactly("2", "7", "孙七",
                    "370202199808085678", "青岛港湾物流有限公司", "91370202MA3C00003Q", "全部核准", "4",
                    "2024-10～2024-12、2025-02", "4,000.00");
        }
        try (XSSFWorkbook wb = Cells.open(q.resolve("370203/feedback-370203-2025Q1.xlsx"))) {
            List<List<String>> rows = Cells.rows(wb.getSheet("退回明细"));
            assertThat(rows.subList(2, rows.size())).extracting(r -> r.get(4) + " " + r.get(7)).containsExactly(
                    "STAT_TOTAL_MISMATCH ", "MONTH_ALREADY_PAID 2025-01", "MONTH_ALREADY_PAID 2025-02",
                    "PERIOD_CAP_REACHED 2025-02");
        }
        try (XSSFWorkbook wb = Cells.open(q.resolve("summary-2025Q1.xlsx"))) {
            assertThat(Cells.text(Cells.find(wb.getSheet("概览"), 0, "城镇新增就业").getCell(1))).isEqualTo("7.83万人");
            assertThat(Cells.rows(wb.getSheet("补贴汇总")).get(Cells.find(wb.getSheet("补贴汇总"), 1, "全市合计").getRowNum())
                    .get(18)).isEqualTo("23,881.96");
        }
    }
}
