package cn.qingdao.hrss.jiuye.job;

import cn.qingdao.hrss.jiuye.run.QuarterRunner;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 2025Q3 fixture quarter (three district files written by real office software) run alone on
 * an empty database reproduces the golden decisions, statistics and submissions files exactly.
 * Subclasses choose the database.
 */
abstract class FixtureQuarterTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures/2025Q3");

    @Autowired
    QuarterRunner runner;

    @TempDir
    Path out;

    @Test
    void fixtureQuarterReproducesTheGoldenFiles() {
        int exit = runner.run(Quarter.parse("2025Q3"), FIXTURES.resolve("inbox"), out);

        assertThat(exit).as("exit code: all three submissions accepted").isEqualTo(QuarterRunner.OK);
        Path q = out.resolve("2025Q3");
        GoldenFiles.assertSameDecisions(q.resolve("decisions.csv"), FIXTURES.resolve("expected/decisions.csv"));
        GoldenFiles.assertSameRows(q.resolve("statistics.csv"), FIXTURES.resolve("expected/statistics.csv"));
        GoldenFiles.assertSameRows(q.resolve("submissions.csv"), FIXTURES.resolve("expected/submissions.csv"));
    }
}
