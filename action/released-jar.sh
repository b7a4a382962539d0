#!/usr/bin/env bash
# The jar released with the action's ref, when the ref is a release tag (v1.2.3): downloaded
# once into the runner's tool cache, checked against the SHA-256 released beside it, and named
# in the step output `jar`. Any other ref (a branch, a commit) outputs nothing, and bin/iac-lint
# builds iac-lint from the action's source. A jar whose checksum does not match is never run.
#
# Environment: REF (github.action_ref), REPOSITORY (github.action_repository), GITHUB_OUTPUT;
# RELEASES_URL overrides https://github.com/$REPOSITORY/releases/download (tests use file://).
set -euo pipefail

ref="${REF:-}"
if [[ ! "$ref" =~ ^v[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  echo "iac-lint: '${ref}' is not a release tag; building iac-lint from the action's source."
  exit 0
fi
version="${ref#v}"
name="iac-lint-$version.jar"
cache="${RUNNER_TOOL_CACHE:-${RUNNER_TEMP:-${TMPDIR:-/tmp}}}/iac-lint/$version"
url="${RELEASES_URL:-https://github.com/${REPOSITORY:?REPOSITORY is not set}/releases/download}/$ref"

if [[ ! -f "$cache/$name" ]]; then
  download="$(mktemp -d)"
  trap 'rm -rf "$download"' EXIT
  if ! curl -fsSL --retry 3 -o "$download/$name" "$url/$name" \
      || ! curl -fsSL --retry 3 -o "$download/$name.sha256" "$url/$name.sha256"; then
    echo "::notice::iac-lint: no released jar at $url/$name; building iac-lint from the action's source."
    exit 0
  fi
  if ! (cd "$download" && sha256sum --check --status "$name.sha256"); then
    echo "::error::iac-lint: $name does not match its released SHA-256; refusing to run it."
    exit 2
  fi
  mkdir -p "$cache"
  mv "$download/$name" "$cache/$name.partial"
  mv "$cache/$name.partial" "$cache/$name"
fi
echo "iac-lint: running the released $name"
echo "jar=$cache/$name" >>"${GITHUB_OUTPUT:-/dev/stdout}"
