package cn.qingdao.hrss.jiuye.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingdao.hrss.jiuye.run.QuarterRunner;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} with the standard Spring Boot Pushgateway properties pushes Spring Batch's meters when
 * the run ends (a batch run cannot be scraped); without them nothing is pushed. The Pushgateway is a
 * stand-in HTTP server on the loopback interface that records what it receives.
 */
class PushgatewayTest {

    static final Path FIXTURE_INBOX = Path.of("src/test/resources/fixtures/2025Q3/inbox");

    @TempDir
    Path dir;

    HttpServer pushgateway;
    final List<String> pushes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startPushgateway() throws IOException {
        pushgateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        pushgateway.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                pushes.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + "\n"
                        + new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        pushgateway.start();
    }

    @AfterEach
    void stopPushgateway() {
        pushgateway.stop(0);
    }

    @Test
    void aRunPushesTheJobStepAndItemMetersWhenItEnds() {
        int exit = Main.execute(run("pushed",
                "--management.prometheus.metrics.export.pushgateway.enabled=true",
                "--management.prometheus.metrics.export.pushgateway.address=127.0.0.1:" + pushgateway.getAddress().getPort(),
                "--management.prometheus.metrics.export.pushgateway.format=text"));

        assertThat(exit).isEqualTo(QuarterRunner.OK);
        assertThat(pushes).last().satisfies(push -> assertThat(push)
                .startsWith("PUT /metrics/job/jiuye-pipeline")
                .containsPattern("spring_batch_job_seconds_count\\{[^}]*spring_batch_job_name=\"quarterlyJob\"[^}]*"
                        + "spring_batch_job_status=\"COMPLETED\"[^}]*} 1")
                .containsPattern("spring_batch_item_process_seconds_count\\{[^}]*"
                        + "spring_batch_item_process_step_name=\"readSubmissionStep:370202\"[^}]*} 91")
                .containsPattern("spring_batch_item_process_seconds_count\\{[^}]*"
                        + "spring_batch_item_process_step_name=\"decideSubsidyStep:startup\"[^}]*} 112"));
    }

    @Test
    void withoutThePushgatewayPropertiesNothingIsPushed() {
        int exit = Main.execute(run("not-pushed"));

        assertThat(exit).isEqualTo(QuarterRunner.OK);
        assertThat(pushes).isEmpty();
    }

    private String[] run(String name, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "--quarter", "2025Q3", "--inbox", FIXTURE_INBOX.toString(),
                "--out", dir.resolve("out").toString(), "--spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
                "--pipeline.baseline-file=target/no-baseline.csv"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }
}
