package cn.qingdao.hrss.jiuye.benchmark;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.LongSupplier;

/**
 * One command of the pipeline in a child JVM ({@link ChildRun} around the unchanged {@code Main}) with its
 * own heap limit, on a database already at the program's schema: an end-to-end {@code run} of a quarter, or
 * a {@code simulate} of it. Afterwards the stages' times of the job it started and the row counts are read
 * from that database.
 */
final class PipelineRun {

    /**
     * A stage of the job as the benchmark times it. A step belongs to the stage its name starts with
     * (case aside): {@code readStep} and its partitions {@code readSubmissionStep:…} to READ, a
     * {@code decideStep} and its {@code decide-employer} or {@code decideEmployerStep} to DECIDE, so
     * that a step renamed or split within its stage still counts; the simulation job's {@code simulateStep}
     * and its partitions {@code simulateSubsidyStep:…} to SIMULATE. The stage lasts from its first step's
     * start to its last step's end.
     */
    enum Stage {
        READ("read"), DECIDE("decide"), REPORT("report"), SIMULATE("simulate");

        private final String prefix;

        Stage(String prefix) {
            this.prefix = prefix;
        }

        static Optional<Stage> ofStep(String stepName) {
            String name = stepName.toLowerCase(Locale.ROOT);
            for (Stage s : values()) {
                if (name.startsWith(s.prefix)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A stage of one run: its time, and the CPU time the pipeline's JVM and the database server spent
     * meanwhile (milliseconds; -1 where not measured: the server's for H2, which runs in the JVM).
     */
    record Span(long nanos, long cpuMillis, long serverCpuMillis) {
        static final Span NONE = new Span(0, -1, -1);
    }

    /**
     * What one run measured. Times in nanoseconds, memory in bytes.
     *
     * @param launchedMillis when the child was launched and {@code endedMillis} when it ended, as times of day
     * @param log the child's output
     */
    record Result(int exit, long wallNanos, long startupNanos, Map<Stage, Span> stages,
                  long decisions, long decisionMonths, long liveHeapPeak, long afterGcPeak, long vmHwm,
                  long cpuMillis, long uptimeMillis, long serverCpuMillis, long launchedMillis, long endedMillis,
                  Path log) {

        Span stage(Stage s) {
            return stages.getOrDefault(s, Span.NONE);
        }

        double coresUsed() {
            return uptimeMillis == 0 ? 0 : (double) cpuMillis / uptimeMillis;
        }
    }

    /**
     * How the child is launched: the packaged application ({@code mvn package}: the unpacked jar with its
     * class-data-sharing archive, as the README launches it), or this JVM's class path (the test suite,
     * which runs before the package exists).
     */
    record Launch(String classPath, String description) {

        /** The README's launch: {@code target/jiuye-pipeline/jiuye-pipeline.jar}, and {@link ChildRun} after it. */
        static Launch packaged(Path app) {
            Path jar = app.resolve("jiuye-pipeline.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar.toAbsolutePath() + " not found: run 'mvn package' first "
                        + "(scripts/benchmark.sh does)");
            }
            // appended after the application's class path, which leaves the archive usable
            return new Launch(jar + File.pathSeparator + testClasses(), "launched as " + jar
                    + (Files.isRegularFile(app.resolve("jiuye-pipeline.jsa")) ? " with its CDS archive" : " (no CDS archive)"));
        }

        /** This JVM's class path (under Surefire, the entries of its manifest-only jar). */
        static Launch testClassPath() {
            String cp = System.getProperty("surefire.test.class.path");
            if (cp == null || cp.isBlank()) {
                cp = System.getProperty("java.class.path");
            }
            return new Launch(cp, "launched from the test class path");
        }

        private static Path testClasses() {
            try {
                return Path.of(ChildRun.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The launcher argument file with the pipeline's JVM options (README: {@code java @jobs/jvm.options -jar …}). */
    static final Path JVM_OPTIONS = Path.of("jobs", "jvm.options");

    private PipelineRun() {
    }

    /** Runs {@code run --quarter Q} on the inbox with the given JDBC database, in {@code work}; see {@link #command}. */
    static Result run(Launch launch, String quarter, Path inbox, Path work, String url, String user, String password,
                      String xmx, long gcEveryMs, LongSupplier serverCpuMillis, String... options)
            throws IOException, InterruptedException, SQLException {
        List<String> args = new ArrayList<>(List.of("run", "--quarter", quarter,
                "--inbox", inbox.toAbsolutePath().toString(),
                "--out", work.resolve("out").toAbsolutePath().toString()));
        args.addAll(List.of(options));
        return command(launch, args, work, url, user, password, xmx, gcEveryMs, serverCpuMillis);
    }

    /**
     * Runs the pipeline's command {@code args} (e.g. {@code run --quarter Q …}) on the given JDBC database, its
     * log ({@code <command>.log}) and figures in {@code work}. The stages are those of the last job execution in
     * the database's job repository: the job the command started.
     *
     * @param xmx the child's {@code -Xmx}, e.g. {@code 256m}
     * @param gcEveryMs a forced full collection every so many milliseconds, for the peak live heap (a memory
     *                  run); 0 for none (a timed run, whose live-heap figure is then 0)
     * @param serverCpuMillis the database server's CPU time so far ({@link ServerCpu}), sampled during the
     *                        run for its share of the whole run and of each stage; null for a database
     *                        inside the JVM (H2), whose server figures are then -1
     */
    static Result command(Launch launch, List<String> args, Path work, String url, String user, String password,
                          String xmx, long gcEveryMs, LongSupplier serverCpuMillis)
            throws IOException, InterruptedException, SQLException {
        Files.createDirectories(work);
        Path report = work.resolve("child.properties");
        Files.deleteIfExists(report);
        List<String> cmd = javaCommand(launch, xmx, report, gcEveryMs);
        cmd.addAll(args);
        cmd.addAll(database(url, user, password));
        Path log = work.resolve(args.get(0) + ".log");
        Files.deleteIfExists(report.resolveSibling(CpuSamples.CHILD_FILE));
        CpuSamples server = serverCpuMillis == null ? null : new CpuSamples(serverCpuMillis);
        if (server != null) {
            server.start(ChildRun.CPU_SAMPLE_MS, "benchmark-server-cpu-sampler");
        }
        long launched = System.currentTimeMillis();
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = p.waitFor();
        long wall = System.nanoTime() - start;
        if (server != null) {
            server.stop();
        }
        CpuSamples jvm = CpuSamples.read(report.resolveSibling(CpuSamples.CHILD_FILE));
        Properties child = new Properties();
        if (Files.exists(report)) {
            try (Reader in = Files.newBufferedReader(report)) {
                child.load(in);
            }
        }
        Map<Stage, long[]> spans = new EnumMap<>(Stage.class); // {first start, last end} in epoch millis
        long firstStep = Long.MAX_VALUE;
        long decisions;
        long months;
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("""
                    SELECT STEP_NAME, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION
                    WHERE JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)""")) {
                while (rs.next()) {
                    long from = millis(rs.getTimestamp(2));
                    long to = millis(rs.getTimestamp(3));
                    if (from >= 0) {
                        firstStep = Math.min(firstStep, from);
                    }
                    Optional<Stage> stage = Stage.ofStep(rs.getString(1));
                    if (stage.isPresent() && from >= 0 && to >= from) {
                        spans.merge(stage.get(), new long[] {from, to},
                                (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
                    }
                }
            }
            decisions = count(s, "SELECT COUNT(*) FROM decision");
            months = count(s, "SELECT COALESCE(SUM(months), 0) FROM decision");
        }
        Map<Stage, Span> stages = new EnumMap<>(Stage.class);
        spans.forEach((stage, span) -> stages.put(stage, new Span((span[1] - span[0]) * 1_000_000L,
                jvm.between(span[0], span[1]), server == null ? -1 : server.between(span[0], span[1]))));
        long startup = firstStep == Long.MAX_VALUE ? -1 : (firstStep - launched) * 1_000_000L;
        return new Result(exit, wall, startup, stages, decisions, months,
                value(child, "liveHeapPeak"), value(child, "afterGcPeak"), value(child, "vmHwm"),
                value(child, "cpuMillis"), value(child, "uptimeMillis"),
                server != null ? server.total() : -1, launched, launched + wall / 1_000_000L, log);
    }

    /**
     * The child's {@code java} command up to the pipeline's arguments: its {@code -Xmx}, where it reports
     * ({@link ChildRun}), the pipeline's JVM options ({@code @jobs/jvm.options}, as the README launches it,
     * from the project folder) and {@link ChildRun} on the launch's class path.
     */
    static List<String> javaCommand(Launch launch, String xmx, Path report, long gcEveryMs) {
        if (!Files.isRegularFile(JVM_OPTIONS)) {
            throw new IllegalStateException(JVM_OPTIONS.toAbsolutePath() + " not found: run the benchmark from the project folder");
        }
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + xmx,
                "-Dbenchmark.report=" + report.toAbsolutePath(),
                "-Dbenchmark.gcEveryMs=" + gcEveryMs,
                "@" + JVM_OPTIONS));
        // extra options for the child, e.g. to profile it: BENCHMARK_CHILD_OPTS="-XX:StartFlightRecording=filename=x.jfr"
        String extra = System.getenv("BENCHMARK_CHILD_OPTS");
        if (extra != null && !extra.isBlank()) {
            cmd.addAll(List.of(extra.trim().split("\\s+")));
        }
        cmd.addAll(List.of("-cp", launch.classPath(), ChildRun.class.getName()));
        return cmd;
    }

    /** The pipeline's options naming the database. */
    static List<String> database(String url, String user, String password) {
        return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password);
    }

    private static long millis(Timestamp t) {
        return t == null ? -1 : t.getTime();
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long value(Properties p, String key) {
        return Long.parseLong(p.getProperty(key, "-1"));
    }
}
