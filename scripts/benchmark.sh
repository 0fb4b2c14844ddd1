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
exec java -Xmx12g -cp "target/test-classes:target/classes:$(cat target/benchmark/classpath.txt)" \
    cn.qingdao.hrss.jiuye.benchmark.Benchmark "$@"
