package cn.qingdao.hrss.jiuye.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingdao.hrss.jiuye.run.QuarterRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Workers read for runs on PostgreSQL only: {@code run --read-by workers}, {@code restart --read-by workers} and
 * {@code worker} on any other database are usage errors that say so, before the application starts. (Their work on
 * PostgreSQL: {@code job.PostgresRemoteReadTest}.)
 */
@ExtendWith(OutputCaptureExtension.class)
class ReadByWorkersOptionTest {

    private static final String H2 = "--spring.datasource.url=jdbc:h2:mem:read_by_" + System.nanoTime();

    @Test
    void runAndRestartByWorkersOnH2AreUsageErrors(CapturedOutput output) {
        int run = Main.execute("run", "--quarter", "2025Q1", "--read-by", "workers", H2);
        int restart = Main.execute("restart", "--read-by", "workers", H2);

        assertThat(run).isEqualTo(QuarterRunner.USAGE);
        assertThat(restart).isEqualTo(QuarterRunner.USAGE);
        assertThat(output.getErr())
                .contains("error: --read-by workers needs the PostgreSQL database the workers use");
    }

    @Test
    void aWorkerOnH2IsAUsageError(CapturedOutput output) {
        int worker = Main.execute("worker", H2);

        assertThat(worker).isEqualTo(QuarterRunner.USAGE);
        assertThat(output.getErr()).contains("error: a worker reads for runs on the PostgreSQL database");
    }

    @Test
    void readByAcceptsOnlyThreadsOrWorkers(CapturedOutput output) {
        int run = Main.execute("run", "--quarter", "2025Q1", "--read-by", "machines", H2);

        assertThat(run).isEqualTo(QuarterRunner.USAGE);
        assertThat(output.getErr()).contains("--read-by").contains("threads, workers");
    }
}
