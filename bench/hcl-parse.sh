#!/usr/bin/env bash
# HCL parse throughput: a generated ~5 MB .tf file parsed RUNS times (default 15) after a
# warm-up; prints the median in ms and MB/s. Compiles the tests first (no test is run).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B -Dstyle.color=never test-compile -Dmaven.test.skip.exec=true -DskipTests >&2
java -cp target/classes:target/test-classes dev.iaclint.bench.HclParseBenchmark "${RUNS:-15}"
