#!/usr/bin/env bash
# Builds the libFuzzer targets (the `fuzz` preset: clang-14, ASan + UBSan, build/fuzz/) and runs
# each for a bounded time. Fails on a crash, a leak, a timeout (an input slower than
# --timeout seconds) or running out of memory; the input that did it is left in
# build/fuzz/artifacts/<target>/ - add it to fuzz/regressions/<target>/ once fixed.
#
#   scripts/fuzz.sh [--seconds N] [--timeout N] [TARGET...]
#     targets: claims front_matter manifest jsonl rules (default: all)
#     --seconds N  time per target (default 60; env CLAIMCHECK_FUZZ_SECONDS)
#     --timeout N  seconds one input may take (default 10)
#     --no-build   use the binaries already in build/fuzz/fuzz/
#     --fresh      start from the seeds alone (a temporary corpus): the time stays bounded, as
#                  libFuzzer first replays the whole corpus, which grows run after run (CI)
#
# Seeds are the project's fixtures (read in place, never copied); what the fuzzer finds goes to
# build/fuzz/corpus/<target>/, kept between runs.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${CLAIMCHECK_FUZZ_SECONDS:-60}
timeout=10
build=1
fresh=0
targets=()
while (($#)); do
  case $1 in
    --seconds) seconds=$2; shift 2 ;;
    --timeout) timeout=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --fresh) fresh=1; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    claims|front_matter|manifest|jsonl|rules) targets+=("$1"); shift ;;
    *) echo "fuzz.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
((${#targets[@]})) || targets=(claims front_matter manifest jsonl rules)

# The seed folders of each target (as in fuzz/CMakeLists.txt).
declare -A seeds=(
  [claims]="tests/fixtures/claims tests/fixtures/check/corpus examples/corpus"
  [front_matter]="tests/fixtures/ingest/rejects tests/fixtures/ingest/corpus tests/fixtures/check/corpus"
  [manifest]="tests/fixtures/ingest/bad_manifest tests/fixtures/ingest/manifest_dates"
  [jsonl]="tests/fixtures/ingest/corpus"
  [rules]="rules"
)

# Longest input: an article for the extractor (slower per byte), more for the file formats.
declare -A max_len=([claims]=4096 [front_matter]=65536 [manifest]=65536 [jsonl]=65536 [rules]=65536)

if ((build)); then
  jobs=${CLAIMCHECK_JOBS:-$(nproc)}
  ((jobs > 2)) && jobs=2
  start=$SECONDS
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz -j"$jobs"
  echo "fuzz.sh: built in $((SECONDS - start)) s" >&2
fi

# The targets write each input to a file: in memory when /dev/shm is there, removed at the end.
scratch=$(mktemp -d "$( [[ -d /dev/shm ]] && echo /dev/shm || echo "${TMPDIR:-/tmp}")/claimcheck-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

status=0
for t in "${targets[@]}"; do
  bin=build/fuzz/fuzz/fuzz_$t
  corpus=build/fuzz/corpus/$t
  if ((fresh)); then corpus=$scratch/corpus-$t; fi
  artifacts=build/fuzz/artifacts/$t
  mkdir -p "$corpus" "$artifacts"
  dirs=("$corpus")
  for d in ${seeds[$t]}; do [[ -e $d ]] && dirs+=("$d"); done
  [[ -d fuzz/regressions/$t ]] && dirs+=("fuzz/regressions/$t")
  log=build/fuzz/$t.log
  echo "fuzz.sh: $t for ${seconds} s (seeds: ${dirs[*]:1})" >&2
  # -error_exitcode / -timeout_exitcode: a crash, leak, timeout or OOM ends the run non-zero.
  if CLAIMCHECK_FUZZ_SCRATCH=$scratch/$t ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
     "$bin" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2048 -max_len="${max_len[$t]}" \
       -print_final_stats=1 -artifact_prefix="$artifacts/" "${dirs[@]}" >"$log" 2>&1; then
    grep -E "^stat::number_of_executed_units|^Done" "$log" | tr '\n' ' ' >&2 || true
    echo >&2
  else
    status=1
    echo "fuzz.sh: $t FAILED (log: $log, inputs: $artifacts/)" >&2
    grep -E "ERROR|SUMMARY|Test unit written|deadly signal|timeout" "$log" | head -20 >&2 || true
  fi
done
exit $status
