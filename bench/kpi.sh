#!/usr/bin/env bash
# History benchmark: `iac-lint kpi` on a generated repository of FILES files (default 1000) with
# COMMITS commits (default 500), each touching one stack. Prints the median wall time of RUNS
# (default 3) runs of bin/iac-lint kpi in a fresh JVM, what the command says it scanned and
# reused, and one full scan of the newest commit for comparison. The repository is kept under
# target/bench/ and reused.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
files="${FILES:-1000}"
commits="${COMMITS:-500}"
runs="${RUNS:-3}"
repo="target/bench/history-$files-$commits"
if [[ ! -d "$repo/.git" ]]; then
  mvn -q -B -Dstyle.color=never test-compile -DskipTests >&2
  mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2
  rm -rf "$repo"
  java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
    dev.iaclint.bench.HistoryGenerator "$repo" "$files" "$commits"
fi
bin/iac-lint --version >/dev/null   # builds the jar when it is stale
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# Wall time depends on what else the machine runs; CPU time (user + system) much less.
times=() cpu=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f '%U %S' -o target/bench/kpi-cpu.txt \
      bin/iac-lint kpi --since 2000-01-01 -f text:target/bench/kpi.txt -f html:target/bench/kpi.html "$repo" >/dev/null
    cpu+=("$(awk '{printf "%d", ($1 + $2) * 1000}' target/bench/kpi-cpu.txt)")
  else
    bin/iac-lint kpi --since 2000-01-01 -f text:target/bench/kpi.txt -f html:target/bench/kpi.html "$repo" >/dev/null
  fi
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
echo "kpi, $commits commits of $(git -C "$repo" ls-files | wc -l) files: median $(printf '%s\n' "${times[@]}" | median) ms wall of ${times[*]} ms${cpu:+; CPU ${cpu[*]} ms}; load average $(cut -d' ' -f1 /proc/loadavg)"
head -1 target/bench/kpi.txt
start=$(date +%s%N)
status=0
bin/iac-lint --no-config -f json:/dev/null "$repo" >/dev/null 2>&1 || status=$?
end=$(date +%s%N)
if [[ $status -ne 0 && $status -ne 1 ]]; then
  echo "the scan of $repo exited $status: not a figure" >&2
  exit 2
fi
echo "one full scan of the newest commit: $(( (end - start) / 1000000 )) ms"
