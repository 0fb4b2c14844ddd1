package cn.qingdao.hrss.jiuye.cli;

import cn.qingdao.hrss.jiuye.decide.DecisionExplainer;
import cn.qingdao.hrss.jiuye.policy.PolicyParameters;
import cn.qingdao.hrss.jiuye.policy.SubsidyRules;
import cn.qingdao.hrss.jiuye.read.ReadProperties;
import cn.qingdao.hrss.jiuye.simulate.SimulationRunner;
import cn.qingdao.hrss.jiuye.run.JobDefinition;
import cn.qingdao.hrss.jiuye.run.QuarterRunner;
import cn.qingdao.hrss.jiuye.run.Scheduler;
import cn.qingdao.hrss.jiuye.run.StatusReport;
import cn.qingdao.hrss.jiuye.support.jdbc.SchemaVersion;

import cn.qingdao.hrss.jiuye.JiuyePipelineApplication;
import cn.qingdao.hrss.jiuye.check.PreCheck;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code jiuye-pipeline}: the quarterly employment-subsidy pipeline (rules §10). */
@Command(name = "jiuye-pipeline", mixinStandardHelpOptions = true, version = "jiuye-pipeline 1.0",
        description = {"Qingdao quarterly employment-subsidy pipeline: reads the district workbooks of a quarter,",
                "decides the subsidy applications, aggregates the employment statistics and writes the outputs.",
                "Database: embedded H2 under ./var/db unless --spring.datasource.url=... (or SPRING_DATASOURCE_URL) is given."},
        subcommands = {PipelineCommand.Run.class, PipelineCommand.Restart.class, PipelineCommand.Status.class,
                PipelineCommand.Explain.class, PipelineCommand.Report.class, PipelineCommand.Generate.class,
                PipelineCommand.Schedule.class, PipelineCommand.Worker.class, PipelineCommand.Template.class,
                PipelineCommand.Check.class, PipelineCommand.Simulate.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every submission accepted", "1:the run failed (run 'restart' to resume it)",
                "2:usage error", "3:the run completed but some submissions were refused",
                "4:not started: another process is running the quarter"})
public class PipelineCommand implements Runnable {

    private final String[] springArgs;

    @Option(names = "--jobs", defaultValue = "jobs/quarterly.yaml", description = "the job definition (default: ${DEFAULT-VALUE})")
    Path jobFile;

    public PipelineCommand(String[] springArgs) {
        this.springArgs = springArgs;
    }

    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    /**
     * Boot's auto-configuration of meters and observations, which only the commands that run the job
     * use: the others start without it (and so without its classes and meter binders).
     */
    private static final String WITHOUT_METRICS = "spring.autoconfigure.exclude="
            + "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration,"
            + "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration";

    /**
     * For the commands that only read: an H2 database they opened is closed without compacting its file.
     * H2 otherwise spends up to its {@code MAX_COMPACT_TIME} (200 ms), and in practice about 0.3 s, moving
     * the file's chunks when the last connection closes — a fifth of a {@code status} on a file that runs
     * have written. Given as a connection property, which H2 takes like a URL setting and only when it opens
     * the file (a command connected to a run's open database changes nothing there), and which the
     * PostgreSQL driver ignores. The commands that write keep H2's compaction on close.
     */
    private static final String H2_CLOSED_WITHOUT_COMPACTING =
            "spring.datasource.hikari.data-source-properties.MAX_COMPACT_TIME=0";

    /** What a command does with the database, which decides how much of the application it starts. */
    enum DatabaseUse {
        /**
         * Looks the record up ({@code status}, {@code explain}): as {@link #READS}, but what starts is
         * {@link RecordQueries}, not the whole application.
         */
        QUERIES,
        /**
         * Reads only ({@code report}): no Flyway, the schema's version is
         * checked with one query ({@link SchemaVersion}); each bean is created when first used, so the
         * command starts only what it calls.
         */
        READS,
        /**
         * Runs the job ({@code run}, {@code restart}, {@code schedule}): a database not at the program's schema is
         * migrated first (Flyway, see {@link cn.qingdao.hrss.jiuye.support.jdbc.SchemaMigration}); every bean is
         * created at start, with Spring Batch's observations recorded as meters, pushed to a Prometheus
         * Pushgateway when the context closes if {@code management.prometheus.metrics.export.pushgateway.enabled}
         * is set (README "Metrics").
         */
        WRITES,
        /**
         * Serves read partitions ({@code worker}): like {@link #READS}, no Flyway and a schema check — a worker
         * refuses a database whose schema is older or newer than its own — and each bean created when first
         * used; the submissions are read from the database's archive, not an inbox; and Spring's shutdown hook
         * is off, as the command stops itself on SIGTERM once its partitions have ended.
         */
        SERVES
    }

    /** Starts the application as {@code use} needs it, runs {@code body} with it, and closes it. */
    <T> T withContext(DatabaseUse use, Function<ConfigurableApplicationContext, T> body) {
        try (ConfigurableApplicationContext context = start(use)) {
            if (use == DatabaseUse.READS || use == DatabaseUse.QUERIES) {
                context.getBean(SchemaVersion.class).requireCurrent();
            }
            if (use == DatabaseUse.SERVES) {
                SchemaVersion.Check schema = context.getBean(SchemaVersion.class).check();
                if (!schema.current()) {
                    throw new IllegalStateException("this worker does not start: " + schema.problem().orElseThrow()
                            + " A worker must be the same version of the pipeline as the run it reads for.");
                }
            }
            return body.apply(context);
        }
    }

    /**
     * The started application. A command that writes starts it without Flyway, whose set-up (finding and
     * loading its plugins) is a good part of a run's start and which it needs only when the database is
     * not at the program's schema; then the application is started again with Flyway, which migrates the
     * database first ({@link cn.qingdao.hrss.jiuye.support.jdbc.SchemaMigration}). So the first run on a
     * new database, and the first after an upgrade, start twice.
     */
    private ConfigurableApplicationContext start(DatabaseUse use) {
        Supplier<ConfigurableApplicationContext> usual = () -> application(use).run(withOwn());
        if (use != DatabaseUse.WRITES) {
            return PreparedContext.start(false, usual);
        }
        Supplier<ConfigurableApplicationContext> withoutFlyway =
                () -> application(use).properties("spring.flyway.enabled=false").run(withOwn());
        boolean prepared = PreparedContext.available();
        ConfigurableApplicationContext context = PreparedContext.start(prepared, withoutFlyway);
        try {
            if (prepared && !PreparedContext.fits(context.getEnvironment())) {
                // A setting decides the run's beans otherwise than when the program was packaged.
                context.close();
                context = PreparedContext.start(false, withoutFlyway);
            }
            if (context.getBean(SchemaVersion.class).check().current()) {
                return context;
            }
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        context.close();
        return PreparedContext.start(false, usual);
    }

    private SpringApplicationBuilder application(DatabaseUse use) {
        Class<?> main = use == DatabaseUse.QUERIES ? RecordQueries.class : JiuyePipelineApplication.class;
        // The main class names the prepared context (PreparedContext); Spring would otherwise take cli.Main.
        SpringApplicationBuilder application = new SpringApplicationBuilder(main).main(main);
        // Defaults: a --spring.* argument still overrides them.
        if (use == DatabaseUse.READS || use == DatabaseUse.QUERIES) {
            application.properties("spring.flyway.enabled=false", WITHOUT_METRICS, H2_CLOSED_WITHOUT_COMPACTING)
                    .lazyInitialization(true);
        }
        if (use == DatabaseUse.SERVES) {
            application.properties("spring.flyway.enabled=false", WITHOUT_METRICS, "pipeline.read.from-archive=true")
                    .lazyInitialization(true).registerShutdownHook(false);
        }
        return application;
    }

    /** The settings a command's own options add to the --spring.* and --pipeline.* arguments. */
    private final List<String> own = new ArrayList<>();

    private String[] withOwn() {
        List<String> all = new ArrayList<>(Arrays.asList(springArgs));
        all.addAll(own);
        return all.toArray(String[]::new);
    }

    /**
     * Takes {@code --read-by} (on this process's threads, or in {@code worker} processes, README "More than one
     * machine"); false (after saying why) when it cannot be: workers need PostgreSQL.
     */
    boolean readBy(ReadProperties.By by) {
        if (by != ReadProperties.By.WORKERS) {
            return true;
        }
        if (!postgresGiven()) {
            System.err.println("error: --read-by workers needs the PostgreSQL database the workers use: give it with "
                    + "--spring.datasource.url=jdbc:postgresql://... (README \"More than one machine\").");
            return false;
        }
        own.add("--pipeline.read.by=" + by.option());
        return true;
    }

    /** True when the command line or the environment points the program at a PostgreSQL database. */
    boolean postgresGiven() {
        return Arrays.stream(springArgs).anyMatch(a -> a.startsWith("--spring.datasource.url=jdbc:postgresql:"))
                || String.valueOf(System.getenv("SPRING_DATASOURCE_URL")).startsWith("jdbc:postgresql:");
    }

    JobDefinition job() {
        return JobDefinition.load(jobFile);
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Process a quarter: read, validate, decide, aggregate and write the outputs. Running a quarter "
                    + "again after a district replaced its file reads only the changed files.")
    static class Run implements Callable<Integer> {
        @ParentCommand
        PipelineCommand parent;
        @Option(names = "--quarter", required = true, description = "the quarter, e.g. 2025Q1")
        Quarter quarter;
        @Option(names = "--inbox", description = "the folder of district files (default from the job definition: data/inbox/<quarter>)")
        Path inbox;
        @Option(names = "--out", description = "the output folder (default from the job definition: out)")
        Path out;
        @Option(names = "--abandon", description = "discard the quarter's failed or interrupted run (instead of "
                + "'restart') and start a new one")
        boolean abandon;
        @Option(names = "--read-by", defaultValue = "threads", description = "threads or workers: read the districts on "
                + "this process's threads (default), or send them to the 'worker' processes (PostgreSQL only)")
        ReadProperties.By readBy;

        @Override
        public Integer call() {
            if (!parent.readBy(readBy)) {
                return QuarterRunner.USAGE;
            }
            Quarter q = quarter;
            JobDefinition job = parent.job();
            Path in = inbox != null ? inbox : job.inboxFor(q);
            Path o = out != null ? out : job.outDir();
            return parent.withContext(DatabaseUse.WRITES, c -> c.getBean(QuarterRunner.class).run(q, in, o, abandon));
        }
    }

    @Command(name = "restart", mixinStandardHelpOptions = true,
            description = "Resume the last failed or interrupted run (after a crash too) from where it stopped.")
    static class Restart implements Callable<Integer> {
        @ParentCommand
        PipelineCommand parent;
        @Option(names = "--quarter", description = "the unfinished run of this quarter (default: the last unfinished run)")
        Quarter quarter;
        @Option(names = "--read-by", description = "threads or workers: read the districts still to read on this "
                + "process's threads, or send them to the 'worker' processes (PostgreSQL only); default: as the run was "
                + "last started")
        ReadProperties.By readBy;

        @Override
        public Integer call() {
            if (readBy != null && !parent.readBy(readBy)) {
                return QuarterRunner.USAGE;
            }
            return parent.withContext(DatabaseUse.WRITES, c -> c.getBean(QuarterRunner.class).restart(quarter, readBy));
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Runs, their state, per-district state, counts and durations.")
    static class Status implements Callable<Integer> {
        @ParentCommand
        PipelineCommand parent;
        @Option(names = "--quarter", description = "only this quarter")
        Quarter quarter;

        @Override
        public Integer call() {
            return parent.withContext(DatabaseUse.QUERIES, c -> c.getBean(StatusReport.class).print(quarter));
        }
    }

    @Command(name = "explain", mixinStandardHelpOptions = true,
            description = "How one decision was reached: each rule, each month, the parameter values and their dates.")
    static class Explain implements Callable<Integer> {
        @ParentCommand
        PipelineCommand parent;
        @Option(names = "--quarter", required = true, description = "the quarter, e.g. 2025Q1")
        Quarter quarter;
        @Option(names = "--district", required = true, description = "district code, e.g. 370202")
        String district;
        @Option(names = "--subsidy", required = true, description = "startup, employer or flexible")
        Subsidy subsidy;
        @Option(names = "--row", required = true, description = "the row number as Excel shows it")
        int row;
        @Option(names = "--policy", paramLabel = "DIR", description = "explain the row under the parameter tree of DIR "
                + "(a simulation's) instead of the current one; the history stays the published one")
        Path policy;

        @Override
        public Integer call() {
            if (policy == null) {
                return parent.withContext(DatabaseUse.QUERIES, c -> c.getBean(DecisionExplainer.class).explain(quarter, district, subsidy, row, System.out));
            }
            PolicyParameters simulated = PolicyTree.read(policy);
            if (simulated == null) {
                return QuarterRunner.USAGE;
            }
            return parent.withContext(DatabaseUse.QUERIES, c -> c.getBean(DecisionExplainer.class)
                    .explain(quarter, district, subsidy, row, SubsidyRules.of(simulated), policy, System.out));
        }
    }

    @Command(name = "simulate", mixinStandardHelpOptions = true,
            description = {"Decide the applications of a quarter's published run again under the parameter tree of DIR "
                    + "(a copy of data/policy with values added or changed), in rank order, with earlier quarters as "
                    + "published, and compare with the published decisions: writes simulation-<Q>-<NAME>.xlsx and prints "
                    + "the city's difference. Never changes the record or its output files; a simulation is never published.",
                    "政策模拟：按另一套参数重新核定已发布季度的申请并与现行决定对比（不改变已发布的记录）。"})
    static class Simulate implements Callable<Integer> {
        @ParentCommand
        PipelineCommand parent;
        @Option(names = "--quarter", required = true, description = "the published quarter, e.g. 2025Q2")
        Quarter quarter;
        @Option(names = "--policy", required = true, paramLabel = "DIR", description = "the simulated parameter tree, "
                + "in the layout of data/policy")
        Path policy;
        @Option(names = "--name", description = "the simulation's name (letters, digits, - and _; default: the name of "
                + "the DIR folder); simulating again under the same name replaces the earlier simulation")
        String name;
        @Option(names = "--out", description = "the folder of the workbook (default: 'simulations' in the output folder "
                + "of the job definition)")
        Path out;

        @Override
        public Integer call() {
            String n = name != null ? name : String.valueOf(policy.toAbsolutePath().normalize().getFileName());
            if (!SimulationRunner.NAME.matcher(n).matches()) {
                System.err.println("error: '" + n + "' cannot name a simulation: use 1 to 40 letters, digits, - or _ "
                        + "(--name NAME).");
                return QuarterRunner.USAGE;
            }
            PolicyParameters simulated = PolicyTree.read(policy);
            if (simulated == null) {
                return QuarterRunner.USAGE;
            }
            Path o = out != null ? out : parent.job().outDir().resolve("simulations");
            return parent.withContext(DatabaseUse.WRITES, c -> c.getBean(SimulationRunner.class)
                    .simulate(quarter, policy, simulated, n, o, System.out));
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Rewrite the output files of a quarter from the database, without reading the inbox.")
    static class Report implements Callable<Integer> {
        @ParentCommand
        PipelineCommand parent;
        @Option(names = "--quarter", required = true, description = "the quarter, e.g. 2025Q1")
        Quarter quarter;
        @Option(names = "--out", description = "the output folder (default from the job definition: out)")
        Path out;

        @Override
        public Integer call() {
            Path o = out != null ? out : parent.job().outDir();
            return parent.withContext(DatabaseUse.READS, c -> c.getBean(ReportCommand.class).rewrite(quarter, o));
        }
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Write a synthetic quarter (ten district workbooks) for load tests.")
    static class Generate implements Callable<Integer> {
        @Option(names = "--quarter", required = true, description = "the quarter, e.g. 2025Q1")
        Quarter quarter;
        @Option(names = "--rows-per-district", required = true, description = "data rows per district, over the three subsidy sheets")
        int rows;
        @Option(names = "--out", required = true, description = "the folder to write into (an inbox)")
        Path out;
        @Option(names = "--format", defaultValue = "xlsx", description = "xlsx or xls (default: ${DEFAULT-VALUE})")
        String format;
        @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Override
        public Integer call() throws Exception {
            return GenerateCommand.generate(quarter, rows, out, format, seed);
        }
    }

    @Command(name = "template", mixinStandardHelpOptions = true,
            description = {"Write the blank workbook a district fills in for a quarter, <district>_<quarter>.xlsx: the five "
                    + "sheets with their headers, the cover filled in, columns formatted, Excel's drop-down lists and checks, "
                    + "an input message on every header. Needs no database. An existing file is never overwritten.",
                    "生成区市填报模板（不需要数据库）。"})
    static class Template implements Callable<Integer> {
        @Option(names = "--quarter", required = true, description = "the quarter, e.g. 2025Q1")
        Quarter quarter;
        @Option(names = "--district", required = true, description = "district code, e.g. 370202")
        String district;
        @Option(names = "--out", defaultValue = ".", description = "the folder to write into (default: the current folder)")
        Path out;

        @Override
        public Integer call() throws Exception {
            return TemplateCommand.write(quarter, district, out);
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Pre-check one district workbook before it is sent: reads it exactly as a run would and applies "
                    + "every rule that needs no history of other quarters or districts, on a private temporary database "
                    + "(never the city's, whatever is configured). Writes the feedback workbook, marked as a pre-check, "
                    + "and prints a summary; says which checks it could not make. Needs no database and no project folder.",
                    "报送前自查一个区市文件（不连接市局数据库）。"},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:the file would be accepted, with no row, month or statistic refused",
                    "1:the pre-check itself failed", "2:usage error",
                    "3:the file would be refused, or some of its rows, months or statistics"})
    static class Check implements Callable<Integer> {
        @ParentCommand
        PipelineCommand parent;
        @Parameters(index = "0", paramLabel = "FILE", description = "the district's workbook (.xlsx or .xls)")
        Path file;
        @Option(names = "--quarter", required = true, description = "the quarter it is for, e.g. 2025Q1")
        Quarter quarter;
        @Option(names = "--out", description = "the folder to write precheck-<district>-<quarter>.xlsx into "
                + "(default: the folder 'precheck' next to FILE)")
        Path out;

        @Override
        public Integer call() {
            List<String> ignored = Arrays.stream(parent.springArgs).map(a -> a.split("=", 2)[0]).distinct().toList();
            if (!ignored.isEmpty()) {
                System.err.println("note: check uses a private temporary database and the rules built into this program; "
                        + "ignored: " + String.join(", ", ignored));
            }
            return new PreCheck(System.out, System.err).check(file, quarter, out);
        }
    }

    @Command(name = "worker", mixinStandardHelpOptions = true,
            description = "Stay running and read the districts of any run started with 'run --read-by workers', as they are "
                    + "sent, from the files archived in the PostgreSQL database (no access to the inbox needed). Stops on "
                    + "SIGTERM once the districts it is reading are done. Refuses a database of another pipeline version.")
    static class Worker implements Callable<Integer> {
        @ParentCommand
        PipelineCommand parent;

        @Override
        public Integer call() {
            return WorkerCommand.serve(parent);
        }
    }

    @Command(name = "schedule", mixinStandardHelpOptions = true,
            description = "Stay running and start each job of jobs/ at its scheduled time.")
    static class Schedule implements Callable<Integer> {
        @ParentCommand
        PipelineCommand parent;

        @Override
        public Integer call() {
            JobDefinition job = parent.job();
            return parent.withContext(DatabaseUse.WRITES, c -> c.getBean(Scheduler.class).run(job, Integer.MAX_VALUE));
        }
    }
}
