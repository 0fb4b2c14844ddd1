package cn.qingdao.hrss.jiuye.job;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingdao.hrss.jiuye.run.QuarterRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.util.FileSystemUtils;

/**
 * The read step's partitions sent to {@code worker} processes over the PostgreSQL database ({@code run --read-by
 * workers}): a job process and two worker JVMs on the sample quarter leave exactly what a local run leaves — the
 * same database rows, byte-identical CSV files and workbooks with the same cells — each worker reading some districts, from the files
 * archived in the database (the workers are not told where the inbox is). A worker killed mid-partition stops
 * beating: the job process fails the run within {@code pipeline.read.worker-lost-after}, long before its timeout,
 * saying which worker; the next worker removes the temporary folder the killed one left; and {@code restart},
 * without {@code --read-by}, reads by workers again as the run was started and completes it to the same result. A
 * worker that is only suspended past that limit and then goes on stores nothing more: its next chunk is rolled
 * back, and {@code restart --read-by threads} completes the run on the restart's own threads to the same result.
 * With no worker at all the run fails after its timeout with a message saying to start workers, and
 * {@code restart} completes it once they are up. A worker refuses to start on a database that is not at its own
 * schema.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresRemoteReadTest {

    private static final String QUARTER = KillAndRestartTest.QUARTER;

    private final List<PipelineProcess> workers = new ArrayList<>();
    private Path root;
    private Path inbox;
    private KillAndRestartTest.Outcome local;
    private Map<String, byte[]> localFiles;

    @BeforeAll
    void localRun() throws IOException {
        root = Path.of("target/remote-read-test").toAbsolutePath();
        FileSystemUtils.deleteRecursively(root);
        inbox = Files.createDirectories(root.resolve("inbox"));
        try (Stream<Path> files = Files.list(Path.of("data/inbox", QUARTER))) {
            for (Path f : files.toList()) {
                Files.copy(f, inbox.resolve(f.getFileName()));
            }
        }
        Path dir = root.resolve("local");
        String url = PostgresDatabase.newDatabase();
        PipelineProcess run = PipelineProcess.run(dir.resolve("run.log"), run(url, dir));
        assertThat(run.exit()).as("%s", run.output()).isIn(QuarterRunner.OK, QuarterRunner.REJECTIONS);
        local = KillAndRestartTest.Outcome.of(run.exit(), url, "postgres", dir.resolve("out"));
        localFiles = files(dir.resolve("out"));
        assertThat(local.tables().get("decision")).hasSizeGreaterThan(1000);
    }

    @AfterEach
    void stopWorkers() {
        workers.forEach(PipelineProcess::kill);
        workers.clear();
    }

    @Test
    void twoWorkersReadTheSampleQuarterToTheSameResultAsALocalRun() throws IOException {
        Path dir = root.resolve("two-workers");
        String url = PostgresDatabase.newDatabase();
        migrate(url);
        List<PipelineProcess> started = workers(url, dir, List.of("worker-1"), List.of("worker-2"));
        PipelineProcess first = started.get(0);
        PipelineProcess second = started.get(1);

        PipelineProcess run = PipelineProcess.run(dir.resolve("run.log"), byWorkers(run(url, dir)));
        PipelineProcess status = status(url);
        first.terminate();
        second.terminate();

        assertThat(run.exit()).as("%s", run.output()).isEqualTo(local.exit());
        assertSameOutcome(url, dir);
        assertThat(first.output()).as("the first worker read some districts").containsPattern(QUARTER + " 3702\\d\\d: COMPLETED");
        assertThat(second.output()).as("the second worker read some districts").containsPattern(QUARTER + " 3702\\d\\d: COMPLETED");
        assertThat(districtsRead(first) + districtsRead(second)).isEqualTo(10);
        assertThat(status.output()).contains(first.pid() + "@").contains(second.pid() + "@");
        assertThat(first.waitForExit()).as("a worker stops on SIGTERM").isEqualTo(143);
        assertThat(second.waitForExit()).isEqualTo(143);
        assertThat(first.output()).contains("stopped");
        assertThat(workerFolders(dir)).as("the workers' temporary folders, removed as they stop").isEmpty();
    }

    @Test
    void workerKilledWhileReadingIsFoundLostWithinTheLimitAndRestartReadsByWorkersAgainToTheSameResult() throws IOException {
        Path dir = root.resolve("killed-worker");
        String url = PostgresDatabase.newDatabase();
        migrate(url);
        List<PipelineProcess> started = workers(url, dir, List.of("doomed", "--pipeline.test.halt-at=rows:reading:100"),
                List.of("healthy"));
        PipelineProcess doomed = started.get(0);
        PipelineProcess healthy = started.get(1);
        PipelineProcess run = PipelineProcess.start(dir.resolve("run.log"), watchingHeartbeats(byWorkers(run(url, dir))));
        doomed.awaitLine("fault injection: halting at rows:reading:100");
        assertThat(doomed.waitForExit()).isEqualTo(137);
        List<Path> left = workerFolders(dir).stream()
                .filter(f -> f.getFileName().toString().startsWith("jiuye-worker-" + doomed.pid() + "@")).toList();
        assertThat(left).as("the killed worker's copy of the workbook it was reading").hasSize(1);

        // The run's wait for the partitions is 30 minutes (pipeline.read.timeout): it ends on the lost heartbeat
        assertThat(run.waitForExit()).as("%s", run.output()).isEqualTo(QuarterRunner.FAILED);
        assertThat(run.output()).containsPattern("error: run #\\d+ of " + QUARTER + " failed: worker " + doomed.pid()
                        + "@\\S+ stopped beating while reading district 3702\\d\\d \\(no heartbeat for \\d+ s, "
                        + "pipeline.read.worker-lost-after=5s\\): presumed dead")
                .contains("Start a worker if none is left, then run 'restart'")
                .doesNotContain("pipeline.read.timeout");
        PipelineProcess replacement = workers(url, dir, List.of("replacement")).get(0);
        assertThat(replacement.output()).contains("removed " + left.get(0) + ", left by a worker that is gone");
        assertThat(left.get(0)).doesNotExist();
        PipelineProcess restarted = PipelineProcess.run(dir.resolve("restart.log"), restart(url));

        assertThat(restarted.output()).contains("the districts still to read are read by the worker processes "
                + "(--read-by workers), as the run was last started");
        assertThat(restarted.exit()).as("%s", restarted.output()).isEqualTo(local.exit());
        assertSameOutcome(url, dir);
        assertThat(healthy.output() + replacement.output()).containsPattern(QUARTER + " 3702\\d\\d: COMPLETED");
        assertThat(status(url).output()).containsPattern("job execution \\d+ \\(COMPLETED, districts read by workers\\)");
    }

    @Test
    void aWorkerSuspendedPastTheLimitStoresNothingMoreWhenItGoesOnAndRestartOnThreadsCompletesTheRun() throws IOException {
        Path dir = root.resolve("suspended-worker");
        String url = PostgresDatabase.newDatabase();
        migrate(url);
        Path goOn = dir.resolve("go-on");
        List<PipelineProcess> started = workers(url, dir, List.of("suspended", "--pipeline.test.pause-at=rows:reading:100",
                "--pipeline.test.pause-until=" + goOn), List.of("healthy"));
        PipelineProcess suspended = started.get(0);
        PipelineProcess run = PipelineProcess.start(dir.resolve("run.log"), watchingHeartbeats(byWorkers(run(url, dir))));
        suspended.awaitLine("fault injection: paused at rows:reading:100");
        suspended.suspend();

        assertThat(run.waitForExit()).as("%s", run.output()).isEqualTo(QuarterRunner.FAILED);
        assertThat(run.output()).containsPattern("failed: worker " + suspended.pid() + "@\\S+ stopped beating while "
                + "reading district 3702\\d\\d \\(no heartbeat for \\d+ s");
        suspended.resume();
        Files.createFile(goOn);
        suspended.awaitLine("presumed this worker dead");
        assertThat(suspended.output()).as("its next chunk's update of the partition, at the version before the mark")
                .contains("with wrong version");
        PipelineProcess restarted = PipelineProcess.run(dir.resolve("restart.log"), readBy(restart(url), "threads"));

        assertThat(restarted.output()).contains("the districts still to read are read on this process's threads "
                + "(--read-by threads)").doesNotContain("as the run was last started");
        assertThat(restarted.exit()).as("%s", restarted.output()).isEqualTo(local.exit());
        assertSameOutcome(url, dir);
        assertThat(status(url).output()).containsPattern("job execution \\d+ \\(COMPLETED, districts read by threads\\)");
    }

    @Test
    void withNoWorkerTheRunFailsAfterItsTimeoutAndRestartCompletesItOnceWorkersAreUp() throws IOException {
        Path dir = root.resolve("no-worker");
        String url = PostgresDatabase.newDatabase();
        List<String> args = byWorkers(run(url, dir));
        args.add("--pipeline.read.timeout=2s");
        PipelineProcess run = PipelineProcess.run(dir.resolve("run.log"), args);

        assertThat(run.exit()).as("%s", run.output()).isEqualTo(QuarterRunner.FAILED);
        assertThat(run.output()).contains("no worker took any of its 10 district(s) to read within pipeline.read.timeout")
                .contains("Start workers ('worker'");

        PipelineProcess worker = workers(url, dir, List.of("late-worker")).get(0);
        PipelineProcess restarted = PipelineProcess.run(dir.resolve("restart.log"), readBy(restart(url), "workers"));

        assertThat(restarted.exit()).as("%s", restarted.output()).isEqualTo(local.exit());
        assertSameOutcome(url, dir);
        assertThat(worker.output()).as("the failed run's requests are dropped").contains("request dropped");
    }

    @Test
    void workerRefusesADatabaseWithoutTheProgramsSchema() throws IOException {
        Path dir = root.resolve("other-schema");
        String empty = PostgresDatabase.newDatabase();
        String older = PostgresDatabase.newDatabase();
        Flyway.configure().dataSource(older, "postgres", "").target("9")
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql").load().migrate();

        PipelineProcess onEmpty = PipelineProcess.run(dir.resolve("empty.log"), List.of("worker",
                "--spring.datasource.url=" + empty, "--spring.datasource.username=postgres", "--spring.datasource.password="));
        PipelineProcess onOlder = PipelineProcess.run(dir.resolve("older.log"), List.of("worker",
                "--spring.datasource.url=" + older, "--spring.datasource.username=postgres", "--spring.datasource.password="));

        assertThat(onEmpty.exit()).isEqualTo(QuarterRunner.FAILED);
        assertThat(onEmpty.output()).contains("this worker does not start: the database").contains("has no pipeline tables");
        assertThat(onOlder.exit()).isEqualTo(QuarterRunner.FAILED);
        assertThat(onOlder.output()).contains("this worker does not start: the database")
                .contains("has the schema of an older version of the pipeline (9;")
                .contains("A worker must be the same version of the pipeline as the run it reads for.");
    }

    private void assertSameOutcome(String url, Path dir) throws IOException {
        KillAndRestartTest.Outcome actual = KillAndRestartTest.Outcome.of(local.exit(), url, "postgres", dir.resolve("out"));
        for (Map.Entry<String, List<String>> table : local.tables().entrySet()) {
            assertThat(actual.tables().get(table.getKey())).as(table.getKey()).containsExactlyElementsOf(table.getValue());
        }
        Map<String, byte[]> files = files(dir.resolve("out"));
        assertThat(files.keySet()).as("output files").containsExactlyElementsOf(localFiles.keySet());
        for (Map.Entry<String, byte[]> f : localFiles.entrySet()) {
            if (f.getKey().endsWith(".xlsx")) {
                // A workbook records when it was written: compared cell by cell, but for the summary's line of
                // when the run started and was published
                assertThat(cells(dir.resolve("out"), f.getKey())).as(f.getKey())
                        .containsExactlyElementsOf(cells(root.resolve("local/out"), f.getKey()));
            } else {
                assertThat(files.get(f.getKey())).as(f.getKey()).isEqualTo(f.getValue());
            }
        }
    }

    private static List<String> cells(Path out, String file) throws IOException {
        return WorkbookText.cells(out.resolve(QUARTER).resolve(file)).stream().filter(c -> !c.contains("开始时间：")).toList();
    }

    /**
     * Creates the schema as the first run would (a worker never migrates: it refuses a database not at its own
     * schema), with the program's migrations, in this JVM.
     */
    private static void migrate(String url) {
        Flyway.configure().dataSource(url, "postgres", "")
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql").load().migrate();
    }

    /**
     * Starts a worker per {@code name, extra arguments...} list, all at once, and waits until each is ready; each
     * reads one partition at a time, so that two workers share the ten districts. The workers of a test share one
     * temporary folder, as the workers of one machine do; each beats every second.
     */
    @SafeVarargs
    private List<PipelineProcess> workers(String url, Path dir, List<String>... nameAndArgs) {
        List<PipelineProcess> started = new ArrayList<>();
        for (List<String> worker : nameAndArgs) {
            List<String> args = new ArrayList<>(List.of("worker", "--spring.datasource.url=" + url,
                    "--spring.datasource.username=postgres", "--spring.datasource.password=", "--pipeline.chunk-size=100",
                    "--pipeline.read.worker-threads=1", "--pipeline.read.worker-heartbeat=1s"));
            args.addAll(worker.subList(1, worker.size()));
            PipelineProcess process = PipelineProcess.start(dir.resolve(worker.get(0) + ".log"),
                    List.of("-Djava.io.tmpdir=" + temporaryFolder(dir)), args);
            workers.add(process);
            started.add(process);
        }
        started.forEach(p -> p.awaitLine("ready: reading partitions"));
        return started;
    }

    private static Path temporaryFolder(Path dir) {
        try {
            return Files.createDirectories(dir.resolve("tmp"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> workerFolders(Path dir) throws IOException {
        try (Stream<Path> folders = Files.list(temporaryFolder(dir))) {
            return folders.filter(f -> f.getFileName().toString().startsWith("jiuye-worker-")).toList();
        }
    }

    private PipelineProcess status(String url) {
        return PipelineProcess.run(root.resolve("status-" + System.nanoTime() + ".log"), List.of("status",
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password="));
    }

    private static long districtsRead(PipelineProcess worker) {
        return worker.output().lines().filter(l -> l.matches(".*" + QUARTER + " 3702\\d\\d: COMPLETED.*")).count();
    }

    private List<String> run(String url, Path dir) {
        return new ArrayList<>(List.of("run", "--quarter", QUARTER, "--inbox", inbox.toString(),
                "--out", dir.resolve("out").toString(), "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--pipeline.chunk-size=100"));
    }

    /** A restart without {@code --read-by}: its partitions are read as the run was started. */
    private static List<String> restart(String url) {
        return new ArrayList<>(List.of("restart", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--pipeline.chunk-size=100", "--pipeline.read.poll-interval=200ms"));
    }

    private static List<String> byWorkers(List<String> args) {
        List<String> all = readBy(args, "workers");
        all.add("--pipeline.read.poll-interval=200ms");
        return all;
    }

    private static List<String> readBy(List<String> args, String by) {
        List<String> all = new ArrayList<>(args);
        all.add("--read-by");
        all.add(by);
        return all;
    }

    /** The job process looks at the workers' heartbeats every second and presumes a worker silent for 5 s dead. */
    private static List<String> watchingHeartbeats(List<String> args) {
        List<String> all = new ArrayList<>(args);
        all.add("--pipeline.read.worker-heartbeat=1s");
        all.add("--pipeline.read.worker-lost-after=5s");
        return all;
    }

    private static Map<String, byte[]> files(Path out) throws IOException {
        Path quarterDir = out.resolve(QUARTER);
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(quarterDir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(quarterDir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
