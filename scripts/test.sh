#!/usr/bin/env bash
# Builds and runs every test: the GoogleTest suite (unit tests, annotated grammar fixtures,
# ingest, CLI and CI-output tests, SARIF validated by the SARIF Multitool, the rule fixtures via
# `claimcheck test`, the fuzz regression corpus), the evaluation scripts' own tests, and, when
# ../shared is present, the seed dev set; then the whole GoogleTest suite again under
# AddressSanitizer + UndefinedBehaviorSanitizer (the `asan` preset, build/asan/), and each libFuzzer
# target for a bounded time (scripts/fuzz.sh). Exit status is non-zero on any failure.
#
# Environment: CLAIMCHECK_SANITIZE=0 skips the sanitizer stage, CLAIMCHECK_FUZZ_SECONDS=N sets
# the time per fuzz target (default 20; 0 skips fuzzing), CLAIMCHECK_JOBS=N the build jobs.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${CLAIMCHECK_JOBS:-$(nproc)}
stage() { echo "test.sh: $1 ($((SECONDS - stage_start)) s)" >&2; stage_start=$SECONDS; }
stage_start=$SECONDS

scripts/install-deps.sh
# The SARIF Multitool (pinned, into .cache/) for the SARIF validation test. A failure here is
# not fatal: the test runs the installer again and reports it (or skips itself without npm).
scripts/install-sarif-multitool.sh >/dev/null || true
# playwright-core (pinned, into .cache/, no browser download) drives Debian's chromium in the
# `serve` browser test; without it that test skips, saying so.
[[ -d .cache/playwright/node_modules/playwright-core ]] || scripts/install-playwright.sh >/dev/null || true
cmake --preset release >/dev/null
cmake --build --preset release -j"$jobs"
stage "release build"
ctest --preset release -j"$jobs"
python3 -m unittest discover -s scripts -p 'test_*.py'
python3 scripts/check_seeds.py --binary build/release/claimcheck
stage "release tests"

if [[ ${CLAIMCHECK_SANITIZE:-1} != 0 ]]; then
  cmake --preset asan >/dev/null
  cmake --build --preset asan -j"$jobs"
  stage "sanitizer build"
  ctest --preset asan -j"$jobs"
  stage "sanitizer tests"
fi

fuzz_seconds=${CLAIMCHECK_FUZZ_SECONDS:-20}
if [[ $fuzz_seconds != 0 ]]; then
  scripts/fuzz.sh --fresh --seconds "$fuzz_seconds"
  stage "fuzzing (${fuzz_seconds} s a target)"
fi
