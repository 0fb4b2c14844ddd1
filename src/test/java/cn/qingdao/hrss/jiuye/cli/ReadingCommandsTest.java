package cn.qingdao.hrss.jiuye.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingdao.hrss.jiuye.run.QuarterRunner;
import cn.qingdao.hrss.jiuye.support.jdbc.MigrationFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code status}, {@code explain} and {@code report} only read the database: they start without Flyway and
 * create only the beans they call, check the schema's version with one query, and refuse a database that
 * is not at the program's schema with what to do, leaving it as it was.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReadingCommandsTest {

    private final String url = "jdbc:h2:mem:reading_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    private final DriverManagerDataSource db = new DriverManagerDataSource(url, "sa", "");
    @Test
    void statusOnADatabaseAtTheProgramsSchemaAnswers(CapturedOutput output) {
        flyway("latest").migrate();

        int exit = Main.execute("status", "--quarter", "2025Q3", "--spring.datasource.url=" + url);

        assertThat(exit).isEqualTo(QuarterRunner.OK);
        assertThat(output.getOut()).contains("No runs of 2025Q3 yet.");
    }

    @Test
    void statusExplainAndReportAnswerFromARunOfTheSampleQuarter(@TempDir Path dir, CapturedOutput output) throws Exception {
        String database = "--spring.datasource.url=" + url;
        int run = Main.execute("run", "--quarter", "2025Q1", "--inbox", "data/inbox/2025Q1", "--out",
                dir.resolve("run").toString(), database);

        int statusFrom = output.getOut().length();
        int status = Main.execute("status", "--quarter", "2025Q1", database);
        String statusText = output.getOut().substring(statusFrom);
        int explainFrom = output.getOut().length();
        int explain = Main.execute("explain", "--quarter", "2025Q1", "--district", "370202", "--subsidy", "employer",
                "--row", "5", database);
        String explainText = output.getOut().substring(explainFrom);
        int report = Main.execute("report", "--quarter", "2025Q1", "--out", dir.resolve("report").toString(), database);

        assertThat(run).isEqualTo(QuarterRunner.OK);
        assertThat(status).isEqualTo(QuarterRunner.OK);
        assertThat(statusText).contains("2025Q1  COMPLETED")
                .contains("370202   ACCEPTED  370202_2025Q1.xlsx                 314       314       282         5        27");
        assertThat(explain).isEqualTo(QuarterRunner.OK);
        assertThat(explainText).contains("2025Q1 370202 employer (吸纳就业社保补贴) row 5, run #1",
                "Decision: APPROVED, 7 month(s), amount 7118.93");
        assertThat(report).isEqualTo(QuarterRunner.OK);
        assertThat(Files.readString(dir.resolve("report/2025Q1/decisions.csv")))
                .isEqualTo(Files.readString(dir.resolve("run/2025Q1/decisions.csv")));
    }

    @Test
    void statusOnAnEmptyDatabaseRefusesAndCreatesNothing(CapturedOutput output) {
        int exit = Main.execute("status", "--spring.datasource.url=" + url);

        assertThat(exit).isEqualTo(QuarterRunner.FAILED);
        assertThat(output.getErr()).contains("error: the database jdbc:h2:mem:reading_",
                "has no pipeline tables", "The first 'run' creates them");
        assertThat(tables()).isZero();
    }

    @Test
    void explainAndReportOnAnOlderDatabaseRefuseAndLeaveItUnmigrated(CapturedOutput output) {
        flyway("5").migrate();

        int explain = Main.execute("explain", "--quarter", "2025Q1", "--district", "370202", "--subsidy", "employer",
                "--row", "5", "--spring.datasource.url=" + url);
        int report = Main.execute("report", "--quarter", "2025Q1", "--out", "target/reading-commands-test",
                "--spring.datasource.url=" + url);

        assertThat(explain).isEqualTo(QuarterRunner.FAILED);
        assertThat(report).isEqualTo(QuarterRunner.FAILED);
        assertThat(output.getErr())
                .contains("older version of the pipeline (5; this program's is " + MigrationFiles.newest("h2") + ")");
        assertThat(new JdbcTemplate(db).queryForObject(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL", Integer.class))
                .as("migrations applied").isEqualTo(5);
    }

    private int tables() {
        return new JdbcTemplate(db).queryForObject(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'", Integer.class);
    }

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(db).target(target)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").load();
    }
}
