#!/usr/bin/env bash
# Installs the SARIF Multitool (Microsoft's validator for SARIF logs, with GitHub's ingestion
# rules) into .cache/sarif-multitool/, for the test that validates `claimcheck check --format
# sarif`. A pinned version, from the npm registry, with the machine's npm; the folder is
# git-ignored. Does nothing when that version is already there. Prints the tool's path.
# Exit status: 0 installed (or already there), 3 when npm is not available (the test is then
# skipped), anything else on a failed install.
set -euo pipefail
cd "$(dirname "$0")/.."

version=5.7.0
prefix=.cache/sarif-multitool
tool=$prefix/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
manifest=$prefix/node_modules/@microsoft/sarif-multitool-linux/package.json

if [[ -f $tool && -f $manifest ]] && grep -q "\"version\": \"$version\"" "$manifest"; then
  chmod u+x "$tool"
  echo "$PWD/$tool"
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "install-sarif-multitool: npm is not available; the SARIF validation test will be skipped" >&2
  exit 3
fi
mkdir -p "$prefix"
# A package.json of its own, so that npm installs here and not into a parent folder's project.
[[ -f $prefix/package.json ]] || echo '{"name": "claimcheck-sarif-multitool", "private": true}' >"$prefix/package.json"
echo "install-sarif-multitool: installing @microsoft/sarif-multitool-linux@$version into $prefix" >&2
npm install --prefix "$prefix" --no-audit --no-fund --no-save --no-package-lock --loglevel=error \
  "@microsoft/sarif-multitool-linux@$version" >&2
# The package's postinstall makes the binary executable; npm may be set to skip install scripts.
chmod u+x "$tool"
echo "$PWD/$tool"
