#!/usr/bin/env bash
# Fuzzes one loader with Jazzer for a while: TARGET is cloudFormationYaml, cloudFormationJson,
# hcl or plan (default hcl); DURATION a Jazzer duration such as 10m (default 5m). A crash is
# written under src/test/resources/dev/iaclint/fuzz/LoaderFuzzTestInputs/TARGET/, where the
# ordinary build then replays it: fix the bug, keep the input as a fixture.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
target="${TARGET:-hcl}"
JAZZER_FUZZ=1 mvn -B -Dstyle.color=never test -Dtest="LoaderFuzzTest#$target" \
  -DargLine="-Djazzer.max_duration=${DURATION:-5m}" -Dsurefire.failIfNoSpecifiedTests=false
