#!/usr/bin/env bash
# Plan scanning: a generated plan of SIZE MB (default 50), written as Terraform writes it (one
# line; SHAPE count, for_each or modules, default count), scanned by bin/iac-lint (the launcher
# users run; HEAP, e.g. 768m, caps the heap) writing a JSON report; prints each run's wall time,
# peak resident memory and CPU time, and the medians over RUNS runs (default 3). Exit 1 (findings) is a normal outcome; a run that
# exits otherwise (2: an input error) stops the script: it is an error, never a figure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
size="${SIZE:-50}"; shape="${SHAPE:-count}"; runs="${RUNS:-3}"
export IAC_LINT_JAVA_OPTS="${HEAP:+-Xmx$HEAP}"
mvn -q -B -Dstyle.color=never -DskipTests package >&2
mvn -q -B -Dstyle.color=never test-compile -DskipTests >&2
plan="target/bench/plan-${shape}-${size}mb.json"
[[ -f "$plan" ]] || java -cp target/test-classes dev.iaclint.bench.PlanGenerator "$plan" "$size" "$shape"
echo "plan: $plan, $(du -m "$plan" | cut -f1) MB on $(wc -l < "$plan") line(s), heap ${HEAP:-as the JVM sizes it}, $runs runs, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
figures=target/bench/plan-load-figures.txt
: > "$figures"
for _ in $(seq "$runs"); do
  status=0
  /usr/bin/time -f "%e %M %U %S" -o target/bench/time.txt \
    bin/iac-lint --no-config -f json:target/bench/plan-report.json "$plan" || status=$?
  if [[ $status -ne 0 && $status -ne 1 ]]; then
    echo "the scan exited $status: not a figure" >&2
    exit 2
  fi
  # GNU time puts "Command exited with non-zero status 1" before the figures: keep the last line.
  tail -1 target/bench/time.txt | tee -a "$figures" | awk -v s="$status" '{printf "run: %.2f s, peak RSS %.0f MB, CPU %.2f s, exit %d\n", $1, $2/1024, $3+$4, s}'
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
seconds=$(cut -d' ' -f1 "$figures" | median)
rss=$(cut -d' ' -f2 "$figures" | median)
cpu=$(awk '{print $3 + $4}' "$figures" | median)
awk -v t="$seconds" -v m="$rss" -v c="$cpu" 'BEGIN {printf "median: %.2f s, peak RSS %.0f MB, CPU %.2f s\n", t, m / 1024, c}'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
