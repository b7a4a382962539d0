#!/usr/bin/env bash
# What the GitHub Action scans: every path in PATHS, or on a pull request with CHANGED_ONLY=true
# only the infrastructure files the pull request adds, changes or deletes under those paths.
#
# Environment:
#   PATHS         paths to scan, one a line (or, on one line, separated by spaces)
#   CHANGED_ONLY  "true" to scan only what changed against BASE_REF
#   BASE_REF      the branch the pull request merges into (GITHUB_BASE_REF); empty: scan PATHS
#   TARGETS_FILE  where to write the targets, NUL-separated (names may hold spaces or newlines)
#   REMOTE        the remote to fetch BASE_REF from (default origin)
#
# A shallow checkout (actions/checkout's default) has no merge base: the history is deepened
# until it has one, and when none can be found every path is scanned, with a notice saying so.
# Never a silent "nothing changed" because git failed.
set -euo pipefail

remote="${REMOTE:-origin}"
: "${TARGETS_FILE:?TARGETS_FILE must name the file to write the targets to}"

paths=()
if [[ "${PATHS:-.}" == *$'\n'* ]]; then
  while IFS= read -r line; do
    [[ -n "${line// /}" ]] && paths+=("$line")
  done <<<"${PATHS}"
else
  read -r -a paths <<<"${PATHS:-.}"
fi
[[ ${#paths[@]} -gt 0 ]] || paths=(.)

write_targets() {
  : >"$TARGETS_FILE"
  local target
  for target in "$@"; do
    printf '%s\0' "$target" >>"$TARGETS_FILE"
  done
}

scan_everything() {
  write_targets "${paths[@]}"
  printf 'Scanning:'
  printf ' %q' "${paths[@]}"
  printf '\n'
  exit 0
}

if [[ "${CHANGED_ONLY:-false}" != "true" || -z "${BASE_REF:-}" ]]; then
  scan_everything
fi

# The merge base of the pull request, fetching the base branch and deepening a shallow
# history as far as it takes.
merge_base() {
  git merge-base "$remote/$BASE_REF" HEAD 2>/dev/null
}
if ! git fetch --no-tags --quiet "$remote" "+refs/heads/$BASE_REF:refs/remotes/$remote/$BASE_REF" 2>/dev/null; then
  echo "::notice::iac-lint: cannot fetch $BASE_REF from $remote; scanning every path instead of the changed files."
  scan_everything
fi
base=""
if ! base="$(merge_base)"; then
  for depth in 50 500; do
    git fetch --no-tags --quiet --deepen="$depth" "$remote" "$BASE_REF" 2>/dev/null || true
    base="$(merge_base)" && break || base=""
  done
  if [[ -z "$base" && "$(git rev-parse --is-shallow-repository)" == "true" ]]; then
    git fetch --no-tags --quiet --unshallow "$remote" 2>/dev/null || true
    base="$(merge_base)" || base=""
  fi
fi
if [[ -z "$base" ]]; then
  echo "::notice::iac-lint: no merge base with $remote/$BASE_REF; scanning every path instead of the changed files."
  scan_everything
fi

# Whether a file lies under one of the paths to scan.
inside_paths() {
  local file="$1" path
  for path in "${paths[@]}"; do
    path="${path#./}"
    path="${path%/}"
    if [[ -z "$path" || "$path" == "." || "$file" == "$path" || "$file" == "$path/"* ]]; then
      return 0
    fi
  done
  return 1
}

declare -A seen=()
targets=()
add() {
  if [[ -z "${seen[$1]:-}" ]]; then
    seen[$1]=1
    targets+=("$1")
  fi
}

while IFS= read -r -d '' status && IFS= read -r -d '' file; do
  inside_paths "$file" || continue
  folder="$(dirname -- "$file")"
  case "$file" in
    *.tfvars | *.tfvars.json)
      # Variable values change what every configuration of the folder deploys.
      [[ -d "$folder" ]] && add "$folder" ;;
    *.tf | *.tf.json)
      # A deleted file changes its module: the folder is scanned if it still exists.
      if [[ "$status" == D ]]; then
        [[ -d "$folder" ]] && add "$folder"
      else
        add "$file"
      fi ;;
    *.yaml | *.yml | *.json | *.template)
      [[ "$status" == D ]] || add "$file" ;;
  esac
done < <(git diff -z --no-renames --name-status --diff-filter=ACMRD "$base" HEAD)

if [[ ${#targets[@]} -eq 0 ]]; then
  write_targets
  printf 'No infrastructure file changed under'
  printf ' %q' "${paths[@]}"
  printf ': nothing to scan.\n'
  exit 0
fi
write_targets "${targets[@]}"
printf 'Scanning %d changed path(s):' "${#targets[@]}"
printf ' %q' "${targets[@]}"
printf '\n'
