package cn.qingdao.hrss.jiuye.job;

import cn.qingdao.hrss.jiuye.policy.Outcome;
import cn.qingdao.hrss.jiuye.run.QuarterRunner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@link KillAndRestartTest} on PostgreSQL, on a server of its own so that it can also be stopped
 * in the middle of a run (a database outage) and started again.
 */
class PostgresKillAndRestartTest extends KillAndRestartTest {

    private RestartablePostgres server;

    @Override
    String newDatabase(Path dir) {
        if (server == null) {
            server = new RestartablePostgres(Path.of("target/kill-restart-test/postgres-data").toAbsolutePath());
        }
        return server.newDatabase();
    }

    @Override
    String user() {
        return "postgres";
    }

    @Override
    String name() {
        return "postgres";
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void killedAfterReadingASubmissionIsRestartedToTheSameResult() throws IOException {
        assertKilledRunIsRestartedToTheSameResult("after:readSubmissionStep#2");
    }

    @Test
    void killedWhileDecidingIsRestartedAfterTheLastCommittedChunk() throws IOException {
        assertKilledRunIsRestartedToTheSameResult("rows:flexible:100");
    }

    @Test
    void killedAfterPublishingIsRestartedToTheSameResult() throws IOException {
        assertKilledRunIsRestartedToTheSameResult("after:publishStep");
    }

    @Test
    void runStoppedByADatabaseOutageFailsClearlyAndIsRestartedWhenTheDatabaseIsBack() throws IOException {
        Path dir = root.resolve("outage");
        String url = newDatabase(dir);
        Path resume = dir.resolve("resume");
        List<String> args = new ArrayList<>(runArgs(url, dir));
        args.add("--pipeline.test.pause-at=rows:employer:200");
        args.add("--pipeline.test.pause-until=" + resume);
        PipelineProcess run = PipelineProcess.start(dir.resolve("run.log"), args);
        run.awaitLine("fault injection: paused at rows:employer:200");

        server.stop();
        Files.createFile(resume);
        int exit = run.waitForExit();
        server.start();
        PipelineProcess restarted = PipelineProcess.run(dir.resolve("restart.log"), restartArgs(url));

        assertThat(exit).as("%s", run.output()).isEqualTo(QuarterRunner.FAILED);
        assertThat(run.output()).contains("the database could not be reached")
                .contains("When the database is back, run 'restart'");
        assertThat(restarted.exit()).as("%s", restarted.output()).isEqualTo(uninterrupted.exit());
        assertSameOutcome(Outcome.of(restarted.exit(), url, user(), dir.resolve("out")));
    }
}
