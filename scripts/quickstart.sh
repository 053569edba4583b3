#!/usr/bin/env bash
# Quick start: install what is missing, build in Release, and extract the claims of the bundled
# example corpus (examples/corpus) as compiler-style text.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)" >/dev/null
exec build/release/claimcheck extract examples/corpus --format text
