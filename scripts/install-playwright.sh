#!/usr/bin/env bash
# Installs playwright-core (no browser download) into the git-ignored .cache/playwright, for the
# browser test of `claimcheck serve` (tests/unit/serve_test.cpp drives Debian's /usr/bin/chromium
# with it; the test is skipped, saying so, when it is missing). Needs node and npm (Debian: nodejs, npm).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .cache/playwright
npm install --prefix .cache/playwright --no-audit --no-fund --silent playwright-core@1.40.1
