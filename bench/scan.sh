#!/usr/bin/env bash
# Scan benchmark: synthetic repositories of SIZES files (default "100 1000 10000").
# 1. In one JVM, after WARMUP runs (default 2): the full scan, its stages and the parse-only
#    floor, medians of RUNS (default 5) runs.
# 2. The command a CI job runs, a fresh JVM each time: bin/iac-lint writing JSON, median wall
#    time of RUNS runs and, where /usr/bin/time exists, the largest resident set.
# SHAPE=realistic generates repositories shaped like real ones (files of about 5.5 KB, mostly not
# Bedrock, with sources, READMEs and settings files beside the code; target/bench/repo-realistic-N)
# instead of small stacks (target/bench/repo-N). Generated repositories are kept and reused.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${RUNS:-5}"
sizes="${SIZES:-100 1000 10000}"
mvn -q -B -Dstyle.color=never test-compile -DskipTests >&2
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
# shellcheck disable=SC2086 # sizes is a list
shape="${SHAPE:-small}"
prefix=$([[ $shape == realistic ]] && echo repo-realistic || echo repo)
java -Xmx1g -Dshape="$shape" -Druns="$runs" -Dwarmup="${WARMUP:-2}" -cp "$cp" dev.iaclint.bench.ScanBenchmark $sizes

bin/iac-lint --version >/dev/null   # builds the jar and its archive when they are stale
for size in $sizes; do
  times=() rss=()
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    status=0
    if [[ -x /usr/bin/time ]]; then
      /usr/bin/time -f '%M' -o target/bench/rss.txt bin/iac-lint --no-config -f json:/dev/null \
        "target/bench/$prefix-$size" >/dev/null 2>&1 || status=$?
      rss+=("$(tail -1 target/bench/rss.txt)")
    else
      bin/iac-lint --no-config -f json:/dev/null "target/bench/$prefix-$size" >/dev/null 2>&1 || status=$?
    fi
    end=$(date +%s%N)
    # Exit 1 means findings, a normal outcome; any other failure is an error, never a figure.
    if [[ $status -ne 0 && $status -ne 1 ]]; then
      echo "the scan of target/bench/$prefix-$size exited $status: not a figure" >&2
      exit 2
    fi
    times+=($(( (end - start) / 1000000 )))
  done
  wall=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  peak=$( ((${#rss[@]})) && printf '%s\n' "${rss[@]}" | sort -n | tail -1 || echo 0)
  printf '%s-%s: bin/iac-lint -f json, a fresh JVM: median %d ms of %d runs; peak resident %d MB\n' \
    "$prefix" "$size" "$wall" "$runs" $((peak / 1024))
done
