#!/usr/bin/env bash
# Plan loading: a generated plan of SIZE MB (default 50) scanned by the jar with a heap capped
# at HEAP (default 512m); prints wall time and peak resident memory, median of RUNS (default 3).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
size="${SIZE:-50}"; heap="${HEAP:-512m}"; runs="${RUNS:-3}"
mvn -q -B -Dstyle.color=never -DskipTests package >&2
mvn -q -B -Dstyle.color=never test-compile -DskipTests >&2
plan="target/bench/plan-${size}mb.json"
[[ -f "$plan" ]] || java -cp target/test-classes dev.iaclint.bench.PlanGenerator "$plan" "$size"
echo "plan: $plan, $(du -m "$plan" | cut -f1) MB, heap -Xmx$heap, $runs runs, $(nproc) cores"
for _ in $(seq "$runs"); do
  /usr/bin/time -f "%e %M" -o target/bench/time.txt \
    java -Xmx"$heap" -jar target/iac-lint.jar --no-config -f json:target/bench/plan-report.json "$plan" || true
  cat target/bench/time.txt
done | sort -n | awk '{t[NR]=$1; m[NR]=$2} END {i=int((NR+1)/2); printf "median: %.2f s, peak RSS %.0f MB\n", t[i], m[i]/1024}'
