package cn.qingdao.hrss.jiuye.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feedback's detail sheet reads a subsidy's refused rows a page of {@link FeedbackWriter#ROWS_PER_PAGE}
 * sheet rows at a time and merges each row's decision with its invalid cells: the lines come out in
 * sheet order, row order, decision before cells, across page boundaries.
 */
class FeedbackPagesTest {

    @TempDir
    Path out;

    @Test
    void rowsOnBothSidesOfAPageBoundaryKeepSheetAndRowOrder() throws Exception {
        int page = FeedbackWriter.ROWS_PER_PAGE;
        ReportFixture db = new ReportFixture().withSampleRun();
        try {
            db.submission(5, "370214", "370214_2025Q1.xlsx", "ACCEPTED", null, "ACCEPTED");
            // written out of order, and the flexible sheet before the start-up sheet
            db.flexible(5, "370214", 2 * page + 5, "甲", "370214199001011111");
            db.decision(5, "flexible", "370214", 2 * page + 5, "甲", "370214199001011111", "REJECTED", 0, "0.00",
                    "MISSING_VALUE");
            db.fieldError(5, "flexible", 2 * page + 5, 2, "MISSING_VALUE", "缴费月份", "F", null);
            db.fieldError(5, "flexible", 2 * page + 5, 1, "MISSING_VALUE", "身份证号", "C", null);
            db.flexible(5, "370214", page, "乙", "370214199001012222");
            db.decision(5, "flexible", "370214", page, "乙", "370214199001012222", "PARTIAL", 1, "480.00",
                    "MONTH_ALREADY_PAID");
            db.month("flexible", "370214", page, 202501, "MONTH_ALREADY_PAID");
            db.month("flexible", "370214", page, 202502, null);
            db.flexible(5, "370214", page - 1, "丙", "370214199001013333");
            db.decision(5, "flexible", "370214", page - 1, "丙", "370214199001013333", "REJECTED", 0, "0.00",
                    "NO_SOCIAL_INSURANCE");
            db.flexible(5, "370214", page + 1, "丁", "370214199001014444");
            db.decision(5, "flexible", "370214", page + 1, "丁", "370214199001014444", "APPROVED", 1, "480.00", null);
            db.startup(5, "370214", page, "戊", "370214199001015555", "戊记小店", null);
            db.decision(5, "startup", "370214", page, "戊", "370214199001015555", "REJECTED", 0, "0.00",
                    "MISSING_VALUE");
            db.fieldError(5, "startup", page, 1, "MISSING_VALUE", "统一社会信用代码", "H", null);

            db.outputs().writeAll(ReportFixture.RUN, ReportFixture.Q, out);

            Path file = out.resolve("2025Q1/370214/feedback-370214-2025Q1.xlsx");
            try (XSSFWorkbook wb = Cells.open(file)) {
                List<List<String>> rows = Cells.rows(wb.getSheet("退回明细"));
                // sheet, row, column, code, month
                assertThat(rows.subList(2, rows.size()).stream()
                        .map(r -> List.of(r.get(1), r.get(2), r.get(3), r.get(4), r.get(7))).toList())
                        .containsExactly(
                                List.of("一次性创业补贴", "1000", "H（统一社会信用代码）", "MISSING_VALUE", ""),
                                List.of("灵活就业社保补贴", "999", "", "NO_SOCIAL_INSURANCE", ""),
                                List.of("灵活就业社保补贴", "1000", "", "MONTH_ALREADY_PAID", "2025-01"),
                                List.of("灵活就业社保补贴", "2005", "C（身份证号）", "MISSING_VALUE", ""),
                                List.of("灵活就业社保补贴", "2005", "F（缴费月份）", "MISSING_VALUE", ""));
            }
        } finally {
            db.shutdown();
        }
    }
}
