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
 * the table is produced, on H2 and on PostgreSQL. No timing is asserted.
 */
class BenchmarkTest {

    @Test
    void tinyQuarterProducesEveryFigureAndEveryTarget() throws Exception {
        var options = new Benchmark.Options(List.of(200), Path.of("target", "benchmark-test"), "256m", 1_000, 2, 200);
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        List<Benchmark.SizeResult> results = Benchmark.run(options, new PrintStream(log, true, StandardCharsets.UTF_8));

        assertThat(results).hasSize(1);
        Benchmark.SizeResult r = results.get(0);
        assertThat(r.files()).isEqualTo(10);
        assertThat(r.rows()).isEqualTo(2_000);
        assertThat(List.of(r.fastexcelNanos(), r.ownNanos(), r.xssfNanos(), r.copyNanos())).allMatch(n -> n > 0);
        assertThat(List.of(r.fastexcel().cpuNanos(), r.own().cpuNanos())).allMatch(n -> n > 0);
        assertThat(r.xssfFilesTimed()).isEqualTo(5);
        if (Files.isDirectory(Path.of("/proc/self"))) { // Linux: PostgreSQL's processes' CPU time is read
            assertThat(r.pg().serverCpuMillis()).isPositive();
            assertThat(r.copy().serverCpuMillis()).isNotNegative(); // a tiny COPY may take less than a tick
            assertThat(r.stageCpuFloorMillis()).isPositive();
        }
        for (PipelineRun.Result run : List.of(r.h2(), r.pg())) { // the timed runs: no forced collection
            assertThat(run.exit()).isZero();
            assertThat(run.decisions()).isEqualTo(2_000);
            assertThat(run.decisionMonths()).isPositive();
            assertThat(List.of(run.wallNanos(), run.readNanos(), run.decideNanos(), run.reportNanos(),
                    run.afterGcPeak(), run.vmHwm(), run.cpuMillis(), run.uptimeMillis()))
                    .allMatch(n -> n > 0);
            assertThat(run.liveHeapPeak()).isZero();
            assertThat(run.stageCpuMillis()).isPositive();
        }
        assertThat(List.of(r.h2().serverCpuMillis(), r.h2().stageServerCpuMillis()))
                .containsOnly(-1L); // H2 runs inside the pipeline's JVM
        if (Files.isDirectory(Path.of("/proc/self"))) {
            assertThat(r.pg().stageServerCpuMillis()).isNotNegative();
        }
        for (PipelineRun.Result run : List.of(r.h2Memory(), r.pgMemory())) { // the memory runs: a full GC every 200 ms
            assertThat(run.exit()).isZero();
            assertThat(run.decisions()).isEqualTo(2_000);
            assertThat(run.liveHeapPeak()).isPositive();
        }

        ByteArrayOutputStream table = new ByteArrayOutputStream();
        Map<String, Boolean> verdicts = Benchmark.print(results, options, new PrintStream(table, true, StandardCharsets.UTF_8));
        String printed = table.toString(StandardCharsets.UTF_8);
        assertThat(verdicts.keySet()).anyMatch(k -> k.startsWith("T1 ")).anyMatch(k -> k.startsWith("T2 "))
                .anyMatch(k -> k.startsWith("T3 ")).anyMatch(k -> k.startsWith("T4 ")).anyMatch(k -> k.startsWith("T5 "));
        assertThat(printed).contains("raw read, fastexcel-reader", "raw read, own streaming reader",
                "raw read, POI XSSFWorkbook", "H2: run end to end", "PostgreSQL: run end to end",
                "peak live heap", "peak RSS", "cores used", "CPU time, pipeline JVM + database server",
                "PostgreSQL COPY of the run's decision rows", "T1 10 × 200 in core-s", "T2 10 × 200 in core-s")
                .doesNotContain("n/a");
    }
}
