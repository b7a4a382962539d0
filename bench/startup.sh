#!/usr/bin/env bash
# Start-up benchmark: the time to scan one small template, which is what a pre-commit hook costs
# on every commit. Prints the median of RUNS runs (default 15) for: the JVM floor
# (java -Xshare:auto -version), a plain `java -jar`, and bin/iac-lint (with the class-data
# sharing archive made at package time). Run from anywhere; builds the jar first if needed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${RUNS:-15}"
template="examples/cloudformation/bedrock-agent.yaml"

bin/iac-lint --version >/dev/null   # builds the jar and the archive when they are stale

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

floor=$(median java -Xshare:auto -version)
plain=$(median java -jar target/iac-lint.jar "$template")
hook=$(median bin/iac-lint "$template")
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "runs: $runs, one small template ($template)"
printf '%-40s %6s ms\n' "JVM floor (java -Xshare:auto -version)" "$floor" \
  "java -jar target/iac-lint.jar" "$plain" \
  "bin/iac-lint (AppCDS archive)" "$hook"
awk -v p="$plain" -v h="$hook" 'BEGIN { printf "bin/iac-lint / java -jar: %.2f\n", h / p }'
