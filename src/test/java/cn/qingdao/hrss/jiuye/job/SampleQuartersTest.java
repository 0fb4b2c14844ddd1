package cn.qingdao.hrss.jiuye.job;

import cn.qingdao.hrss.jiuye.cli.ReportCommand;
import cn.qingdao.hrss.jiuye.decide.DecisionExplainer;
import cn.qingdao.hrss.jiuye.run.QuarterRunner;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sample quarters of {@code data/inbox}, run as the README runs them: 2025Q1 reproduces the
 * figures of rules §9 and exercises every row-level reason code; 2025Q2, run after it, sees Q1's
 * approvals as history; running Q1 again replaces its record and changes nothing.
 * Subclasses choose the database; the methods run in order on one database.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class SampleQuartersTest {

    static final Path OUT = Path.of("target/sample-quarters-test");

    @Autowired
    QuarterRunner runner;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DecisionExplainer explainer;

    @Autowired
    ReportCommand report;

    abstract Path out();

    @Test
    @Order(1)
    void firstQuarterReproducesTheCityFiguresOfTheSeed() throws IOException {
        int exit = runner.run(Quarter.parse("2025Q1"), Path.of("data/inbox/2025Q1"), out());

        assertThat(exit).isEqualTo(QuarterRunner.OK);
        List<String> statistics = lines(out().resolve("2025Q1/statistics.csv"));
        assertThat(statistics).contains("2025Q1,370200,new_urban_employment,78300,69700,12.34,78300");
        assertThat(statistics).anyMatch(l -> l.startsWith("2025Q1,370200,reemployment,30500,"));
        long postings = Long.parseLong(field(statistics, "2025Q1,370200,job_postings,", 3));
        assertThat(postings).isGreaterThan(120_000);
        assertThat(lines(out().resolve("2025Q1/submissions.csv"))).hasSize(11)
                .allMatch(l -> l.startsWith("quarter") || l.contains(",ACCEPTED,"));
        // The publication's headline figures, as the Qingdao Daily reports them (rules §9).
        List<String> summary = WorkbookText.cells(out().resolve("2025Q1/summary-2025Q1.xlsx"));
        assertThat(summary).anyMatch(c -> c.startsWith("概览!") && c.endsWith("=7.83万人"))
                .anyMatch(c -> c.startsWith("概览!") && c.endsWith("=12.34%"))
                .anyMatch(c -> c.startsWith("概览!") && c.endsWith("=3.05万人"))
                .anyMatch(c -> c.startsWith("概览!") && c.endsWith("=超12万个"));
    }

    @Test
    @Order(2)
    void firstQuarterExercisesEveryRowLevelReasonCode() throws IOException {
        Set<String> codes = reasonCodes(out().resolve("2025Q1/decisions.csv"));
        Set<String> rowLevel = Arrays.stream(ReasonCode.values())
                .filter(c -> c.kind() != ReasonCode.Kind.SUBMISSION && c.kind() != ReasonCode.Kind.STATISTICS)
                .filter(c -> c != ReasonCode.ALREADY_SUBSIDISED) // needs an earlier quarter: exercised by 2025Q2
                .map(Enum::name).collect(Collectors.toSet());
        assertThat(codes).containsAll(rowLevel);
    }

    @Test
    @Order(3)
    void secondQuarterSeesTheFirstQuartersApprovalsAsHistory() throws IOException {
        int exit = runner.run(Quarter.parse("2025Q2"), Path.of("data/inbox/2025Q2"), out());

        assertThat(exit).isEqualTo(QuarterRunner.OK);
        Set<String> codes = reasonCodes(out().resolve("2025Q2/decisions.csv"));
        assertThat(codes).contains("ALREADY_SUBSIDISED", "MONTH_ALREADY_PAID", "PERIOD_CAP_REACHED");
        // No month is paid twice to a person under a subsidy, across both quarters (rules §5.2, §5.3).
        assertThat(PaidMonths.paidTwice(jdbc)).isEmpty();
        // Once per person and once per business ever (rules §5.1).
        Integer persons = jdbc.queryForObject(
                "SELECT COUNT(*) FROM (SELECT id_number FROM startup_grant GROUP BY id_number HAVING COUNT(*) > 1) t", Integer.class);
        Integer businesses = jdbc.queryForObject(
                "SELECT COUNT(*) FROM (SELECT credit_code FROM startup_grant GROUP BY credit_code HAVING COUNT(*) > 1) t", Integer.class);
        assertThat(persons).isZero();
        assertThat(businesses).isZero();
    }

    @Test
    @Order(4)
    void runningTheFirstQuarterAgainReplacesItsRecordWithTheSameDecisions() throws IOException {
        List<String> before = lines(out().resolve("2025Q1/decisions.csv"));
        Integer rowsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM decision WHERE quarter = '2025Q1'", Integer.class);

        int exit = runner.run(Quarter.parse("2025Q1"), Path.of("data/inbox/2025Q1"), out());

        assertThat(exit).isEqualTo(QuarterRunner.OK);
        assertThat(lines(out().resolve("2025Q1/decisions.csv"))).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM decision WHERE quarter = '2025Q1'", Integer.class))
                .isEqualTo(rowsBefore);
        // The unchanged files were not read again: one submission record per district file.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE quarter = '2025Q1'", Integer.class)).isEqualTo(10);
    }

    @Test
    @Order(5)
    void explainShowsEachRuleMonthAndParameterOfAPartlyApprovedRow() {
        var row = jdbc.queryForMap("""
                SELECT district_code, row_number, reason_codes FROM decision
                WHERE quarter = '2025Q2' AND subsidy = 'employer' AND decision = 'PARTIAL'
                ORDER BY district_code, row_number FETCH FIRST 1 ROWS ONLY""");
        var buffer = new java.io.ByteArrayOutputStream();

        int exit = explainer.explain(Quarter.parse("2025Q2"), (String) row.get("district_code"), Subsidy.EMPLOYER,
                ((Number) row.get("row_number")).intValue(), new java.io.PrintStream(buffer, true, StandardCharsets.UTF_8));

        String text = buffer.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(QuarterRunner.OK);
        assertThat(text).contains("Decision: PARTIAL", "1. Field checks (rules §4, §5.4): passed",
                "§5.2 month ", "dropped", "employer.cap_months.", "in force from 2025-01-01",
                "the same as the stored decision");
        for (String code : ((String) row.get("reason_codes")).split(";")) {
            assertThat(text).contains("→ " + code);
        }
    }

    @Test
    @Order(6)
    void reportRewritesTheSameWorkbooksFromTheDatabaseAlone() throws IOException {
        Path q1 = out().resolve("2025Q1");
        List<String> summary = WorkbookText.cells(q1.resolve("summary-2025Q1.xlsx"));
        List<String> roster = WorkbookText.cells(q1.resolve("370202/payment-roster-370202-2025Q1.xlsx"));
        List<String> feedback = WorkbookText.cells(q1.resolve("370211/feedback-370211-2025Q1.xlsx"));
        List<String> decisions = lines(q1.resolve("decisions.csv"));
        org.springframework.util.FileSystemUtils.deleteRecursively(q1);

        int exit = report.rewrite(Quarter.parse("2025Q1"), out());

        assertThat(exit).isEqualTo(QuarterRunner.OK);
        assertThat(WorkbookText.cells(q1.resolve("summary-2025Q1.xlsx"))).isEqualTo(summary);
        assertThat(WorkbookText.cells(q1.resolve("370202/payment-roster-370202-2025Q1.xlsx"))).isEqualTo(roster);
        assertThat(WorkbookText.cells(q1.resolve("370211/feedback-370211-2025Q1.xlsx"))).isEqualTo(feedback);
        assertThat(lines(q1.resolve("decisions.csv"))).isEqualTo(decisions);
    }

    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    static String field(List<String> lines, String prefix, int index) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow().split(",", -1)[index];
    }

    static Set<String> reasonCodes(Path decisions) throws IOException {
        Set<String> codes = new HashSet<>();
        for (String line : lines(decisions).subList(1, lines(decisions).size())) {
            String[] f = line.split(",", -1);
            if (!f[9].isEmpty()) {
                codes.addAll(Arrays.asList(f[9].split(";")));
            }
        }
        return codes;
    }

}
