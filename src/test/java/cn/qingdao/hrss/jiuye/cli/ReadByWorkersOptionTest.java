package cn.qingdao.hrss.jiuye.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingdao.hrss.jiuye.run.QuarterRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Workers read for runs on PostgreSQL only: {@code run --read-by workers}, {@code restart --read-by workers} and
 * {@code worker} on any other database are usage errors that say so, before the application starts. (Their work on
 * PostgreSQL: {@code job.PostgresRemoteReadTest}.)
 */
class ReadByWorkersOptionTest {

    private static final String H2 = "--spring.datasource.url=jdbc:h2:mem:read_by_" + System.nanoTime();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedErr;

    @BeforeEach
    void captureErrors() {
        savedErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreErrors() {
        System.setErr(savedErr);
    }

    @Test
    void runAndRestartByWorkersOnH2AreUsageErrors() {
        int run = Main.execute("run", "--quarter", "2025Q1", "--read-by", "workers", H2);
        int restart = Main.execute("restart", "--read-by", "workers", H2);

        assertThat(run).isEqualTo(QuarterRunner.USAGE);
        assertThat(restart).isEqualTo(QuarterRunner.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("error: --read-by workers needs the PostgreSQL database the workers use");
    }

    @Test
    void aWorkerOnH2IsAUsageError() {
        int worker = Main.execute("worker", H2);

        assertThat(worker).isEqualTo(QuarterRunner.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("error: a worker reads for runs on the PostgreSQL database");
    }

    @Test
    void readByAcceptsOnlyThreadsOrWorkers() {
        int run = Main.execute("run", "--quarter", "2025Q1", "--read-by", "machines", H2);

        assertThat(run).isEqualTo(QuarterRunner.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--read-by").contains("threads, workers");
    }
}
