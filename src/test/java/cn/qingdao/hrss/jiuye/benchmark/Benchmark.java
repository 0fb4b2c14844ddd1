package cn.qingdao.hrss.jiuye.benchmark;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.generate.SyntheticQuarter;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * The performance benchmark of issue 5 ({@code scripts/benchmark.sh}): for each size, a synthetic
 * quarter of ten districts (cached under {@code target/benchmark/quarters/}), the raw read time of
 * the fastest streaming reader found (dhatim fastexcel-reader), of the pipeline's own reader and of
 * POI's {@code XSSFWorkbook}; {@code run} end to end in a child JVM on a fresh H2 file database and
 * on a fresh (embedded) PostgreSQL; and PostgreSQL's {@code COPY} of as many decision rows as the run
 * wrote. Prints one table with the figures and the targets' ratios.
 *
 * <p>Each database runs each quarter twice, on a fresh database each time: a <em>timed run</em>, left
 * alone (no forced collection), for the times, CPU, RSS and heap after the JVM's own collections; and a
 * <em>memory run</em> that forces a full collection every {@code --gc-every-ms} (250 by default) and
 * records the heap right after each, for the peak live heap (T4). One run cannot do both: forced
 * collections every 250 ms stop the run for about 14 % of its time, and every 2 s they miss the
 * peaks of steps that last a second or two (the decide step at 10 × 10,000 lasts about 2 s).
 *
 * <p>CPU time beside the times: the raw reads' (this JVM's, which runs nothing else meanwhile), the
 * server's for the {@code COPY}, and, of each PostgreSQL run, the read-validate-decide stage's (the child's
 * and the server's CPU clocks sampled every 100 ms, read off at the steps' start and end as the job
 * repository records them). Since a run keeps every core busy, T1's and T2's time budgets are also CPU
 * budgets (× the cores); the table sets them beside what the run used and, for T2, beside the raw read's CPU
 * plus the {@code COPY}'s — the least any design of the stage needs before it validates or decides anything.
 *
 * <p>{@code XSSFWorkbook} reads every file of both default sizes (a million rows: about a minute on two
 * threads, a few GB of heap); {@code --xssf-max-rows} bounds the rows it reads for larger quarters, and
 * the table then says how many files were timed and that the time is scaled to all of them.
 *
 * <p>Usage: {@code Benchmark [--sizes 10000,100000] [--dir target/benchmark] [--xmx 256m]
 * [--xssf-max-rows 1000000] [--threads 2] [--gc-every-ms 250]}. Run from the project folder.
 */
public final class Benchmark {

    static final String QUARTER = "2025Q1";

    /** Options of one benchmark run. */
    record Options(List<Integer> sizes, Path dir, String xmx, long xssfMaxRows, int threads, long gcEveryMs) {

        static Options parse(String... args) {
            List<Integer> sizes = List.of(10_000, 100_000);
            Path dir = Path.of("target", "benchmark");
            String xmx = "256m";
            long xssfMaxRows = 1_000_000;
            int threads = 2;
            long gcEvery = 250;
            for (int i = 0; i < args.length; i++) {
                String v = i + 1 < args.length ? args[i + 1] : "";
                switch (args[i]) {
                    case "--sizes" -> sizes = Stream.of(v.split(",")).map(String::trim).map(Integer::valueOf).toList();
                    case "--dir" -> dir = Path.of(v);
                    case "--xmx" -> xmx = v;
                    case "--xssf-max-rows" -> xssfMaxRows = Long.parseLong(v);
                    case "--threads" -> threads = Integer.parseInt(v);
                    case "--gc-every-ms" -> gcEvery = Long.parseLong(v);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
                i++;
            }
            return new Options(sizes, dir, xmx, xssfMaxRows, threads, gcEvery);
        }
    }

    /** The figures of one size. Times in nanoseconds. */
    record SizeResult(int rowsPerDistrict, int files, long rows, RawReads.Timing fastexcel, RawReads.Timing own,
                      long xssfNanos, int xssfFilesTimed, PipelineRun.Result h2, PipelineRun.Result pg,
                      PipelineRun.Result h2Memory, PipelineRun.Result pgMemory,
                      CopyLoad.Timing copy) {

        long fastexcelNanos() {
            return fastexcel.wallNanos();
        }

        long ownNanos() {
            return own.wallNanos();
        }

        long copyNanos() {
            return copy.wallNanos();
        }

        private RawReads.Timing fastestRaw() {
            return fastexcel.wallNanos() <= own.wallNanos() ? fastexcel : own;
        }

        long fastestRawNanos() {
            return fastestRaw().wallNanos();
        }

        String fastestRawName() {
            return fastestRaw() == fastexcel ? "fastexcel-reader" : "own reader";
        }

        /**
         * The least CPU any design of the read-validate-decide stage needs on PostgreSQL, in milliseconds:
         * the fastest raw read's (it only visits the cells) plus the server's for loading the decisions
         * (the database is the record, so deciding includes writing them). -1 if either was not measured.
         */
        long stageCpuFloorMillis() {
            long read = fastestRaw().cpuNanos();
            long load = copy.serverCpuMillis();
            return read < 0 || load < 0 ? -1 : read / 1_000_000 + load;
        }
    }

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        List<SizeResult> results = run(options, System.out);
        print(results, options, System.out);
    }

    static List<SizeResult> run(Options o, PrintStream log) throws Exception {
        List<SizeResult> results = new ArrayList<>();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            boolean warm = false;
            for (int n : o.sizes()) {
                List<Path> files = quarter(o.dir(), n, log);
                if (!warm) {
                    log.println("warming up the readers on " + files.get(0).getFileName());
                    for (RawReads.Reader r : List.of(RawReads.FASTEXCEL, RawReads.OWN, RawReads.XSSF)) {
                        RawReads.time(r, files.subList(0, 1), 1, new LongAdder());
                    }
                    warm = true;
                }
                long rows = (long) n * files.size();
                log.printf(Locale.ROOT, "%,d rows: raw reads%n", rows);
                RawReads.Timing fast = RawReads.time(RawReads.FASTEXCEL, files, o.threads(), new LongAdder());
                RawReads.Timing own = RawReads.time(RawReads.OWN, files, o.threads(), new LongAdder());
                int xssfFiles = (int) Math.max(Math.min(files.size(), o.xssfMaxRows() / Math.max(n, 1)), 1);
                xssfFiles = Math.max(Math.min(xssfFiles, files.size()), 1);
                long xssf = RawReads.time(RawReads.XSSF, files.subList(0, xssfFiles), o.threads(), new LongAdder()).wallNanos();
                long xssfAll = xssf * files.size() / xssfFiles;

                Path work = o.dir().resolve("runs").resolve(Integer.toString(n));
                Path inbox = files.get(0).getParent();
                log.printf(Locale.ROOT, "%,d rows: run on H2%n", rows);
                PipelineRun.Result h2 = runOnH2(inbox, work.resolve("h2"), o.xmx(), 0);
                log.printf(Locale.ROOT, "%,d rows: memory run on H2 (full GC every %d ms)%n", rows, o.gcEveryMs());
                PipelineRun.Result h2Memory = runOnH2(inbox, work.resolve("h2-memory"), o.xmx(), o.gcEveryMs());

                log.printf(Locale.ROOT, "%,d rows: run on PostgreSQL%n", rows);
                String pgurl = freshDatabase(pg, n);
                Path pgdir = work.resolve("postgresql");
                PipelineRun.Result pgr = runOnPostgres(pg, inbox, pgdir, pgurl, o.xmx(), 0);
                log.printf(Locale.ROOT, "%,d rows: COPY of %,d decision rows%n", rows, pgr.decisions());
                CopyLoad.Timing copy = CopyLoad.decisionRows(pgurl, "postgres", "", pgdir);
                log.printf(Locale.ROOT, "%,d rows: memory run on PostgreSQL (full GC every %d ms)%n", rows, o.gcEveryMs());
                PipelineRun.Result pgMemory = runOnPostgres(pg, inbox, work.resolve("postgresql-memory"), freshDatabase(pg, n),
                        o.xmx(), o.gcEveryMs());
                results.add(new SizeResult(n, files.size(), rows, fast, own, xssfAll, xssfFiles, h2, pgr, h2Memory,
                        pgMemory, copy));
            }
        }
        return results;
    }

    /** A run on a fresh H2 file database in {@code dir}, with the options of the default URL (application.properties). */
    private static PipelineRun.Result runOnH2(Path inbox, Path dir, String xmx, long gcEveryMs) throws Exception {
        deleteTree(dir);
        String url = "jdbc:h2:file:" + dir.resolve("db").resolve("jiuye").toAbsolutePath() + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
        return PipelineRun.run(QUARTER, inbox, dir, url, "sa", "", xmx, gcEveryMs, null);
    }

    /**
     * A run on the PostgreSQL database at {@code url} (a fresh one: {@link #freshDatabase}) of the server
     * {@code pg}, its files in {@code dir}.
     */
    private static PipelineRun.Result runOnPostgres(EmbeddedPostgres pg, Path inbox, Path dir, String url, String xmx,
                                                    long gcEveryMs) throws Exception {
        deleteTree(dir);
        LongSupplier serverCpu;
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            serverCpu = ServerCpu.clock(c);
        }
        return PipelineRun.run(QUARTER, inbox, dir, url, "postgres", "", xmx, gcEveryMs, serverCpu);
    }

    /** The URL of a new, empty database on the embedded PostgreSQL. */
    private static String freshDatabase(EmbeddedPostgres pg, int n) throws SQLException {
        String db = "bench_" + n + "_" + System.nanoTime();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
        return pg.getJdbcUrl("postgres", db);
    }

    /** The quarter of n rows per district, generated once and cached. */
    static List<Path> quarter(Path dir, int n, PrintStream log) throws IOException {
        Path inbox = dir.resolve("quarters").resolve(Integer.toString(n)).resolve(QUARTER);
        Path done = inbox.resolve(".complete");
        if (!Files.exists(done)) {
            log.printf(Locale.ROOT, "generating %s with %,d rows per district in %s%n", QUARTER, n, inbox);
            deleteTree(inbox);
            SyntheticQuarter.write(Quarter.parse(QUARTER), n, inbox, SyntheticQuarter.Format.XLSX, 1L);
            Files.writeString(done, "");
        }
        try (Stream<Path> s = Files.list(inbox)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".xlsx")).sorted().toList();
        }
    }

    // ------------------------------------------------------------------ the table

    static Map<String, Boolean> print(List<SizeResult> results, Options o, PrintStream out) {
        List<String[]> t = new ArrayList<>();
        String[] head = new String[results.size() + 1];
        head[0] = "";
        for (int i = 0; i < results.size(); i++) {
            SizeResult r = results.get(i);
            head[i + 1] = String.format(Locale.ROOT, "%d × %,d", r.files(), r.rowsPerDistrict());
        }
        t.add(head);
        row(t, results, "data rows", r -> fmt("%,d", r.rows()));
        row(t, results, "raw read, fastexcel-reader", r -> timeRate(r.fastexcelNanos(), r.rows()) + cpu(r.fastexcel()));
        row(t, results, "raw read, own streaming reader", r -> timeRate(r.ownNanos(), r.rows()) + cpu(r.own()));
        row(t, results, "raw read, POI XSSFWorkbook", r -> timeRate(r.xssfNanos(), r.rows())
                + (r.xssfFilesTimed() < r.files() ? fmt(" (%d of %d files timed, scaled)", r.xssfFilesTimed(), r.files()) : ""));
        for (String db : List.of("H2", "PostgreSQL")) {
            boolean h2 = db.equals("H2");
            row(t, results, db + ": run end to end (exit code)",
                    r -> timeRate(res(r, h2).wallNanos(), r.rows()) + fmt(" (exit %d)", res(r, h2).exit()));
            row(t, results, db + ":   read+validate+decide", r -> timeRate(res(r, h2).stageNanos(), r.rows())
                    + stageCpu(res(r, h2), h2));
            row(t, results, db + ":     of which read step", r -> secs(res(r, h2).readNanos()));
            row(t, results, db + ":     of which decide step", r -> secs(res(r, h2).decideNanos()));
            row(t, results, db + ":   report step", r -> secs(res(r, h2).reportNanos()));
            row(t, results, db + ":   decisions / months paid",
                    r -> fmt("%,d / %,d", res(r, h2).decisions(), res(r, h2).decisionMonths()));
            row(t, results, db + ":   peak live heap (after full GC), memory run",
                    r -> mib(mem(r, h2).liveHeapPeak()) + fmt(" (exit %d)", mem(r, h2).exit()));
            row(t, results, db + ":   peak heap after any GC", r -> mib(res(r, h2).afterGcPeak()));
            row(t, results, db + ":   peak RSS (VmHWM)", r -> mib(res(r, h2).vmHwm()));
            row(t, results, db + ":   cores used (CPU time / wall)", r -> fmt("%.2f", res(r, h2).coresUsed()));
            row(t, results, db + ":   CPU time, pipeline JVM + database server", r -> h2
                    ? fmt("%.1f s (H2 runs in the JVM)", r.h2().cpuMillis() / 1000.0)
                    : fmt("%.1f s + %s", r.pg().cpuMillis() / 1000.0,
                            r.pg().serverCpuMillis() < 0 ? "n/a (not Linux)" : fmt("%.1f s", r.pg().serverCpuMillis() / 1000.0)));
        }
        row(t, results, "PostgreSQL COPY of the run's decision rows", r -> timeRate(r.copyNanos(), r.pg().decisions())
                + (r.copy().serverCpuMillis() < 0 ? "" : fmt(", server CPU %.1f s", r.copy().serverCpuMillis() / 1000.0)));

        Map<String, Boolean> verdicts = new LinkedHashMap<>();
        List<String[]> targets = new ArrayList<>();
        SizeResult small = results.get(0);
        SizeResult large = results.get(results.size() - 1);
        for (SizeResult r : results) {
            String at = fmt("%d × %,d", r.files(), r.rowsPerDistrict());
            double e2e = (double) r.pg().wallNanos() / (r.fastestRawNanos() + r.copyNanos());
            target(targets, verdicts, "T1 " + at + ": PostgreSQL end to end ≤ 2 × (fastest raw read + COPY)",
                    fmt("%.2f × (%s %s + COPY %s)", e2e, r.fastestRawName(), secs(r.fastestRawNanos()), secs(r.copyNanos())),
                    e2e <= 2.0);
            for (String db : List.of("H2", "PostgreSQL")) {
                double ratio = (double) r.fastestRawNanos() / res(r, db.equals("H2")).stageNanos();
                target(targets, verdicts, "T2 " + at + ": " + db + " read+validate+decide ≥ 0.5 × fastest raw read rate",
                        fmt("%.2f ×", ratio), ratio >= 0.5);
            }
        }
        for (String db : List.of("H2", "PostgreSQL")) {
            boolean h2 = db.equals("H2");
            int exit = res(large, h2).exit();
            int memoryExit = mem(large, h2).exit();
            target(targets, verdicts, "T3 " + db + ": " + fmt("%d × %,d", large.files(), large.rowsPerDistrict())
                    + " completes with -Xmx" + o.xmx(), fmt("exit %d (memory run: exit %d)", exit, memoryExit),
                    (exit == 0 || exit == 3) && (memoryExit == 0 || memoryExit == 3));
            double heap = (double) mem(large, h2).liveHeapPeak() / mem(small, h2).liveHeapPeak();
            target(targets, verdicts, "T4 " + db + ": peak live heap, largest ≤ 1.2 × smallest",
                    fmt("%.2f × (%s vs %s)", heap, mib(mem(large, h2).liveHeapPeak()), mib(mem(small, h2).liveHeapPeak())),
                    heap <= 1.2);
        }
        double xssf = (double) large.xssfNanos() / large.ownNanos();
        target(targets, verdicts, "T5 " + fmt("%d × %,d", large.files(), large.rowsPerDistrict())
                + ": own streaming read ≥ 10 × faster than XSSFWorkbook", fmt("%.1f ×", xssf), xssf >= 10);
        double xssfStage = (double) large.xssfNanos() / large.pg().stageNanos();
        targets.add(new String[] {"   (info) PostgreSQL read+validate+decide vs XSSFWorkbook raw read", fmt("%.1f ×", xssfStage), ""});
        int cores = Runtime.getRuntime().availableProcessors();
        for (SizeResult r : results) {
            cpuBudgets(targets, r, cores);
        }

        out.println();
        out.printf(Locale.ROOT, "Benchmark %s: %d districts, .xlsx, %d cores, read threads %d, child -Xmx%s @%s;"
                + " memory runs: full GC every %d ms%n",
                QUARTER, small.files(), cores, o.threads(), o.xmx(),
                PipelineRun.JVM_OPTIONS, o.gcEveryMs());
        printTable(t, out);
        out.println();
        printTable(targets, out);
        return verdicts;
    }

    /**
     * T1 and T2 as CPU: the core-seconds their time budgets give on this machine's cores, beside what the
     * PostgreSQL run used (JVM + server) and, for T2, the least any design of the stage needs
     * ({@link SizeResult#stageCpuFloorMillis}). The run is CPU-bound on every core, so these say whether a
     * target is within reach of less work, of more threads, or of neither.
     */
    private static void cpuBudgets(List<String[]> t, SizeResult r, int cores) {
        String at = fmt("%d × %,d", r.files(), r.rowsPerDistrict());
        double t1 = 2.0 * (r.fastestRawNanos() + r.copyNanos()) / 1e9 * cores;
        if (r.pg().serverCpuMillis() >= 0) {
            t.add(new String[] {fmt("   (info) T1 %s in core-s: budget on %d cores vs PostgreSQL run (JVM + server)", at, cores),
                    fmt("%.1f vs %.1f core-s", t1, (r.pg().cpuMillis() + r.pg().serverCpuMillis()) / 1000.0), ""});
        }
        long floor = r.stageCpuFloorMillis();
        PipelineRun.Result pg = r.pg();
        if (floor >= 0 && pg.stageCpuMillis() >= 0 && pg.stageServerCpuMillis() >= 0) {
            double t2 = 2.0 * r.fastestRawNanos() / 1e9 * cores;
            t.add(new String[] {fmt("   (info) T2 %s in core-s: budget on %d cores vs PostgreSQL stage vs raw read + COPY", at, cores),
                    fmt("%.1f vs %.1f vs %.1f core-s", t2, (pg.stageCpuMillis() + pg.stageServerCpuMillis()) / 1000.0,
                            floor / 1000.0), ""});
        }
    }

    /** The CPU time of the read-validate-decide stage, as a suffix; empty if not measured. */
    private static String stageCpu(PipelineRun.Result run, boolean h2) {
        if (run.stageCpuMillis() < 0) {
            return "";
        }
        return h2 ? fmt(", CPU %.1f s", run.stageCpuMillis() / 1000.0)
                : run.stageServerCpuMillis() < 0 ? fmt(", CPU %.1f s + server n/a", run.stageCpuMillis() / 1000.0)
                : fmt(", CPU %.1f s + %.1f s", run.stageCpuMillis() / 1000.0, run.stageServerCpuMillis() / 1000.0);
    }

    /** The CPU time of a raw read, as a suffix; empty if not measured. */
    private static String cpu(RawReads.Timing timing) {
        return timing.cpuNanos() < 0 ? "" : fmt(", CPU %.1f s", timing.cpuNanos() / 1e9);
    }

    /** The timed run. */
    private static PipelineRun.Result res(SizeResult r, boolean h2) {
        return h2 ? r.h2() : r.pg();
    }

    /** The memory run. */
    private static PipelineRun.Result mem(SizeResult r, boolean h2) {
        return h2 ? r.h2Memory() : r.pgMemory();
    }

    private static void row(List<String[]> t, List<SizeResult> results, String label,
                            java.util.function.Function<SizeResult, String> cell) {
        String[] row = new String[results.size() + 1];
        row[0] = label;
        for (int i = 0; i < results.size(); i++) {
            row[i + 1] = cell.apply(results.get(i));
        }
        t.add(row);
    }

    private static void target(List<String[]> t, Map<String, Boolean> verdicts, String name, String value, boolean pass) {
        verdicts.put(name, pass);
        t.add(new String[] {name, value, pass ? "PASS" : "FAIL"});
    }

    private static void printTable(List<String[]> rows, PrintStream out) {
        int cols = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder("| ");
            for (int i = 0; i < cols; i++) {
                String v = i < r.length ? r[i] : "";
                line.append(v).append(" ".repeat(width[i] - v.length())).append(" | ");
            }
            out.println(line.toString().stripTrailing());
        }
    }

    static String timeRate(long nanos, long rows) {
        return secs(nanos) + fmt(", %,.0f rows/s", rows / Math.max(nanos / 1e9, 1e-9));
    }

    static String secs(long nanos) {
        return fmt("%.2f s", nanos / 1e9);
    }

    static String mib(long bytes) {
        return bytes < 0 ? "n/a" : fmt("%.0f MiB", bytes / 1048576.0);
    }

    static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
