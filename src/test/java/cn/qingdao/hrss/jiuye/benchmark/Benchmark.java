package cn.qingdao.hrss.jiuye.benchmark;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.generate.SyntheticQuarter;
import cn.qingdao.hrss.jiuye.report.OutputWorkbooks;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * The performance benchmark ({@code scripts/benchmark.sh}): for each size, a synthetic quarter of ten
 * districts (cached under {@code target/benchmark/quarters/}), and
 * <ul>
 *   <li>the floors — what the least program would still have to do: the raw read of the files by the
 *       fastest streaming reader found (dhatim fastexcel-reader) and by the pipeline's own reader
 *       ({@link RawReads}); PostgreSQL's {@code COPY} of exactly the rows the run stored
 *       ({@link CopyLoad}); a plain read-back of the rows a step reads from an earlier one
 *       ({@link ReadBack}); and the raw write of the rosters' and feedback workbooks' rows by the fastest
 *       streaming writer found (dhatim fastexcel, {@link RawWrite});</li>
 *   <li>POI's {@code XSSFWorkbook} reading the same files (T5);</li>
 *   <li>{@code run} end to end in a child JVM, launched as the README launches it, on a fresh H2 file
 *       database and on a fresh database of an embedded PostgreSQL started with
 *       {@code synchronous_commit=on} and {@code fsync=on} (a real server's settings), each already at
 *       the program's schema, as an everyday run finds it;</li>
 *   <li>the same run with its read step's partitions sent to {@code --workers} (2) {@code worker} processes
 *       ({@code run --read-by workers}, {@link RemoteRun}), beside the local run: the overhead of the dispatch,
 *       and its CSV files compared with the local run's;</li>
 *   <li>{@code simulate} of the quarter under a reform after the PostgreSQL run ({@link SimulationRun}): its
 *       decide step beside the run's, and its memory.</li>
 * </ul>
 * It prints the server's settings and one table: each stage of the job beside its own floor, the start-up
 * (launch to the job's first step), memory and CPU, and the targets' ratios.
 *
 * <p>Each database runs each quarter twice, on a fresh database each time: a <em>timed run</em>, left
 * alone (no forced collection), for the times, CPU, RSS and heap after the JVM's own collections; and a
 * <em>memory run</em> that forces a full collection every {@code --gc-every-ms} (250 by default) and
 * records the heap right after each, for the peak live heap (T4). One run cannot do both: collections
 * forced often enough to catch the peaks of steps that last a second or two stop the run for a
 * noticeable share of its time (docs/performance.md), and rarer ones miss those peaks.
 *
 * <p>{@code XSSFWorkbook} reads every file of both default sizes (a million rows need a few GB of
 * heap); {@code --xssf-max-rows} bounds the rows it reads for larger quarters, and
 * the table then says how many files were timed and that the time is scaled to all of them.
 *
 * <p>Usage: {@code Benchmark [--sizes 10000,100000] [--dir target/benchmark] [--xmx 256m]
 * [--xssf-max-rows 1000000] [--threads 2] [--gc-every-ms 250] [--app target/jiuye-pipeline] [--workers 2]
 * [--only floors,h2,postgresql,remote,simulate] [--no-remote] [--no-simulate]}. Run from the project folder after
 * {@code mvn package} ({@code --app} is the unpacked application it launches). {@code --only} measures some
 * parts ({@link Part}), e.g. {@code --only remote} to measure the run read by workers again.
 */
public final class Benchmark {

    static final String QUARTER = "2025Q1";

    /**
     * A real server's durability: each commit waits for its WAL to reach the disk. The embedded server
     * starts with both off ({@code synchronous_commit} by default, {@code fsync} by its {@code -F}), which
     * would flatter every commit.
     */
    static final Map<String, String> SERVER_CONFIG = Map.of("synchronous_commit", "on", "fsync", "on");

    /** The server settings the table states. */
    private static final List<String> SETTINGS = List.of("synchronous_commit", "fsync", "full_page_writes", "wal_level",
            "shared_buffers", "max_wal_size", "checkpoint_timeout", "work_mem", "maintenance_work_mem",
            "max_parallel_workers_per_gather");

    /**
     * The parts of the benchmark, all by default; {@code --only} chooses some, {@code --no-remote} and
     * {@code --no-simulate} leave one out. The timed run on PostgreSQL is made whenever a part that needs it is
     * chosen: the floors (their {@code COPY}s, read-backs and raw write take exactly what it wrote), the run read
     * by workers and the simulation (set beside it).
     */
    enum Part {
        /** the raw reads, POI's {@code XSSFWorkbook}, the {@code COPY}s, the read-backs and the raw write */
        FLOORS,
        /** the timed and memory runs on H2 */
        H2,
        /** the timed and memory runs on PostgreSQL */
        POSTGRESQL,
        /** the run read by {@code worker} processes ({@code run --read-by workers}), beside the local one */
        REMOTE,
        /** {@code simulate} under a reform after the PostgreSQL runs, beside their decide step */
        SIMULATE;

        static Part named(String name) {
            for (Part p : values()) {
                if (p.name().equalsIgnoreCase(name.trim())) {
                    return p;
                }
            }
            throw new IllegalArgumentException("unknown part '" + name + "' for --only: floors, h2, postgresql, remote, simulate");
        }
    }

    /**
     * Options of one benchmark run.
     *
     * @param app the unpacked application to launch the runs from, or null for this JVM's class path
     * @param workers the {@code worker} processes of the run read by workers
     * @param parts the parts measured
     */
    record Options(List<Integer> sizes, Path dir, String xmx, long xssfMaxRows, int threads, long gcEveryMs, Path app,
                   int workers, Set<Part> parts) {

        static Options parse(String... args) {
            List<Integer> sizes = List.of(10_000, 100_000);
            Path dir = Path.of("target", "benchmark");
            String xmx = "256m";
            long xssfMaxRows = 1_000_000;
            int threads = 2;
            long gcEvery = 250;
            Path app = Path.of("target", "jiuye-pipeline");
            int workers = 2;
            EnumSet<Part> parts = EnumSet.allOf(Part.class);
            for (int i = 0; i < args.length; i++) {
                String v = i + 1 < args.length ? args[i + 1] : "";
                switch (args[i]) {
                    case "--no-remote" -> {
                        parts.remove(Part.REMOTE);
                        continue;
                    }
                    case "--no-simulate" -> {
                        parts.remove(Part.SIMULATE);
                        continue;
                    }
                    case "--sizes" -> sizes = Stream.of(v.split(",")).map(String::trim).map(Integer::valueOf).toList();
                    case "--dir" -> dir = Path.of(v);
                    case "--xmx" -> xmx = v;
                    case "--xssf-max-rows" -> xssfMaxRows = Long.parseLong(v);
                    case "--threads" -> threads = Integer.parseInt(v);
                    case "--gc-every-ms" -> gcEvery = Long.parseLong(v);
                    case "--app" -> app = Path.of(v);
                    case "--workers" -> workers = Integer.parseInt(v);
                    case "--only" -> parts.retainAll(Stream.of(v.split(",")).map(Part::named).toList());
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
                i++;
            }
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("no part of the benchmark left to run: see --only, --no-remote, --no-simulate");
            }
            return new Options(sizes, dir, xmx, xssfMaxRows, threads, gcEvery, app, workers, Set.copyOf(parts));
        }

        PipelineRun.Launch launch() {
            return app == null ? PipelineRun.Launch.testClassPath() : PipelineRun.Launch.packaged(app);
        }

        boolean has(Part part) {
            return parts.contains(part);
        }

        /** Whether the timed run on PostgreSQL is made: every part but H2 needs it. */
        boolean postgresRun() {
            return parts.stream().anyMatch(p -> p != Part.H2);
        }
    }

    /**
     * The figures of one size. Times in nanoseconds. A part not measured ({@link Options#parts}) leaves its
     * figures null.
     *
     * @param copyDecisions the {@code COPY} of the decision rows the PostgreSQL run wrote
     * @param copyStored the {@code COPY} of the rows its read step stored (applications and their field errors)
     * @param readBackStored the read-back of the stored application rows (what the decide step reads)
     * @param readBackDecisions the read-back of the decision rows (what the report step reads)
     * @param rawWrite the raw write of its rosters' and feedback workbooks' rows
     * @param remote the run read by workers, on a database of its own
     * @param simulation the simulation after the timed PostgreSQL run, on its database
     * @param simulationAgain the same simulation once more on that database, replacing the first (as the
     *                        policy office repeats one): its tables then hold the first's rows and statistics
     * @param simulationMemory the simulation after the PostgreSQL memory run, forcing collections as that run did
     */
    record SizeResult(int rowsPerDistrict, int files, long rows, RawReads.Timing fastexcel, RawReads.Timing own,
                      long xssfNanos, int xssfFilesTimed, PipelineRun.Result h2, PipelineRun.Result pg,
                      PipelineRun.Result h2Memory, PipelineRun.Result pgMemory,
                      CopyLoad.Timing copyDecisions, CopyLoad.Timing copyStored, ReadBack.Timing readBackStored,
                      ReadBack.Timing readBackDecisions, RawWrite.Timing rawWrite, RemoteRun remote,
                      SimulationRun simulation, SimulationRun simulationAgain, SimulationRun simulationMemory) {

        private RawReads.Timing fastestRaw() {
            return fastexcel.wallNanos() <= own.wallNanos() ? fastexcel : own;
        }

        long fastestRawNanos() {
            return fastestRaw().wallNanos();
        }

        String fastestRawName() {
            return fastestRaw() == fastexcel ? "fastexcel-reader" : "own reader";
        }

        /** The read step's floor: the fastest raw read, and the {@code COPY} of the rows it stores. */
        long readFloorNanos() {
            return fastestRawNanos() + copyStored.wallNanos();
        }

        /** The decide step's floor: the {@code COPY} of its decisions, and the read-back of the stored rows. */
        long decideFloorNanos() {
            return copyDecisions.wallNanos() + readBackStored.wallNanos();
        }

        /** The report step's floor: the raw write of the workbooks' rows, and the read-back of the decisions. */
        long reportFloorNanos() {
            return rawWrite.wallNanos() + readBackDecisions.wallNanos();
        }

        /** The whole run's floor (T1): read the files, store the decisions, write the workbooks. */
        long runFloorNanos() {
            return fastestRawNanos() + copyDecisions.wallNanos() + rawWrite.wallNanos();
        }
    }

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Report report = run(options, System.out);
        print(report, options, System.out);
    }

    /** What a benchmark measured: the figures of each size, and the PostgreSQL server's settings. */
    record Report(List<SizeResult> sizes, String server) {
    }

    static Report run(Options o, PrintStream log) throws Exception {
        PipelineRun.Launch launch = o.launch();
        List<SizeResult> results = new ArrayList<>();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        SERVER_CONFIG.forEach(builder::setServerConfig);
        String server;
        try (EmbeddedPostgres pg = builder.start()) {
            server = serverSettings(pg);
            boolean warm = false;
            for (int n : o.sizes()) {
                List<Path> files = quarter(o.dir(), n, log);
                long rows = (long) n * files.size();
                RawReads.Timing fast = null;
                RawReads.Timing own = null;
                long xssfAll = 0;
                int xssfFiles = 0;
                if (o.has(Part.FLOORS)) {
                    if (!warm) {
                        log.println("warming up the readers on " + files.get(0).getFileName());
                        for (RawReads.Reader r : List.of(RawReads.FASTEXCEL, RawReads.OWN, RawReads.XSSF)) {
                            RawReads.time(r, files.subList(0, 1), 1, new LongAdder());
                        }
                        warm = true;
                    }
                    log.printf(Locale.ROOT, "%,d rows: raw reads%n", rows);
                    fast = RawReads.time(RawReads.FASTEXCEL, files, o.threads(), new LongAdder());
                    own = RawReads.time(RawReads.OWN, files, o.threads(), new LongAdder());
                    xssfFiles = (int) Math.max(Math.min(files.size(), o.xssfMaxRows() / Math.max(n, 1)), 1);
                    xssfFiles = Math.max(Math.min(xssfFiles, files.size()), 1);
                    long xssf = RawReads.time(RawReads.XSSF, files.subList(0, xssfFiles), o.threads(), new LongAdder()).wallNanos();
                    xssfAll = xssf * files.size() / xssfFiles;
                }

                Path work = o.dir().resolve("runs").resolve(Integer.toString(n));
                Path inbox = files.get(0).getParent();
                PipelineRun.Result h2 = null;
                PipelineRun.Result h2Memory = null;
                if (o.has(Part.H2)) {
                    log.printf(Locale.ROOT, "%,d rows: run on H2%n", rows);
                    h2 = runOnH2(launch, inbox, work.resolve("h2"), o.xmx(), 0);
                    log.printf(Locale.ROOT, "%,d rows: memory run on H2 (full GC every %d ms)%n", rows, o.gcEveryMs());
                    h2Memory = runOnH2(launch, inbox, work.resolve("h2-memory"), o.xmx(), o.gcEveryMs());
                }

                PipelineRun.Result pgr = null;
                PipelineRun.Result pgMemory = null;
                CopyLoad.Timing copyDecisions = null;
                CopyLoad.Timing copyStored = null;
                ReadBack.Timing readBackStored = null;
                ReadBack.Timing readBackDecisions = null;
                RawWrite.Timing rawWrite = null;
                RemoteRun remote = null;
                SimulationRun simulation = null;
                SimulationRun simulationAgain = null;
                SimulationRun simulationMemory = null;
                Path reform = o.has(Part.SIMULATE) ? SimulationRun.reform(work, Quarter.parse(QUARTER)) : null;
                if (o.postgresRun()) {
                    log.printf(Locale.ROOT, "%,d rows: run on PostgreSQL%n", rows);
                    String pgurl = freshDatabase(pg, n);
                    Path pgdir = work.resolve("postgresql");
                    pgr = runOnPostgres(launch, pg, inbox, pgdir, pgurl, o.xmx(), 0);
                    if (o.has(Part.FLOORS)) {
                        log.printf(Locale.ROOT, "%,d rows: COPY of the %,d decision rows, of the stored rows; read-backs%n",
                                rows, pgr.decisions());
                        copyDecisions = CopyLoad.rows(pgurl, "postgres", "", pgdir, "decision");
                        copyStored = CopyLoad.rows(pgurl, "postgres", "", pgdir, "application")
                                .plus(CopyLoad.rows(pgurl, "postgres", "", pgdir, "field_error"));
                        readBackStored = ReadBack.rows(pgurl, "postgres", "", "application");
                        readBackDecisions = ReadBack.rows(pgurl, "postgres", "", "decision");
                        log.printf(Locale.ROOT, "%,d rows: raw write of the rosters and feedback workbooks%n", rows);
                        rawWrite = RawWrite.outputsOf(pgdir.resolve("out").resolve(QUARTER), work.resolve("raw-write"),
                                OutputWorkbooks.THREADS);
                    }
                    if (o.has(Part.SIMULATE)) {
                        log.printf(Locale.ROOT, "%,d rows: simulate on PostgreSQL under %s%n", rows, reform);
                        ServerCheckpoint.now(pgurl, "postgres", "");
                        simulation = SimulationRun.measure(launch, QUARTER, reform, work.resolve("postgresql-simulate"), pgurl,
                                "postgres", "", o.xmx(), 0, serverCpu(pg));
                        log.printf(Locale.ROOT, "%,d rows: the same simulation again, replacing the first%n", rows);
                        ServerCheckpoint.now(pgurl, "postgres", "");
                        simulationAgain = SimulationRun.measure(launch, QUARTER, reform, work.resolve("postgresql-simulate-again"), pgurl,
                                "postgres", "", o.xmx(), 0, serverCpu(pg));
                    }
                    if (o.has(Part.REMOTE)) {
                        log.printf(Locale.ROOT, "%,d rows: run on PostgreSQL read by %d workers%n", rows, o.workers());
                        String url = freshDatabase(pg, n);
                        Path dir = work.resolve("postgresql-workers");
                        deleteTree(dir);
                        migrate(url, "postgres", "", "postgresql");
                        ServerCheckpoint.now(url, "postgres", "");
                        remote = RemoteRun.measure(launch, QUARTER, inbox, dir, url, "postgres", "", o.xmx(), o.workers(),
                                serverCpu(pg), pgdir.resolve("out").resolve(QUARTER));
                    }
                    if (o.has(Part.POSTGRESQL)) {
                        log.printf(Locale.ROOT, "%,d rows: memory run on PostgreSQL (full GC every %d ms)%n", rows, o.gcEveryMs());
                        String memoryUrl = freshDatabase(pg, n);
                        pgMemory = runOnPostgres(launch, pg, inbox, work.resolve("postgresql-memory"), memoryUrl, o.xmx(),
                                o.gcEveryMs());
                        if (o.has(Part.SIMULATE)) {
                            log.printf(Locale.ROOT, "%,d rows: memory simulation on PostgreSQL (full GC every %d ms)%n", rows,
                                    o.gcEveryMs());
                            ServerCheckpoint.now(memoryUrl, "postgres", "");
                            simulationMemory = SimulationRun.measure(launch, QUARTER, reform,
                                    work.resolve("postgresql-memory-simulate"), memoryUrl, "postgres", "", o.xmx(),
                                    o.gcEveryMs(), serverCpu(pg));
                        }
                    }
                }
                results.add(new SizeResult(n, files.size(), rows, fast, own, xssfAll, xssfFiles, h2, pgr, h2Memory,
                        pgMemory, copyDecisions, copyStored, readBackStored, readBackDecisions, rawWrite, remote,
                        simulation, simulationAgain, simulationMemory));
            }
        }
        return new Report(results, server);
    }

    /** A run on a fresh H2 file database in {@code dir}, with the options of the default URL (application.properties). */
    private static PipelineRun.Result runOnH2(PipelineRun.Launch launch, Path inbox, Path dir, String xmx, long gcEveryMs)
            throws Exception {
        deleteTree(dir);
        String url = "jdbc:h2:file:" + dir.resolve("db").resolve("jiuye").toAbsolutePath() + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
        migrate(url, "sa", "", "h2");
        return PipelineRun.run(launch, QUARTER, inbox, dir, url, "sa", "", xmx, gcEveryMs, null);
    }

    /**
     * A run on the PostgreSQL database at {@code url} (a fresh one: {@link #freshDatabase}) of the server
     * {@code pg}, its files in {@code dir}.
     */
    private static PipelineRun.Result runOnPostgres(PipelineRun.Launch launch, EmbeddedPostgres pg, Path inbox, Path dir,
                                                    String url, String xmx, long gcEveryMs) throws Exception {
        deleteTree(dir);
        migrate(url, "postgres", "", "postgresql");
        ServerCheckpoint.now(url, "postgres", "");
        return PipelineRun.run(launch, QUARTER, inbox, dir, url, "postgres", "", xmx, gcEveryMs, serverCpu(pg));
    }

    /** The CPU time of the server's processes so far ({@link ServerCpu}). */
    private static LongSupplier serverCpu(EmbeddedPostgres pg) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            return ServerCpu.clock(c);
        }
    }

    /**
     * Brings a fresh database to the program's schema, as the pipeline's Flyway would
     * ({@code spring.flyway.locations}), so that the timed run starts as an everyday run does: its Flyway
     * validates the schema and has nothing to migrate.
     */
    private static void migrate(String url, String user, String password, String vendor) {
        Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .load().migrate();
    }

    /** The URL of a new, empty database on the embedded PostgreSQL. */
    private static String freshDatabase(EmbeddedPostgres pg, int n) throws SQLException {
        String db = "bench_" + n + "_" + System.nanoTime();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
        return pg.getJdbcUrl("postgres", db);
    }

    /** The server's version and the settings that bear on a run's writes, as one line. */
    static String serverSettings(EmbeddedPostgres pg) throws SQLException {
        StringBuilder line = new StringBuilder();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SHOW server_version")) {
                rs.next();
                line.append("PostgreSQL ").append(rs.getString(1)).append(" (embedded):");
            }
            for (String setting : SETTINGS) {
                try (ResultSet rs = s.executeQuery("SHOW " + setting)) {
                    rs.next();
                    line.append(' ').append(setting).append('=').append(rs.getString(1));
                }
            }
        }
        return line.toString();
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

    static Map<String, Boolean> print(Report report, Options o, PrintStream out) {
        List<SizeResult> results = report.sizes();
        List<String[]> t = new ArrayList<>();
        String[] head = new String[results.size() + 1];
        head[0] = "";
        for (int i = 0; i < results.size(); i++) {
            SizeResult r = results.get(i);
            head[i + 1] = at(r);
        }
        t.add(head);
        row(t, results, "data rows", r -> fmt("%,d", r.rows()));
        boolean floors = o.has(Part.FLOORS);
        if (floors) {
            row(t, results, "raw read, fastexcel-reader", r -> timeRate(r.fastexcel().wallNanos(), r.rows()) + cpu(r.fastexcel()));
            row(t, results, "raw read, own streaming reader", r -> timeRate(r.own().wallNanos(), r.rows()) + cpu(r.own()));
            row(t, results, "raw read, POI XSSFWorkbook", r -> timeRate(r.xssfNanos(), r.rows())
                    + (r.xssfFilesTimed() < r.files() ? fmt(" (%d of %d files timed, scaled)", r.xssfFilesTimed(), r.files()) : ""));
            row(t, results, "raw write of the rosters' and feedback workbooks' rows, fastexcel",
                    r -> timeRate(r.rawWrite().wallNanos(), r.rawWrite().rows()) + fmt(", %d files", r.rawWrite().files()));
            row(t, results, "PostgreSQL COPY of the run's decision rows", r -> copy(r.copyDecisions()));
            row(t, results, "PostgreSQL COPY of the rows the read step stored", r -> copy(r.copyStored()));
            row(t, results, "PostgreSQL read-back of the stored application rows, 1 thread",
                    r -> timeRate(r.readBackStored().wallNanos(), r.readBackStored().rows()));
            row(t, results, "PostgreSQL read-back of the decision rows, 1 thread",
                    r -> timeRate(r.readBackDecisions().wallNanos(), r.readBackDecisions().rows()));
        }
        for (String db : List.of("H2", "PostgreSQL")) {
            boolean h2 = db.equals("H2");
            if (h2 ? !o.has(Part.H2) : !o.postgresRun()) {
                continue;
            }
            row(t, results, db + ": run end to end (exit code)",
                    r -> timeRate(res(r, h2).wallNanos(), r.rows()) + fmt(" (exit %d)", res(r, h2).exit()));
            row(t, results, db + ":   start-up (launch to the job's first step)", r -> secs(res(r, h2).startupNanos()));
            if (h2 || !floors) {
                row(t, results, db + ":   read step", r -> stage(res(r, h2), PipelineRun.Stage.READ, -1, ""));
                row(t, results, db + ":   decide step", r -> stage(res(r, h2), PipelineRun.Stage.DECIDE, -1, ""));
                row(t, results, db + ":   report step", r -> stage(res(r, h2), PipelineRun.Stage.REPORT, -1, ""));
            } else {
                row(t, results, db + ":   read step vs floor: raw read + COPY of the stored rows",
                        r -> stage(r.pg(), PipelineRun.Stage.READ, r.readFloorNanos(),
                                fmt("%s + %s", secs(r.fastestRawNanos()), secs(r.copyStored().wallNanos()))));
                row(t, results, db + ":   decide step vs floor: COPY of the decisions + read-back of the stored rows",
                        r -> stage(r.pg(), PipelineRun.Stage.DECIDE, r.decideFloorNanos(),
                                fmt("%s + %s", secs(r.copyDecisions().wallNanos()), secs(r.readBackStored().wallNanos()))));
                row(t, results, db + ":   report step vs floor: raw write + read-back of the decisions",
                        r -> stage(r.pg(), PipelineRun.Stage.REPORT, r.reportFloorNanos(),
                                fmt("%s + %s", secs(r.rawWrite().wallNanos()), secs(r.readBackDecisions().wallNanos()))));
                row(t, results, db + ":   the three stages' floors together vs T1's budget (2 × its floor)",
                        Benchmark::stageFloorsAgainstBudget);
            }
            row(t, results, db + ":   decisions / months paid",
                    r -> fmt("%,d / %,d", res(r, h2).decisions(), res(r, h2).decisionMonths()));
            if (h2 || o.has(Part.POSTGRESQL)) {
                row(t, results, db + ":   peak live heap (after full GC), memory run",
                        r -> mib(mem(r, h2).liveHeapPeak()) + fmt(" (exit %d)", mem(r, h2).exit()));
            }
            row(t, results, db + ":   peak heap after any GC", r -> mib(res(r, h2).afterGcPeak()));
            row(t, results, db + ":   peak RSS (VmHWM)", r -> mib(res(r, h2).vmHwm()));
            row(t, results, db + ":   cores used (CPU time / wall)", r -> fmt("%.2f", res(r, h2).coresUsed()));
            row(t, results, db + ":   CPU time, pipeline JVM + database server", r -> h2
                    ? fmt("%.1f s (H2 runs in the JVM)", r.h2().cpuMillis() / 1000.0)
                    : fmt("%.1f s + %s", r.pg().cpuMillis() / 1000.0, serverCpu(r.pg().serverCpuMillis())));
        }
        if (o.has(Part.REMOTE)) {
            remoteRows(t, results, o.workers());
        }
        if (o.has(Part.SIMULATE)) {
            simulationRows(t, results, o.has(Part.POSTGRESQL));
        }

        Map<String, Boolean> verdicts = new LinkedHashMap<>();
        List<String[]> targets = new ArrayList<>();
        SizeResult small = results.get(0);
        SizeResult large = results.get(results.size() - 1);
        String at = at(large);
        if (floors) {
            double e2e = (double) large.pg().wallNanos() / large.runFloorNanos();
            target(targets, verdicts, "T1 " + at + ": PostgreSQL end to end ≤ 2 × (raw read + COPY of decisions + raw write)",
                    fmt("%.2f × (%s %s + COPY %s + fastexcel %s)", e2e, large.fastestRawName(), secs(large.fastestRawNanos()),
                            secs(large.copyDecisions().wallNanos()), secs(large.rawWrite().wallNanos())), e2e <= 2.0);
            stageTarget(targets, verdicts, at, large, PipelineRun.Stage.READ, large.readFloorNanos());
            stageTarget(targets, verdicts, at, large, PipelineRun.Stage.DECIDE, large.decideFloorNanos());
            stageTarget(targets, verdicts, at, large, PipelineRun.Stage.REPORT, large.reportFloorNanos());
        }
        for (String db : List.of("H2", "PostgreSQL")) {
            boolean h2 = db.equals("H2");
            if (h2 ? o.has(Part.H2) : o.postgresRun()) {
                long startup = res(large, h2).startupNanos();
                target(targets, verdicts, "T1 " + at + ": " + db + " start-up (launch to the job's first step) ≤ 2 s",
                        secs(startup), startup >= 0 && startup <= 2_000_000_000L);
            }
        }
        for (String db : List.of("H2", "PostgreSQL")) {
            boolean h2 = db.equals("H2");
            if (!o.has(h2 ? Part.H2 : Part.POSTGRESQL)) {
                continue;
            }
            int exit = res(large, h2).exit();
            int memoryExit = mem(large, h2).exit();
            target(targets, verdicts, "T3 " + db + ": " + at + " completes with -Xmx" + o.xmx(),
                    fmt("exit %d (memory run: exit %d)", exit, memoryExit),
                    (exit == 0 || exit == 3) && (memoryExit == 0 || memoryExit == 3));
            double heap = (double) mem(large, h2).liveHeapPeak() / mem(small, h2).liveHeapPeak();
            target(targets, verdicts, "T4 " + db + ": peak live heap, largest ≤ 1.2 × smallest",
                    fmt("%.2f × (%s vs %s)", heap, mib(mem(large, h2).liveHeapPeak()), mib(mem(small, h2).liveHeapPeak())),
                    heap <= 1.2);
        }
        if (floors) {
            double xssf = (double) large.xssfNanos() / large.own().wallNanos();
            target(targets, verdicts, "T5 " + at + ": own streaming read ≥ 10 × faster than XSSFWorkbook",
                    fmt("%.2f × (%s vs %s)", xssf, secs(large.own().wallNanos()), secs(large.xssfNanos())),
                    xssf >= 10); // two decimals: at one, 9.99 would print as 10.0 beside FAIL
        }
        if (o.has(Part.REMOTE)) {
            target(targets, verdicts, "Read by workers: the CSV files are those of the local run, at every size",
                    String.join("; ", results.stream().map(r -> at(r) + ": " + sameFiles(r.remote())).toList()),
                    results.stream().allMatch(r -> r.remote().sameOutputs()));
        }
        if (o.has(Part.SIMULATE)) {
            double ratio = simulationRatio(large, large.simulation());
            double again = simulationRatio(large, large.simulationAgain());
            target(targets, verdicts, "Simulation " + at + ": its decide step ≤ 1.2 × the run's decide step, the first and again",
                    fmt("%.2f × and %.2f × (%s and %s vs %s)", ratio, again,
                            secs(large.simulation().result().stage(PipelineRun.Stage.SIMULATE).nanos()),
                            secs(large.simulationAgain().result().stage(PipelineRun.Stage.SIMULATE).nanos()),
                            secs(large.pg().stage(PipelineRun.Stage.DECIDE).nanos())), ratio <= 1.2 && again <= 1.2);
        }

        out.println();
        out.printf(Locale.ROOT, "Benchmark %s: %d districts, .xlsx, %d cores, read threads %d, report threads %d, child -Xmx%s"
                + " @%s, %s%s%n",
                QUARTER, small.files(), Runtime.getRuntime().availableProcessors(), o.threads(), OutputWorkbooks.THREADS,
                o.xmx(), PipelineRun.JVM_OPTIONS, o.launch().description(),
                o.has(Part.H2) || o.has(Part.POSTGRESQL) ? fmt("; memory runs: full GC every %d ms", o.gcEveryMs()) : "");
        if (o.postgresRun()) {
            out.println(report.server());
        }
        printTable(t, out);
        out.println();
        printTable(targets, out);
        return verdicts;
    }

    /**
     * The run read by workers beside the local PostgreSQL run: the overhead of sending the read step's partitions
     * to other processes, as a difference and a ratio.
     */
    private static void remoteRows(List<String[]> t, List<SizeResult> results, int workers) {
        String line = fmt("PostgreSQL read by %d workers", workers);
        row(t, results, line + ": run end to end vs the local run (exit code)",
                r -> overhead(r.remote().run().wallNanos(), r.pg().wallNanos()) + fmt(" (exit %d)", r.remote().run().exit()));
        row(t, results, line + ":   read step vs the local run's",
                r -> overhead(r.remote().run().stage(PipelineRun.Stage.READ).nanos(), r.pg().stage(PipelineRun.Stage.READ).nanos()));
        row(t, results, line + ":   districts read by each worker (exit code after SIGTERM)",
                r -> String.join(" + ", r.remote().workers().stream().map(w -> Integer.toString(w.partitionsRead())).toList())
                        + " (exit " + String.join(", ", r.remote().workers().stream().map(w -> Integer.toString(w.exit())).toList())
                        + ")");
        row(t, results, line + ":   CSV files beside the local run's", r -> sameFiles(r.remote()));
        row(t, results, line + ":   peak RSS (VmHWM), the run / each worker",
                r -> mib(r.remote().run().vmHwm()) + " / "
                        + String.join(", ", r.remote().workers().stream().map(w -> mib(w.vmHwm())).toList()));
        row(t, results, line + ":   CPU time, the run's JVM + the workers' during it + database server",
                r -> fmt("%.1f s + %s + %s", r.remote().run().cpuMillis() / 1000.0,
                        r.remote().workersCpuMillis() < 0 ? "n/a" : fmt("%.1f s", r.remote().workersCpuMillis() / 1000.0),
                        serverCpu(r.remote().run().serverCpuMillis())));
    }

    /** The simulation beside the run it simulates: its decide step beside the run's, and its memory. */
    private static void simulationRows(List<String[]> t, List<SizeResult> results, boolean memoryRun) {
        String line = "PostgreSQL simulate under a reform";
        row(t, results, line + ": end to end (exit code)",
                r -> secs(r.simulation().result().wallNanos()) + fmt(" (exit %d)", r.simulation().result().exit()));
        row(t, results, line + ":   decide (simulateStep) vs the run's decide step",
                r -> besideDecideStep(r, r.simulation()));
        row(t, results, line + ":   the same again, replacing the first: decide vs the run's decide step",
                r -> besideDecideStep(r, r.simulationAgain()));
        row(t, results, line + ":   applications decided again / changed",
                r -> fmt("%,d / %,d", r.simulation().decided(), r.simulation().changed()));
        if (memoryRun) {
            row(t, results, line + ":   peak live heap (after full GC), memory run",
                    r -> mib(r.simulationMemory().result().liveHeapPeak()) + fmt(" (exit %d)", r.simulationMemory().result().exit()));
        }
        row(t, results, line + ":   peak heap after any GC", r -> mib(r.simulation().result().afterGcPeak()));
        row(t, results, line + ":   peak RSS (VmHWM)", r -> mib(r.simulation().result().vmHwm()));
    }

    /** A simulation's decide step beside the run's: both times, the ratio, and the simulation step's CPU. */
    private static String besideDecideStep(SizeResult r, SimulationRun simulation) {
        PipelineRun.Span step = simulation.result().stage(PipelineRun.Stage.SIMULATE);
        return fmt("%s vs %s: %.2f ×", secs(step.nanos()), secs(r.pg().stage(PipelineRun.Stage.DECIDE).nanos()),
                simulationRatio(r, simulation)) + stageCpu(step);
    }

    /** A simulation's decide step over the run's. */
    private static double simulationRatio(SizeResult r, SimulationRun simulation) {
        return (double) simulation.result().stage(PipelineRun.Stage.SIMULATE).nanos() / r.pg().stage(PipelineRun.Stage.DECIDE).nanos();
    }

    /** A time beside the same thing done locally: the difference and the ratio. */
    private static String overhead(long nanos, long localNanos) {
        return fmt("%s vs %s: %+.2f s, %.2f ×", secs(nanos), secs(localNanos), (nanos - localNanos) / 1e9,
                (double) nanos / localNanos);
    }

    private static String sameFiles(RemoteRun remote) {
        if (remote.sameOutputs()) {
            return fmt("%s and %d other CSV file(s) identical", RemoteRun.DECISIONS, remote.same().size() - 1);
        }
        return "DIFFERENT: " + String.join(", ", remote.different().isEmpty() ? List.of(RemoteRun.DECISIONS + " missing")
                : remote.different());
    }

    private static String serverCpu(long millis) {
        return millis < 0 ? "n/a (not Linux)" : fmt("%.1f s", millis / 1000.0);
    }

    /** A stage's target: its time at most twice its floor, on PostgreSQL. */
    private static void stageTarget(List<String[]> t, Map<String, Boolean> verdicts, String at, SizeResult r,
                                    PipelineRun.Stage stage, long floorNanos) {
        double ratio = (double) r.pg().stage(stage).nanos() / floorNanos;
        String name = stage.name().toLowerCase(Locale.ROOT);
        target(t, verdicts, fmt("T1 %s: PostgreSQL %s step ≤ 2 × its floor", at, name),
                fmt("%.2f × (%s vs %s)", ratio, secs(r.pg().stage(stage).nanos()), secs(floorNanos)), ratio <= 2.0);
    }

    /**
     * The three stages' floors added up, beside T1's budget, and the run set against that sum: how much of
     * T1's budget a run must spend before it does anything its floors do not count.
     */
    private static String stageFloorsAgainstBudget(SizeResult r) {
        long stages = r.readFloorNanos() + r.decideFloorNanos() + r.reportFloorNanos();
        long budget = 2 * r.runFloorNanos();
        return fmt("%s vs %s: %.0f %%; the run %.2f × the stages' floors", secs(stages), secs(budget),
                100.0 * stages / budget, (double) r.pg().wallNanos() / stages);
    }

    /** A stage's time, its CPU, and beside it its floor and the floor's parts (none for {@code floorNanos} -1). */
    private static String stage(PipelineRun.Result run, PipelineRun.Stage stage, long floorNanos, String parts) {
        PipelineRun.Span span = run.stage(stage);
        StringBuilder cell = new StringBuilder(secs(span.nanos()));
        if (floorNanos > 0) {
            cell.append(fmt(" vs %s (%s): %.2f ×", secs(floorNanos), parts, (double) span.nanos() / floorNanos));
        }
        return cell.append(stageCpu(span)).toString();
    }

    /** A stage's CPU time, the JVM's and the server's, as a suffix; empty if not measured. */
    private static String stageCpu(PipelineRun.Span span) {
        if (span.cpuMillis() < 0) {
            return "";
        }
        return fmt(", CPU %.1f s", span.cpuMillis() / 1000.0)
                + (span.serverCpuMillis() >= 0 ? fmt(" + %.1f s", span.serverCpuMillis() / 1000.0) : "");
    }

    private static String copy(CopyLoad.Timing copy) {
        return timeRate(copy.wallNanos(), copy.rows())
                + (copy.serverCpuMillis() < 0 ? "" : fmt(", server CPU %.1f s", copy.serverCpuMillis() / 1000.0));
    }

    private static String at(SizeResult r) {
        return fmt("%d × %,d", r.files(), r.rowsPerDistrict());
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
