package cn.qingdao.hrss.jiuye.job;


import static org.assertj.core.api.Assertions.assertThat;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.run.JobDefinition;
import cn.qingdao.hrss.jiuye.run.QuarterRunner;
import cn.qingdao.hrss.jiuye.run.Scheduler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.util.FileSystemUtils;

/** {@code schedule} starts the job of a job definition at its time; the shipped definition runs the quarter just closed. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:scheduler;DB_CLOSE_DELAY=-1")
class SchedulerTest {

    @Autowired
    Scheduler scheduler;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void scheduleStartsTheJobAtItsTime() throws IOException {
        Path dir = Path.of("target/scheduler-test").toAbsolutePath();
        FileSystemUtils.deleteRecursively(dir);
        Path inbox = KillAndRestartTest.copyInbox(dir.resolve("inbox/2025Q1"), List.of("370213_2025Q1.xls"));
        JobDefinition everySecond = new JobDefinition("test", "every second", CronExpression.parse("* * * * * *"),
                ZoneId.of("Asia/Shanghai"), "2025Q1", inbox.getParent() + "/{quarter}", dir.resolve("out").toString());

        int exit = scheduler.run(everySecond, 1);

        assertThat(exit).isEqualTo(QuarterRunner.OK);
        assertThat(jdbc.queryForList("SELECT quarter || ' ' || state FROM pipeline_run", String.class))
                .containsExactly("2025Q1 COMPLETED");
        assertThat(Files.readAllLines(dir.resolve("out/2025Q1/submissions.csv")))
                .anyMatch(l -> l.startsWith("2025Q1,370213,370213_2025Q1.xls,") && l.contains(",ACCEPTED,"));
    }

    @Test
    void shippedJobDefinitionRunsTheQuarterJustClosedEarlyInTheNextMonth() {
        JobDefinition quarterly = JobDefinition.load(Path.of("jobs/quarterly.yaml"));

        var next = quarterly.schedule().next(LocalDate.of(2025, 3, 31).atStartOfDay(quarterly.timeZone()));

        assertThat(next.toLocalDateTime()).isEqualTo(LocalDate.of(2025, 4, 5).atTime(2, 0));
        assertThat(quarterly.quarterOn(next.toLocalDate())).isEqualTo(Quarter.parse("2025Q1"));
        assertThat(quarterly.inboxFor(Quarter.parse("2025Q1"))).isEqualTo(Path.of("data/inbox/2025Q1"));
        assertThat(quarterly.outDir()).isEqualTo(Path.of("out"));
    }
}
