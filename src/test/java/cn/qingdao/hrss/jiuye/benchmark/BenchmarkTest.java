package cn.qingdao.hrss.jiuye.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The benchmark harness on a tiny quarter (10 × 200 rows), so that it cannot rot: every figure of
 * the table is produced, on H2 and on PostgreSQL. No timing is asserted. The runs are launched from
 * the test class path (the suite runs before {@code mvn package} makes the application).
 */
class BenchmarkTest {

    @Test
    void tinyQuarterProducesEveryFigureAndEveryTarget() throws Exception {
        var options = new Benchmark.Options(List.of(200), Path.of("target", "benchmark-test"), "256m", 1_000, 2, 200, null);
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        Benchmark.Report report = Benchmark.run(options, new PrintStream(log, true, StandardCharsets.UTF_8));

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
            assertThat(run.stages()).containsOnlyKeys(PipelineRun.Stage.values());
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
                "T5 10 × 200: own streaming read ≥ 10 × faster than XSSFWorkbook");
        assertThat(printed).contains("launched from the test class path", "synchronous_commit=on",
                "raw read, fastexcel-reader", "raw read, own streaming reader", "raw read, POI XSSFWorkbook",
                "raw write of the rosters' and feedback workbooks' rows, fastexcel",
                "PostgreSQL COPY of the run's decision rows", "PostgreSQL COPY of the rows the read step stored",
                "H2: run end to end", "H2:   start-up (launch to the job's first step)",
                "PostgreSQL:   read step vs floor: raw read + COPY of the stored rows",
                "PostgreSQL:   decide step vs floor: COPY of the decisions + read-back of the stored rows",
                "PostgreSQL:   report step vs floor: raw write + read-back of the decisions",
                "peak live heap", "peak RSS", "cores used", "CPU time, pipeline JVM + database server")
                .doesNotContain("n/a", "T2");
    }
}
