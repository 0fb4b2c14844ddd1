package cn.qingdao.hrss.jiuye.job;

import cn.qingdao.hrss.jiuye.run.QuarterRunner;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * A district replaces its file and the quarter is run again (rules §1, §10): only that file is
 * read, the district's decisions and statistics (and the city totals) are replaced, every other
 * district's decisions stay as they were, the quarter's record is the new run alone, and no
 * month is paid twice.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:resubmission;DB_CLOSE_DELAY=-1")
class ResubmissionTest {

    static final Quarter Q1 = Quarter.parse("2025Q1");
    static final String DISTRICT = "370202";
    static final String FILE = "370202_2025Q1.xlsx";

    @Autowired
    QuarterRunner runner;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void replacedDistrictFileIsTheOnlyOneReadAgainAndReplacesThatDistrictsDecisionsAndStatistics() throws IOException {
        Path dir = Path.of("target/resubmission-test").toAbsolutePath();
        FileSystemUtils.deleteRecursively(dir);
        Path inbox = KillAndRestartTest.copyInbox(dir.resolve("inbox"), KillAndRestartTest.DISTRICT_FILES);
        Path out = dir.resolve("out");
        assertThat(runner.run(Q1, inbox, out)).isEqualTo(QuarterRunner.OK);
        long first = publishedRun();
        List<String> othersBefore = decisionsOfOtherDistricts(first);
        Map<String, Object> row = approvedFlexibleRowOfOnePerson(first);
        int rowNumber = ((Number) row.get("row_number")).intValue();
        long newJobsBefore = statistic(first, DISTRICT, "new_urban_employment");
        long cityBefore = statistic(first, "370200", "new_urban_employment");
        List<Map<String, Object>> submissionsBefore = jdbc.queryForList(
                "SELECT id, file_name, read_at FROM submission WHERE file_name <> ? ORDER BY id", FILE);

        resubmit(inbox.resolve(FILE), rowNumber, 100);
        int exit = runner.run(Q1, inbox, out);

        assertThat(exit).isEqualTo(QuarterRunner.OK);
        long second = publishedRun();
        assertThat(second).isGreaterThan(first);
        // Only the replaced file was read: one new submission; the others kept their record and were not read again.
        assertThat(jdbc.queryForList("SELECT file_name FROM submission ORDER BY id", String.class))
                .containsExactly("370202_2025Q1.xlsx", "370203_2025Q1.xlsx", "370213_2025Q1.xls", "370285_2025Q1.xls",
                        "370202_2025Q1.xlsx");
        assertThat(jdbc.queryForList("SELECT id, file_name, read_at FROM submission WHERE file_name <> ? ORDER BY id", FILE))
                .isEqualTo(submissionsBefore);
        assertThat(jdbc.queryForList("SELECT s.file_name FROM run_submission rs JOIN submission s ON s.id = rs.submission_id "
                + "WHERE rs.run_id = ? AND s.id > ?", String.class, second, lastIdOf(submissionsBefore))).containsExactly(FILE);
        // The district's decision and statistics replaced; the other districts' decisions unchanged.
        assertThat(jdbc.queryForObject("SELECT decision FROM decision WHERE run_id = ? AND district_code = ? "
                + "AND subsidy = 'flexible' AND row_number = ?", String.class, second, DISTRICT, rowNumber)).isEqualTo("REJECTED");
        assertThat(decisionsOfOtherDistricts(second)).isEqualTo(othersBefore);
        assertThat(statistic(second, DISTRICT, "new_urban_employment")).isEqualTo(newJobsBefore + 100);
        assertThat(statistic(second, "370200", "new_urban_employment")).isEqualTo(cityBefore + 100);
        // The quarter's record is the new run alone: published, and no row of the first run left.
        for (String table : List.of("decision", "startup_grant", "statistic_result")) {
            assertThat(jdbc.queryForList("SELECT DISTINCT run_id FROM " + table + " WHERE quarter = '2025Q1'", Long.class))
                    .as(table).containsExactly(second);
        }
        // Nothing paid twice: one decision per row, each kept month once per person and subsidy.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT subsidy, district_code, row_number FROM decision "
                + "GROUP BY subsidy, district_code, row_number HAVING COUNT(*) > 1) t", Integer.class)).isZero();
        assertThat(PaidMonths.paidTwice(jdbc)).isEmpty();
        // The outputs rewritten from the new run.
        assertThat(Files.readAllLines(out.resolve("2025Q1/decisions.csv")))
                .anyMatch(l -> l.startsWith("2025Q1,370202,flexible," + rowNumber + ",") && l.contains(",REJECTED,"));
        assertThat(Files.readAllLines(out.resolve("2025Q1/statistics.csv")))
                .anyMatch(l -> l.startsWith("2025Q1,370202,new_urban_employment," + (newJobsBefore + 100) + ","));
    }

    private long publishedRun() {
        return jdbc.queryForObject("SELECT published_run_id FROM quarter_state WHERE quarter = '2025Q1'", Long.class);
    }

    private List<String> decisionsOfOtherDistricts(long run) {
        return jdbc.queryForList("SELECT subsidy || ',' || district_code || ',' || row_number || ',' || decision || ',' "
                + "|| months || ',' || amount || ',' || COALESCE(reason_codes, '') FROM decision WHERE run_id = ? "
                + "AND district_code <> ? ORDER BY subsidy, district_code, row_number", String.class, run, DISTRICT);
    }

    /** An approved flexible-employment row of the district whose person applies nowhere else: changing it touches no other row. */
    private Map<String, Object> approvedFlexibleRowOfOnePerson(long run) {
        return jdbc.queryForList("""
                SELECT d.row_number FROM decision d WHERE d.run_id = ? AND d.district_code = ? AND d.subsidy = 'flexible'
                AND d.decision = 'APPROVED' AND NOT EXISTS (SELECT 1 FROM decision o WHERE o.run_id = d.run_id
                  AND o.id_number = d.id_number AND NOT (o.district_code = d.district_code AND o.subsidy = d.subsidy
                  AND o.row_number = d.row_number)) ORDER BY d.row_number""", run, DISTRICT).get(0);
    }

    private long statistic(long run, String district, String indicator) {
        return jdbc.queryForObject("SELECT stat_value FROM statistic_result WHERE run_id = ? AND district_code = ? AND indicator = ?",
                Long.class, run, district, indicator);
    }

    private static long lastIdOf(List<Map<String, Object>> submissions) {
        return ((Number) submissions.get(submissions.size() - 1).get("id")).longValue();
    }

    /** The district's corrected file: the row's ID number made invalid, and its first month of new jobs raised. */
    private static void resubmit(Path file, int rowNumber, int moreJobs) throws IOException {
        Workbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = WorkbookFactory.create(in);
        }
        try (wb) {
            Sheet flexible = wb.getSheet("灵活就业社保补贴");
            flexible.getRow(rowNumber - 1).getCell(2).setCellValue("37020219801301000X");
            Row newJobs = wb.getSheet("就业统计").getRow(2);
            assertThat(newJobs.getCell(0).getStringCellValue()).isEqualTo("城镇新增就业人数");
            newJobs.getCell(1).setCellValue(newJobs.getCell(1).getNumericCellValue() + moreJobs);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream o = Files.newOutputStream(file)) {
                wb.write(o);
            }
        }
    }
}
