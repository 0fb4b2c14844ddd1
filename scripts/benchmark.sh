#!/usr/bin/env bash
# The performance benchmark (README "Performance", issue 5): builds the classes, then runs
# cn.qingdao.hrss.jiuye.benchmark.Benchmark on the test class path. Extra arguments are passed on,
# e.g. scripts/benchmark.sh --sizes 10000 (default: --sizes 10000,100000).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/benchmark
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/benchmark/classpath.txt
exec java -Xmx12g -cp "target/test-classes:target/classes:$(cat target/benchmark/classpath.txt)" \
    cn.qingdao.hrss.jiuye.benchmark.Benchmark "$@"
