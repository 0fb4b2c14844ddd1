#!/usr/bin/env bash
# The performance benchmark (docs/performance.md): builds the application as the README does
# (mvn package: the unpacked jar and its class-data-sharing archive under target/jiuye-pipeline/) and the
# test classes, then runs cn.qingdao.hrss.jiuye.benchmark.Benchmark on the test class path; its pipeline
# runs are launched from target/jiuye-pipeline/ with @jobs/jvm.options. Extra arguments are passed on,
# e.g. scripts/benchmark.sh --sizes 10000 (default: --sizes 10000,100000).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/benchmark
mvn -B -q package -DskipTests dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/benchmark/classpath.txt
# A fixed heap, every page of it touched at start: the floors then measure the work and not the kernel
# handing the heap its memory as it grows. On a heap left to grow (-Xmx12g alone) the raw write of the
# workbooks takes 4.1 to 11.5 s from run to run, with 30 to 50 s of system CPU; on a fixed, touched heap
# 3.1 to 4.5 s (docs/performance.md).
# BENCHMARK_HEAP sets its size (default 8g: POI's XSSFWorkbook holds a 100,000-row sheet in memory).
heap="${BENCHMARK_HEAP:-8g}"
exec java "-Xms$heap" "-Xmx$heap" -XX:+AlwaysPreTouch -cp "target/test-classes:target/classes:$(cat target/benchmark/classpath.txt)" \
    cn.qingdao.hrss.jiuye.benchmark.Benchmark "$@"
