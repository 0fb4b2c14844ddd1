package cn.qingdao.hrss.jiuye.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The benchmark harness on a tiny quarter (10 × 200 rows), so that it cannot rot: every figure of
 * the table is produced, on H2 and on PostgreSQL, for the run read by two workers (the same CSV files as
 * the local run) and for the simulation under a reform (every application decided again). No timing is
 * asserted. The runs are launched from the test class path (the suite runs before {@code mvn package}
 * makes the application).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchmarkTest {

    private final Benchmark.Options options = new Benchmark.Options(List.of(200), Path.of("target", "benchmark-test"), "256m",
            1_000, 2, 200, null, 2, EnumSet.allOf(Benchmark.Part.class));
    private Benchmark.Report report;

    /** Every part, once for the class: a benchmark of the tiny quarter takes a few minutes. */
    @BeforeAll
    void benchmarkTheTinyQuarter() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        report = Benchmark.run(options, new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    @Test
    void tinyQuarterProducesEveryFigureAndEveryTarget() throws Exception {
        assertThat(report.server()).contains("synchronous_commit=on", "fsync=on");
        assertThat(report.sizes()).hasSize(1);
        Benchmark.SizeResult r = report.sizes().get(0);
        assertThat(r.files()).isEqualTo(10);
        assertThat(r.rows()).isEqualTo(2_000);
        assertThat(List.of(r.fastexcel().wallNanos(), r.own().wallNanos(), r.xssfNanos(), r.rawWrite().wallNanos(),
                r.copyDecisions().wallNanos(), r.copyStored().wallNanos(), r.readBackStored().wallNanos(),
                r.readBackDecisions().wallNanos())).allMatch(n -> n > 0);
        assertThat(List.of(r.fastexcel().cpuNanos(), r.own().cpuNanos())).allMatch(n -> n > 0);
        assertThat(r.xssfFilesTimed()).isEqualTo(5);
        assertThat(r.copyDecisions().rows()).isEqualTo(2_000);
        assertThat(r.readBackDecisions().rows()).isEqualTo(2_000);
        assertThat(r.readBackStored().rows()).isEqualTo(2_000); // one stored application row per data row
        assertThat(r.copyStored().rows()).isGreaterThan(2_000); // the applications and their field errors
        assertThat(r.rawWrite().files()).isEqualTo(20); // a roster and a feedback workbook per district
        assertThat(r.rawWrite().rows()).isGreaterThan(2_000); // every roster and feedback line, titles and headers
        if (Files.isDirectory(Path.of("/proc/self"))) { // Linux: PostgreSQL's processes' CPU time is read
            assertThat(r.pg().serverCpuMillis()).isPositive();
            assertThat(r.copyDecisions().serverCpuMillis()).isNotNegative(); // a tiny COPY may take less than a tick
        }
        for (PipelineRun.Result run : List.of(r.h2(), r.pg())) { // the timed runs: no forced collection
            assertThat(run.exit()).isZero();
            assertThat(run.decisions()).isEqualTo(2_000);
            assertThat(run.decisionMonths()).isPositive();
            assertThat(run.stages()).containsOnlyKeys(PipelineRun.Stage.READ, PipelineRun.Stage.DECIDE, PipelineRun.Stage.REPORT);
            assertThat(List.of(run.wallNanos(), run.startupNanos(), run.stage(PipelineRun.Stage.READ).nanos(),
                    run.stage(PipelineRun.Stage.DECIDE).nanos(), run.stage(PipelineRun.Stage.REPORT).nanos(),
                    run.afterGcPeak(), run.vmHwm(), run.cpuMillis(), run.uptimeMillis()))
                    .allMatch(n -> n > 0);
            assertThat(run.startupNanos()).isLessThan(run.wallNanos());
            assertThat(run.liveHeapPeak()).isZero();
            assertThat(run.stage(PipelineRun.Stage.DECIDE).cpuMillis()).isPositive();
        }
        assertThat(List.of(r.h2().serverCpuMillis(), r.h2().stage(PipelineRun.Stage.READ).serverCpuMillis()))
                .containsOnly(-1L); // H2 runs inside the pipeline's JVM
        for (PipelineRun.Result run : List.of(r.h2Memory(), r.pgMemory())) { // the memory runs: a full GC every 200 ms
            assertThat(run.exit()).isZero();
            assertThat(run.decisions()).isEqualTo(2_000);
            assertThat(run.liveHeapPeak()).isPositive();
        }

        RemoteRun remote = r.remote(); // run --read-by workers, two worker processes stopped by SIGTERM
        assertThat(remote.run().exit()).isZero();
        assertThat(remote.run().decisions()).isEqualTo(2_000);
        assertThat(remote.run().decisionMonths()).isEqualTo(r.pg().decisionMonths());
        assertThat(remote.sameOutputs()).isTrue();
        assertThat(remote.same()).contains("decisions.csv", "statistics.csv", "submissions.csv");
        assertThat(remote.different()).isEmpty();
        assertThat(remote.workers()).hasSize(2);
        assertThat(remote.workers()).extracting(WorkerProcesses.Worker::exit).containsOnly(WorkerProcesses.SIGTERM_EXIT);
        assertThat(remote.workers().stream().mapToInt(WorkerProcesses.Worker::partitionsRead).sum()).isEqualTo(10);
        assertThat(List.of(remote.run().wallNanos(), remote.run().stage(PipelineRun.Stage.READ).nanos(),
                remote.run().vmHwm(), remote.workers().get(0).vmHwm(), remote.workers().get(1).vmHwm()))
                .allMatch(n -> n > 0);
        assertThat(remote.workersCpuMillis()).isPositive();
        assertThat(Files.readString(remote.workers().get(0).log(), StandardCharsets.ISO_8859_1))
                .contains(WorkerProcesses.READY).contains("stopped");

        for (SimulationRun simulation : List.of(r.simulation(), r.simulationAgain(), r.simulationMemory())) { // simulate under the reform
            assertThat(simulation.result().exit()).isZero();
            assertThat(simulation.result().stages()).containsOnlyKeys(PipelineRun.Stage.SIMULATE);
            assertThat(simulation.result().stage(PipelineRun.Stage.SIMULATE).nanos()).isPositive();
            assertThat(simulation.decided()).isEqualTo(2_000);
            assertThat(simulation.changed()).isPositive().isLessThan(2_000);
        }
        assertThat(r.simulation().changed()).isEqualTo(r.simulationMemory().changed()).isEqualTo(r.simulationAgain().changed());
        assertThat(List.of(r.simulation().result().afterGcPeak(), r.simulation().result().vmHwm(),
                r.simulationMemory().result().liveHeapPeak())).allMatch(n -> n > 0);
        assertThat(r.simulation().result().liveHeapPeak()).isZero();
        assertThat(Files.readString(options.dir().resolve("runs/200/benchmark-reform/flexible/monthly_max.yaml")))
                .contains("2025-02-01:\n    value: 600.00");

        ByteArrayOutputStream table = new ByteArrayOutputStream();
        Map<String, Boolean> verdicts = Benchmark.print(report, options, new PrintStream(table, true, StandardCharsets.UTF_8));
        String printed = table.toString(StandardCharsets.UTF_8);
        assertThat(verdicts.keySet()).containsExactly(
                "T1 10 × 200: PostgreSQL end to end ≤ 2 × (raw read + COPY of decisions + raw write)",
                "T1 10 × 200: PostgreSQL read step ≤ 2 × its floor",
                "T1 10 × 200: PostgreSQL decide step ≤ 2 × its floor",
                "T1 10 × 200: PostgreSQL report step ≤ 2 × its floor",
                "T1 10 × 200: H2 start-up (launch to the job's first step) ≤ 2 s",
                "T1 10 × 200: PostgreSQL start-up (launch to the job's first step) ≤ 2 s",
                "T3 H2: 10 × 200 completes with -Xmx256m",
                "T4 H2: peak live heap, largest ≤ 1.2 × smallest",
                "T3 PostgreSQL: 10 × 200 completes with -Xmx256m",
                "T4 PostgreSQL: peak live heap, largest ≤ 1.2 × smallest",
                "T5 10 × 200: own streaming read ≥ 10 × faster than XSSFWorkbook",
                "Read by workers: the CSV files are those of the local run, at every size",
                "Simulation 10 × 200: its decide step ≤ 1.2 × the run's decide step, the first and again");
        assertThat(verdicts.get("Read by workers: the CSV files are those of the local run, at every size")).isTrue();
        assertThat(printed).contains("launched from the test class path", "synchronous_commit=on",
                "raw read, fastexcel-reader", "raw read, own streaming reader", "raw read, POI XSSFWorkbook",
                "raw write of the rosters' and feedback workbooks' rows, fastexcel",
                "PostgreSQL COPY of the run's decision rows", "PostgreSQL COPY of the rows the read step stored",
                "H2: run end to end", "H2:   start-up (launch to the job's first step)",
                "PostgreSQL:   read step vs floor: raw read + COPY of the stored rows",
                "PostgreSQL:   decide step vs floor: COPY of the decisions + read-back of the stored rows",
                "PostgreSQL:   report step vs floor: raw write + read-back of the decisions",
                "PostgreSQL:   the three stages' floors together vs T1's budget (2 × its floor)",
                "peak live heap", "peak RSS", "cores used", "CPU time, pipeline JVM + database server",
                "PostgreSQL read by 2 workers: run end to end vs the local run (exit code)",
                "PostgreSQL read by 2 workers:   read step vs the local run's",
                "PostgreSQL read by 2 workers:   districts read by each worker (exit code after SIGTERM)",
                "decisions.csv and 2 other CSV file(s) identical",
                "PostgreSQL simulate under a reform:   decide (simulateStep) vs the run's decide step",
                "PostgreSQL simulate under a reform:   the same again, replacing the first: decide vs the run's decide step",
                "PostgreSQL simulate under a reform:   applications decided again / changed",
                Benchmark.fmt("| %,d / %,d", 2_000, r.simulation().changed()),
                "PostgreSQL simulate under a reform:   peak live heap (after full GC), memory run")
                .containsPattern("read step vs the local run's +\\| [0-9.]+ s vs [0-9.]+ s: [-+][0-9.]+ s, [0-9.]+ ×")
                .containsPattern("T1's budget \\(2 × its floor\\) +\\| [0-9.]+ s vs [0-9.]+ s: [0-9]+ %; the run [0-9.]+ × the stages' floors")
                .doesNotContain("n/a", "T2", "DIFFERENT");
    }

    @Test
    void theTableOfSomePartsHasTheirLinesAndTargetsOnly() throws Exception {
        Benchmark.Options remoteAndSimulation = new Benchmark.Options(options.sizes(), options.dir(), options.xmx(),
                options.xssfMaxRows(), options.threads(), options.gcEveryMs(), null, options.workers(),
                EnumSet.of(Benchmark.Part.REMOTE, Benchmark.Part.SIMULATE));
        ByteArrayOutputStream table = new ByteArrayOutputStream();

        Map<String, Boolean> verdicts = Benchmark.print(report, remoteAndSimulation,
                new PrintStream(table, true, StandardCharsets.UTF_8));

        assertThat(verdicts.keySet()).containsExactly(
                "T1 10 × 200: PostgreSQL start-up (launch to the job's first step) ≤ 2 s",
                "Read by workers: the CSV files are those of the local run, at every size",
                "Simulation 10 × 200: its decide step ≤ 1.2 × the run's decide step, the first and again");
        assertThat(table.toString(StandardCharsets.UTF_8)).contains("PostgreSQL:   read step ", "PostgreSQL:   decide step ",
                        "PostgreSQL read by 2 workers:", "PostgreSQL simulate under a reform:")
                .doesNotContain("raw read", "COPY", "H2:", "vs floor", "memory run", "T3", "T4", "T5");
    }

    @Test
    void optionsChooseTheParts() {
        assertThat(Benchmark.Options.parse().parts()).containsExactlyInAnyOrder(Benchmark.Part.values());
        assertThat(Benchmark.Options.parse().workers()).isEqualTo(2);
        assertThat(Benchmark.Options.parse("--no-remote", "--sizes", "1000").parts()).doesNotContain(Benchmark.Part.REMOTE)
                .contains(Benchmark.Part.SIMULATE);
        assertThat(Benchmark.Options.parse("--no-simulate", "--no-remote").parts()).containsExactlyInAnyOrder(
                Benchmark.Part.FLOORS, Benchmark.Part.H2, Benchmark.Part.POSTGRESQL);
        Benchmark.Options remoteOnly = Benchmark.Options.parse("--only", "remote", "--workers", "3");
        assertThat(remoteOnly.parts()).containsExactly(Benchmark.Part.REMOTE);
        assertThat(remoteOnly.workers()).isEqualTo(3);
        assertThat(remoteOnly.postgresRun()).isTrue();
        assertThat(Benchmark.Options.parse("--only", "h2").postgresRun()).isFalse();
        assertThatThrownBy(() -> Benchmark.Options.parse("--only", "remote", "--no-remote"))
                .hasMessageContaining("no part of the benchmark left to run");
        assertThatThrownBy(() -> Benchmark.Options.parse("--only", "workers")).hasMessageContaining("unknown part 'workers'");
    }
}
