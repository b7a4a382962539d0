#!/usr/bin/env bash
# Fuzzes one loader with Jazzer for two minutes (the maxDuration of LoaderFuzzTest's @FuzzTest;
# raise it there for longer runs). TARGET is cloudFormationYaml, cloudFormationJson, hcl or plan
# (default hcl). A crash is written under
# src/test/resources/dev/iaclint/fuzz/LoaderFuzzTestInputs/TARGET/, where the ordinary build
# then replays it: fix the bug, keep the input (renamed) as a seed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
target="${TARGET:-hcl}"
JAZZER_FUZZ=1 mvn -B -Dstyle.color=never test -Dtest="LoaderFuzzTest#$target" -Dsurefire.failIfNoSpecifiedTests=false
