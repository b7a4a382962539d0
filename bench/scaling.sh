#!/usr/bin/env bash
# Scaling probe: for each dimension (default all: template-resources, template-one-line-json,
# inline-ignores, module-resources, policy-statements, shared-key, files, roots, module-depth,
# plan-count, plan-for_each, plan-modules), inputs at each of SCALES times its base size
# (default 1,4,16) scanned for each report format (FORMATS, default json,sarif,text); prints the
# median wall and CPU time of RUNS runs (default 3) and the exponent k between the two largest
# scales, k = log(t16/t4)/log(4) by default (1.0 linear, 2.0 quadratic). A scan that exits 2
# stops the probe. Generated inputs are kept under target/bench/scaling/.
#
# By default the scans run in one JVM after a warm-up. FRESH=1 runs bin/iac-lint, a fresh JVM
# for each scan, as a CI job does; with larger scales the work outweighs the start:
#   FRESH=1 SCALES=16,64 FORMATS=text,sarif bench/scaling.sh template-one-line-json
# (plans are at most 64 MiB: SCALES=12,48 for the plan dimensions).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B -Dstyle.color=never test-compile -DskipTests >&2
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
fresh=()
if [[ -n "${FRESH:-}" ]]; then
  if [[ ! -x /usr/bin/time ]]; then
    echo "$0: FRESH=1 needs GNU time (/usr/bin/time) for CPU times" >&2
    exit 2
  fi
  bin/iac-lint --version >/dev/null   # builds the jar and its start-up archive when they are stale
  fresh=(-Dfresh="$root/bin/iac-lint")
fi
java -Xmx2g -XX:+UseSerialGC -Druns="${RUNS:-3}" -Dformats="${FORMATS:-json,sarif,text}" \
  -Dscales="${SCALES:-1,4,16}" "${fresh[@]}" -cp "$cp" dev.iaclint.bench.ScalingProbe "$@"
