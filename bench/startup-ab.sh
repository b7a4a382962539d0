#!/usr/bin/env bash
# Start-up, two builds compared: bin/iac-lint scanning one small template with the jar of build A,
# then of build B, alternately, RUNS times (default 21). Each build is a folder holding the
# iac-lint.jar and iac-lint.classlist that `mvn package` leaves in target/ (copy target/ away
# before changing the code); each jar gets a class-data archive dumped for its own path, as the
# build makes one. Prints the load average and, per build, the median wall time and the median
# CPU time (user + system) of the whole process: on a shared machine the CPU time is the steadier.
#
#   bench/startup-ab.sh /tmp/before /tmp/after
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${RUNS:-21}"
template="${TEMPLATE:-examples/cloudformation/bedrock-agent.yaml}"
if [[ $# -ne 2 ]]; then
  echo "usage: $0 BUILD_A BUILD_B (folders with iac-lint.jar and iac-lint.classlist)" >&2
  exit 2
fi
builds=("$(cd "$1" && pwd)" "$(cd "$2" && pwd)")
for build in "${builds[@]}"; do
  java -Xshare:dump -XX:SharedClassListFile="$build/iac-lint.classlist" -XX:SharedArchiveFile="$build/iac-lint.jsa" \
    -Xlog:cds=off -cp "$build/iac-lint.jar" >/dev/null
done

figures="$(mktemp)"
trap 'rm -f "$figures" "$figures.time"' EXIT
for _ in $(seq "$runs"); do
  for i in 0 1; do
    status=0
    IAC_LINT_JAR="${builds[$i]}/iac-lint.jar" /usr/bin/time -f '%e %U %S' -o "$figures.time" \
      bin/iac-lint "$template" >/dev/null 2>&1 || status=$?
    # Exit 1 means findings, a normal outcome; any other failure is an error, never a figure.
    if [[ $status -ne 0 && $status -ne 1 ]]; then
      echo "build ${builds[$i]} exited $status: not a figure" >&2
      exit 2
    fi
    tail -1 "$figures.time" | awk -v b="$i" '{printf "%d %d %d\n", b, $1 * 1000, ($2 + $3) * 1000}' >>"$figures"
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "runs: $runs each, alternately, bin/iac-lint $template"
for i in 0 1; do
  wall=$(awk -v b="$i" '$1 == b {print $2}' "$figures" | median)
  cpu=$(awk -v b="$i" '$1 == b {print $3}' "$figures" | median)
  printf '%s  %s: median wall %d ms, CPU %d ms\n' "$([[ $i == 0 ]] && echo A || echo B)" "${builds[$i]}" "$wall" "$cpu"
done
