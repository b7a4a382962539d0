#!/usr/bin/env bash
# Scan benchmark: synthetic repositories of SIZES files (default "100 1000 10000"), full scan
# against the parse-only floor, medians of RUNS (default 5) runs. Generated repositories are
# kept under target/bench/ and reused.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B -Dstyle.color=never test-compile -DskipTests >&2
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
# shellcheck disable=SC2086 # SIZES is a list
java -Xmx1g -Druns="${RUNS:-5}" -cp "$cp" dev.iaclint.bench.ScanBenchmark ${SIZES:-100 1000 10000}
