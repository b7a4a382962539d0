#!/usr/bin/env bash
# Scaling probe: for each dimension (default all: template-resources, template-one-line-json,
# inline-ignores, module-resources, policy-statements, shared-key, files, roots, module-depth,
# plan-count, plan-for_each, plan-modules), inputs of 1x, 4x
# and 16x its base size scanned in one JVM for each report format (FORMATS, default
# json,sarif,text); prints the median wall time of RUNS runs (default 3) and the exponent
# k = log(t16/t4)/log(4) (1.0 linear, 2.0 quadratic). A scan that exits 2 stops the probe.
# Generated inputs are kept under target/bench/scaling/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B -Dstyle.color=never test-compile -DskipTests >&2
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
java -Xmx2g -XX:+UseSerialGC -Druns="${RUNS:-3}" -Dformats="${FORMATS:-json,sarif,text}" -cp "$cp" \
  dev.iaclint.bench.ScalingProbe "$@"
