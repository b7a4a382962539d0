#!/usr/bin/env bash
# Compares commands by interleaved rounds: A B C A B C ... RUNS times (default 7), so a change in
# the machine's load falls on every command alike. Prints, per command, the median wall time and
# the median CPU time (user + system, which other processes disturb less), each relative to the
# first command, the median peak resident memory, and the load average before and after. Exit 1
# (findings) is a normal outcome; a run that exits otherwise (2: an input error, or a crash) stops
# the script: it is an error, never a figure.
#
#   bench/interleave.sh 'java -jar old.jar --no-config -f json:/dev/null repo' \
#                       'java -jar target/iac-lint.jar --no-config -f json:/dev/null repo'
set -euo pipefail
if [[ $# -lt 1 ]]; then
  echo "usage: RUNS=N $0 'command A' ['command B' ...]" >&2
  exit 2
fi
if [[ ! -x /usr/bin/time ]]; then
  echo "$0 needs GNU time (/usr/bin/time) for CPU times" >&2
  exit 2
fi
runs="${RUNS:-7}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $runs rounds"
for round in $(seq "$runs"); do
  for i in $(seq 0 $(($# - 1))); do
    command="${@:$((i + 1)):1}"
    status=0
    # Wall time from the clock in milliseconds (GNU time's %e counts hundredths, too coarse for a
    # start-up of 200 ms); CPU time (user + system) and peak memory from GNU time.
    start=$(date +%s%N)
    /usr/bin/time -f "%U %S %M" -o "$dir/time" bash -c "$command" >/dev/null 2>"$dir/err" || status=$?
    end=$(date +%s%N)
    if [[ $status -ne 0 && $status -ne 1 ]]; then
      echo "round $round: '$command' exited $status: not a figure" >&2
      tail -5 "$dir/err" >&2
      exit 2
    fi
    # GNU time writes "Command exited with non-zero status 1" first when the exit is 1: the figures are the last line.
    tail -1 "$dir/time" | awk -v wall=$(( (end - start) / 1000000 )) \
      '{printf "%.3f %.3f %d\n", wall / 1000, $1 + $2, $3}' >> "$dir/$i"
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
base_wall="" base_cpu=""
for i in $(seq 0 $(($# - 1))); do
  wall=$(cut -d' ' -f1 "$dir/$i" | median)
  cpu=$(cut -d' ' -f2 "$dir/$i" | median)
  rss=$(cut -d' ' -f3 "$dir/$i" | median)
  base_wall="${base_wall:-$wall}" base_cpu="${base_cpu:-$cpu}"
  awk -v c="${@:$((i + 1)):1}" -v w="$wall" -v p="$cpu" -v m="$rss" -v bw="$base_wall" -v bp="$base_cpu" \
    'function ratio(a, b) { return b > 0 ? sprintf("x%.2f", a / b) : "x-" }
     BEGIN {printf "median wall %.3f s (%s), CPU %.2f s (%s), peak RSS %.0f MB: %s\n", w, ratio(w, bw), p, ratio(p, bp), m / 1024, c}'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
