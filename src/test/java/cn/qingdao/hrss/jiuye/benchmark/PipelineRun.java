package cn.qingdao.hrss.jiuye.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.LongSupplier;

/**
 * One end-to-end {@code run} of a quarter in a child JVM ({@link ChildRun} around the unchanged
 * {@code Main}) with its own heap limit, on a fresh database; afterwards the step times and row
 * counts are read from that database.
 */
final class PipelineRun {

    /** What one run measured. Times in nanoseconds, memory in bytes. */
    record Result(int exit, long wallNanos, long readNanos, long decideNanos, long reportNanos,
                  long decisions, long decisionMonths, long liveHeapPeak, long afterGcPeak, long vmHwm,
                  long cpuMillis, long uptimeMillis, long serverCpuMillis, long stageCpuMillis,
                  long stageServerCpuMillis) {

        /** The read-validate-decide stage: from the start of the read step to the end of the decide step. */
        long stageNanos() {
            return readNanos + decideNanos;
        }

        double coresUsed() {
            return uptimeMillis == 0 ? 0 : (double) cpuMillis / uptimeMillis;
        }
    }

    /** The launcher argument file with the pipeline's JVM options (README: {@code java @jobs/jvm.options -jar …}). */
    static final Path JVM_OPTIONS = Path.of("jobs", "jvm.options");

    private PipelineRun() {
    }

    /**
     * Runs {@code run --quarter Q} on the inbox with the given JDBC database, in {@code work}.
     *
     * @param xmx the child's {@code -Xmx}, e.g. {@code 256m}
     * @param gcEveryMs a forced full collection every so many milliseconds, for the peak live heap (a memory
     *                  run); 0 for none (a timed run, whose live-heap figure is then 0)
     * @param serverCpuMillis the database server's CPU time so far ({@link ServerCpu}), sampled during the
     *                        run for its share of the whole run and of the stage; null for a database
     *                        inside the JVM (H2), whose server figures are then -1
     */
    static Result run(String quarter, Path inbox, Path work, String url, String user, String password, String xmx,
                      long gcEveryMs, LongSupplier serverCpuMillis) throws IOException, InterruptedException, SQLException {
        if (!Files.isRegularFile(JVM_OPTIONS)) {
            throw new IllegalStateException(JVM_OPTIONS.toAbsolutePath() + " not found: run the benchmark from the project folder");
        }
        Files.createDirectories(work);
        Path report = work.resolve("child.properties");
        Files.deleteIfExists(report);
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + xmx,
                "-Dbenchmark.report=" + report.toAbsolutePath(),
                "-Dbenchmark.gcEveryMs=" + gcEveryMs,
                "@" + JVM_OPTIONS.toAbsolutePath())); // the pipeline's JVM options, as the README launches it
        // extra options for the child, e.g. to profile it: BENCHMARK_CHILD_OPTS="-XX:StartFlightRecording=filename=x.jfr"
        String extra = System.getenv("BENCHMARK_CHILD_OPTS");
        if (extra != null && !extra.isBlank()) {
            cmd.addAll(List.of(extra.trim().split("\\s+")));
        }
        cmd.addAll(List.of("-cp", childClassPath(),
                ChildRun.class.getName(),
                "run", "--quarter", quarter,
                "--inbox", inbox.toAbsolutePath().toString(),
                "--out", work.resolve("out").toAbsolutePath().toString(),
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password));
        Path log = work.resolve("run.log");
        Files.deleteIfExists(report.resolveSibling(CpuSamples.CHILD_FILE));
        CpuSamples server = serverCpuMillis == null ? null : new CpuSamples(serverCpuMillis);
        if (server != null) {
            server.start(ChildRun.CPU_SAMPLE_MS, "benchmark-server-cpu-sampler");
        }
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
        long read = 0;
        long decide = 0;
        long reportStep = 0;
        long stageStart = -1;
        long stageEnd = -1;
        long decisions;
        long months;
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("""
                    SELECT STEP_NAME, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION
                    WHERE JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)""")) {
                while (rs.next()) {
                    long nanos = nanos(rs.getTimestamp(2), rs.getTimestamp(3));
                    switch (rs.getString(1)) {
                        case "readStep" -> {
                            read = nanos;
                            stageStart = millis(rs.getTimestamp(2));
                        }
                        case "decideStep" -> {
                            decide = nanos;
                            stageEnd = millis(rs.getTimestamp(3));
                        }
                        case "reportStep" -> reportStep = nanos;
                        default -> { }
                    }
                }
            }
            decisions = count(s, "SELECT COUNT(*) FROM decision");
            months = count(s, "SELECT COALESCE(SUM(months), 0) FROM decision");
        }
        boolean stage = stageStart >= 0 && stageEnd >= stageStart;
        return new Result(exit, wall, read, decide, reportStep, decisions, months,
                value(child, "liveHeapPeak"), value(child, "afterGcPeak"), value(child, "vmHwm"),
                value(child, "cpuMillis"), value(child, "uptimeMillis"),
                server != null ? server.total() : -1,
                stage ? jvm.between(stageStart, stageEnd) : -1,
                stage && server != null ? server.between(stageStart, stageEnd) : -1);
    }

    private static long millis(Timestamp t) {
        return t == null ? -1 : t.getTime();
    }

    private static long nanos(Timestamp start, Timestamp end) {
        return start == null || end == null ? 0 : (end.getTime() - start.getTime()) * 1_000_000L;
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

    /**
     * The class path of this JVM (under Surefire, the entries of its manifest-only jar), so that the
     * child runs the same compiled classes and dependencies.
     */
    static String childClassPath() {
        String cp = System.getProperty("surefire.test.class.path");
        if (cp == null || cp.isBlank()) {
            cp = System.getProperty("java.class.path");
        }
        return cp;
    }
}
