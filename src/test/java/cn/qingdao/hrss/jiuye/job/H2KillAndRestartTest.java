package cn.qingdao.hrss.jiuye.job;

import cn.qingdao.hrss.jiuye.policy.Outcome;
import cn.qingdao.hrss.jiuye.run.QuarterRunner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link KillAndRestartTest} on the default database, an H2 file database opened with
 * AUTO_SERVER (the killed process was its server). WRITE_DELAY=0 makes each commit durable at
 * once, so that a kill after a commit really resumes after it (with H2's default delay a kill
 * loses the last second of commits and the restart simply redoes more).
 */
class H2KillAndRestartTest extends KillAndRestartTest {

    @Override
    String newDatabase(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("db/jiuye") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
    }

    @Override
    String user() {
        return "sa";
    }

    @Override
    String name() {
        return "h2";
    }

    @Test
    void killedWhileReadingADistrictIsRestartedToTheSameResult() throws IOException {
        assertKilledRunIsRestartedToTheSameResult("rows:370203:150");
    }

    @Test
    void killedWhileDecidingIsRestartedAfterTheLastCommittedChunk() throws IOException {
        assertKilledRunIsRestartedToTheSameResult("rows:employer:200");
    }

    @Test
    void killedWhileWritingTheSummaryWorkbookIsRestartedToTheSameFiles() throws IOException {
        assertKilledRunIsRestartedToTheSameResult("file:summary-");
    }

    @Test
    void runAfterAKilledRunPointsToRestartAndAbandonStartsAfresh() throws IOException {
        Path dir = root.resolve("abandon");
        String url = newDatabase(dir);
        List<String> killedArgs = new ArrayList<>(runArgs(url, dir));
        killedArgs.add("--pipeline.test.halt-at=after:inventoryStep");
        assertThat(PipelineProcess.run(dir.resolve("killed.log"), killedArgs).exit()).isEqualTo(137);

        List<String> status = new ArrayList<>(List.of("status", "--quarter", QUARTER));
        status.addAll(springArgs(url));
        PipelineProcess statusAfterKill = PipelineProcess.run(dir.resolve("status.log"), status);
        PipelineProcess runAgain = PipelineProcess.run(dir.resolve("run-again.log"), runArgs(url, dir));
        List<String> abandonArgs = new ArrayList<>(runArgs(url, dir));
        abandonArgs.add("--abandon");
        PipelineProcess abandon = PipelineProcess.run(dir.resolve("abandon.log"), abandonArgs);

        assertThat(statusAfterKill.exit()).isEqualTo(QuarterRunner.OK);
        assertThat(statusAfterKill.output()).contains("interrupted (run 'restart')").contains("TO READ");
        assertThat(runAgain.exit()).isEqualTo(QuarterRunner.FAILED);
        assertThat(runAgain.output()).contains("2025Q1 has an unfinished run: run #1 was interrupted (its process")
                .contains("Run 'restart' to resume it");
        assertThat(abandon.exit()).as("%s", abandon.output()).isEqualTo(uninterrupted.exit());
        assertSameOutcome(Outcome.of(abandon.exit(), url, user(), dir.resolve("out")));
    }
}
