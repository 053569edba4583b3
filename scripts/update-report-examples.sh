#!/usr/bin/env bash
# Regenerates reports/examples/ (the reports of the example corpus and the README's screenshot)
# with the release binary. The test report.examples_are_up_to_date compares them byte for byte.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/release/claimcheck}
mkdir -p reports/examples
"$bin" report examples/corpus -o reports/examples/report.html
"$bin" report examples/corpus -o reports/examples/report.md
for c in chromium chromium-browser; do
  if command -v "$c" >/dev/null; then
    "$c" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars --window-size=1280,1400 \
      --virtual-time-budget=5000 --screenshot="$PWD/reports/examples/report.png" \
      "file://$PWD/reports/examples/report.html" >/dev/null 2>&1
    break
  fi
done
