#!/usr/bin/env bash
# Start-up benchmark: the time to scan one small template, which is what a pre-commit hook costs
# on every commit. Prints the median of RUNS runs (default 15) for: the JVM floor
# (java -Xshare:auto -version), a plain `java -jar`, and bin/iac-lint (with the start-up archive
# made at package time: a class-data archive, or an ahead-of-time cache when built by JDK 25+).
# Run from anywhere; builds the jar first if needed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${RUNS:-15}"
template="examples/cloudformation/bedrock-agent.yaml"

bin/iac-lint --version >/dev/null   # builds the jar and the archive when they are stale
# The java that bin/iac-lint runs: JAVA_HOME's, else the PATH's. With JAVA_HOME a JDK 25 or later,
# the build makes and the launcher uses an ahead-of-time cache instead of a class-data archive.
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

median() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    local status=0
    "$@" >/dev/null 2>&1 || status=$?
    end=$(date +%s%N)
    # Exit 1 means findings, a normal outcome; any other failure is an error, never a figure.
    if [[ $status -ne 0 && $status -ne 1 ]]; then
      echo "$* exited $status: not a figure" >&2
      exit 2
    fi
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

floor=$(median "$java" -Xshare:auto -version)
plain=$(median "$java" -jar target/iac-lint.jar "$template")
hook=$(median bin/iac-lint "$template")
echo "machine: $(nproc) cores, $("$java" -version 2>&1 | head -1)"
echo "runs: $runs, one small template ($template)"
printf '%-40s %6s ms\n' "JVM floor (java -Xshare:auto -version)" "$floor" \
  "java -jar target/iac-lint.jar" "$plain" \
  "bin/iac-lint (start-up archive)" "$hook"
awk -v p="$plain" -v h="$hook" 'BEGIN { printf "bin/iac-lint / java -jar: %.2f\n", h / p }'
