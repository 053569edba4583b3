#!/usr/bin/env bash
# Installs the Debian 12 packages claimcheck builds and tests with, if any is missing.
# Run as root (the quick start does); does nothing when everything is already there.
set -euo pipefail

packages=(
  build-essential cmake git python3
  libboost-dev librange-v3-dev libyaml-cpp-dev libgtest-dev libgmock-dev libbenchmark-dev
  libcli11-dev libfmt-dev nlohmann-json3-dev libsimdjson-dev libsqlite3-dev libkainjow-mustache-dev
  libcpp-httplib-dev pkg-config  # claimcheck serve (cpp-httplib, found through pkg-config)
  chromium fonts-dejavu-core
  tmux  # drives the interactive review session in its tests (scripts/test_review_session.py)
  clang-14 libclang-rt-14-dev   # libFuzzer and the sanitizer runtimes (scripts/fuzz.sh)
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi
echo "installing: ${missing[*]}" >&2
if [[ $(id -u) -ne 0 ]]; then
  echo "error: these packages are missing and installing them needs root: ${missing[*]}" >&2
  exit 2
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
