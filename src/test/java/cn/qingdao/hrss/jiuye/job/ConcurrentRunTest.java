package cn.qingdao.hrss.jiuye.job;

import cn.qingdao.hrss.jiuye.run.QuarterRunner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * While one process runs a quarter (held at a pause point), another process's {@code run} and
 * {@code restart} of that quarter are refused with exit code 4 and a message naming the running
 * run, {@code status} shows it RUNNING, and the first run then completes undisturbed.
 * Subclasses choose the database.
 */
abstract class ConcurrentRunTest {

    abstract String url(Path dir);

    abstract String user();

    abstract String name();

    @Test
    void secondRunOfAQuarterBeingProcessedIsRefusedFromAnotherProcess() throws IOException {
        Path dir = Path.of("target/concurrent-run-test", name()).toAbsolutePath();
        FileSystemUtils.deleteRecursively(dir);
        Path inbox = KillAndRestartTest.copyInbox(dir.resolve("inbox"), List.of("370202_2025Q1.xlsx", "370213_2025Q1.xls"));
        String url = url(dir);
        Path resume = dir.resolve("resume");
        List<String> spring = List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user(),
                "--spring.datasource.password=");
        List<String> run = new ArrayList<>(List.of("run", "--quarter", "2025Q1", "--inbox", inbox.toString(),
                "--out", dir.resolve("out").toString()));
        run.addAll(spring);
        List<String> held = new ArrayList<>(run);
        held.addAll(List.of("--pipeline.test.pause-at=after:inventoryStep", "--pipeline.test.pause-until=" + resume));
        List<String> restart = new ArrayList<>(List.of("restart"));
        restart.addAll(spring);
        List<String> status = new ArrayList<>(List.of("status", "--quarter", "2025Q1"));
        status.addAll(spring);

        PipelineProcess first = PipelineProcess.start(dir.resolve("first.log"), held);
        first.awaitLine("fault injection: paused at after:inventoryStep");
        PipelineProcess second = PipelineProcess.run(dir.resolve("second.log"), run);
        PipelineProcess restarted = PipelineProcess.run(dir.resolve("restart.log"), restart);
        PipelineProcess shown = PipelineProcess.run(dir.resolve("status.log"), status);
        Files.createFile(resume);
        int firstExit = first.waitForExit();

        assertThat(second.exit()).as("%s", second.output()).isEqualTo(QuarterRunner.REFUSED);
        assertThat(second.output()).contains("error: 2025Q1 is being processed by run #1 (process ")
                .contains("not started. Wait for it to finish ('status --quarter 2025Q1' shows it)");
        assertThat(restarted.exit()).as("%s", restarted.output()).isEqualTo(QuarterRunner.REFUSED);
        assertThat(restarted.output()).contains("error: 2025Q1 is being processed by run #1 (process ");
        assertThat(shown.output()).containsPattern("\\n1 +2025Q1 +RUNNING ")
                .contains("2025Q1 is being processed by run #1");
        assertThat(firstExit).as("%s", first.output()).isEqualTo(QuarterRunner.OK);
    }
}
