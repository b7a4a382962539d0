#!/usr/bin/env bash
# Heap per byte of JSON for loading a plan: generated plans of SIZE MB (default 50) in each of
# SHAPES (default "count modules"), as bench/plan-load.sh writes them, each loaded once by the
# plan loader in a JVM of its own (serial collector, small young generation, so that the live
# heap is sampled often). Prints what the loaded unit keeps and the most the heap held during
# the load, in bytes of heap per byte of JSON. JAR (default the one `mvn package` builds) picks
# the build to measure, so that two builds can be compared.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
size="${SIZE:-50}"
mvn -q -B -Dstyle.color=never -DskipTests package >&2
mvn -q -B -Dstyle.color=never test-compile -DskipTests >&2
jar="${JAR:-target/iac-lint.jar}"
for shape in ${SHAPES:-count modules}; do
  plan="target/bench/plan-${shape}-${size}mb.json"
  [[ -f "$plan" ]] || java -cp target/test-classes dev.iaclint.bench.PlanGenerator "$plan" "$size" "$shape"
  java -XX:+UseSerialGC -Xmn16m -Xmx${HEAP:-3g} -cp "$jar:target/test-classes" dev.iaclint.bench.PlanMemoryBenchmark "$plan"
done
