package cn.qingdao.hrss.jiuye.job;

import cn.qingdao.hrss.jiuye.policy.Outcome;
import cn.qingdao.hrss.jiuye.run.QuarterRunner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.util.FileSystemUtils;

/**
 * A run killed at a chosen point ({@code pipeline.test.halt-at}: {@code Runtime.halt}, like
 * {@code kill -9}) and resumed by {@code restart} in a new process leaves exactly what an
 * uninterrupted run leaves: the same decisions, months, grants, statistics and submissions in the
 * database (nothing lost, nothing twice, no lock or progress mark left) and byte-identical CSV
 * outputs, with no stray file. Subclasses choose the database and the kill points.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class KillAndRestartTest {

    static final String QUARTER = "2025Q1";
    /** Four districts of the sample quarter, two .xlsx and two .xls: a run takes a few seconds. */
    static final List<String> DISTRICT_FILES = List.of("370202_2025Q1.xlsx", "370203_2025Q1.xlsx", "370213_2025Q1.xls",
            "370285_2025Q1.xls");
    static final List<String> CSV_FILES = List.of("decisions.csv", "statistics.csv", "submissions.csv");

    Path root;
    Path inbox;
    Outcome uninterrupted;

    /** A fresh database for one scenario (files, if any, under {@code dir}); returns its JDBC URL. */
    abstract String newDatabase(Path dir);

    abstract String user();

    abstract String name();

    @BeforeAll
    void uninterruptedRun() throws IOException {
        root = Path.of("target/kill-restart-test", name()).toAbsolutePath();
        FileSystemUtils.deleteRecursively(root);
        inbox = copyInbox(root.resolve("inbox"), DISTRICT_FILES);
        Path dir = root.resolve("uninterrupted");
        String url = newDatabase(dir);
        PipelineProcess run = PipelineProcess.run(dir.resolve("run.log"), runArgs(url, dir));
        assertThat(run.exit()).as("%s", run.output()).isIn(QuarterRunner.OK, QuarterRunner.REJECTIONS);
        uninterrupted = Outcome.of(run.exit(), url, user(), dir.resolve("out"));
        assertThat(uninterrupted.tables().get("decision")).hasSizeGreaterThan(1000);
    }

    /** Kills a run at {@code point}, restarts it in a new process, and compares with the uninterrupted run. */
    void assertKilledRunIsRestartedToTheSameResult(String point) throws IOException {
        Path dir = root.resolve(point.replaceAll("[^A-Za-z0-9]+", "-"));
        String url = newDatabase(dir);
        List<String> args = new ArrayList<>(runArgs(url, dir));
        args.add("--pipeline.test.halt-at=" + point);
        PipelineProcess killed = PipelineProcess.run(dir.resolve("killed.log"), args);
        assertThat(killed.exit()).as("%s", killed.output()).isEqualTo(137);
        assertThat(killed.output()).contains("fault injection: halting at " + point);

        PipelineProcess restarted = PipelineProcess.run(dir.resolve("restart.log"), restartArgs(url));

        assertThat(restarted.exit()).as("%s", restarted.output()).isEqualTo(uninterrupted.exit());
        assertSameOutcome(Outcome.of(restarted.exit(), url, user(), dir.resolve("out")));
    }

    void assertSameOutcome(Outcome actual) {
        for (Map.Entry<String, List<String>> table : uninterrupted.tables().entrySet()) {
            assertThat(actual.tables().get(table.getKey())).as(table.getKey()).containsExactlyElementsOf(table.getValue());
        }
        for (String csv : CSV_FILES) {
            assertThat(actual.csv().get(csv)).as(csv).isEqualTo(uninterrupted.csv().get(csv));
        }
        assertThat(actual.files()).as("output files").containsExactlyElementsOf(uninterrupted.files());
    }

    List<String> runArgs(String url, Path dir) {
        List<String> args = new ArrayList<>(List.of("run", "--quarter", QUARTER, "--inbox", inbox.toString(),
                "--out", dir.resolve("out").toString()));
        args.addAll(springArgs(url));
        return args;
    }

    List<String> restartArgs(String url) {
        List<String> args = new ArrayList<>(List.of("restart"));
        args.addAll(springArgs(url));
        return args;
    }

    List<String> springArgs(String url) {
        return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user(),
                "--spring.datasource.password=", "--spring.datasource.hikari.connection-timeout=1000",
                "--pipeline.chunk-size=100");
    }

    static Path copyInbox(Path to, List<String> files) throws IOException {
        Files.createDirectories(to);
        for (String f : files) {
            Files.copy(Path.of("data/inbox", QUARTER, f), to.resolve(f));
        }
        return to;
    }

    /** What a run leaves: its exit code, the database rows, the CSV files and the names of all output files. */
    record Outcome(int exit, Map<String, List<String>> tables, Map<String, byte[]> csv, List<String> files) {

        static Outcome of(int exit, String url, String user, Path out) throws IOException {
            Path quarterDir = out.resolve(QUARTER);
            Map<String, byte[]> csv = new java.util.HashMap<>();
            for (String f : CSV_FILES) {
                csv.put(f, Files.readAllBytes(quarterDir.resolve(f)));
            }
            List<String> files;
            try (Stream<Path> walk = Files.walk(quarterDir)) {
                files = walk.filter(Files::isRegularFile).map(p -> quarterDir.relativize(p).toString()).sorted().toList();
            }
            return new Outcome(exit, DatabaseSnapshot.of(url, user), csv, files);
        }
    }
}
