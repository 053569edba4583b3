#!/usr/bin/env bash
# Quick start: install what is missing, build in Release, and check the bundled example corpus
# (examples/corpus): its findings as compiler-style text. The corpus has planted conflicts, so
# `check` exits with status 1; that is the expected result here.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)" >/dev/null
status=0
build/release/claimcheck check examples/corpus || status=$?
if [[ $status -eq 1 ]]; then
    echo "(exit status 1: the example corpus has planted conflicts, as it should)"
    exit 0
fi
exit "$status"
