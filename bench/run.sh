#!/usr/bin/env bash
# Throughput benchmark: `claimcheck extract` (--jobs 1 and all cores) next to grep on the same
# generated corpus, in the same run. See bench/README.md.
#
#   bench/run.sh [--size-mb N] [--runs R] [--binary PATH] [--seed S] [--check]
set -euo pipefail

usage() {
    cat <<'EOF'
usage: bench/run.sh [--size-mb N] [--runs R] [--binary PATH] [--seed S] [--check]
  --size-mb N    corpus size in MB of 10^6 bytes (default 110; 1000 with --check)
  --check        measure `check` against `extract` (both on all cores) instead of extract
                 against grep
  --runs R       measured runs per command, medians reported (default 5; 3 with --check)
  --binary PATH  claimcheck binary (default: build/release/claimcheck in the repo)
  --seed S       corpus seed (default 1)
The corpus is generated into bench/out/corpus-<size>mb-seed<seed>.jsonl and reused while
scripts/gen_corpus.py is unchanged.
EOF
}

here=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
root=$(cd -- "$here/.." && pwd)

size_mb=""
runs=""
mode=extract
seed=1
binary=""

need_value() {
    if [[ $# -lt 2 || -z "$2" ]]; then
        echo "bench/run.sh: $1 needs a value" >&2
        usage >&2
        exit 2
    fi
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --size-mb) need_value "$@"; size_mb=$2; shift 2 ;;
        --size-mb=*) size_mb=${1#*=}; shift ;;
        --runs) need_value "$@"; runs=$2; shift 2 ;;
        --runs=*) runs=${1#*=}; shift ;;
        --binary) need_value "$@"; binary=$2; shift 2 ;;
        --binary=*) binary=${1#*=}; shift ;;
        --seed) need_value "$@"; seed=$2; shift 2 ;;
        --seed=*) seed=${1#*=}; shift ;;
        --check) mode=check; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "bench/run.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
    esac
done

if [[ -z $size_mb ]]; then size_mb=$([[ $mode == check ]] && echo 1000 || echo 110); fi
if [[ -z $runs ]]; then runs=$([[ $mode == check ]] && echo 3 || echo 5); fi
if ! [[ $size_mb =~ ^[0-9]+(\.[0-9]+)?$ ]] || [[ $size_mb =~ ^0+(\.0+)?$ ]]; then
    echo "bench/run.sh: --size-mb must be a positive number, got '$size_mb'" >&2; exit 2
fi
if ! [[ $runs =~ ^[1-9][0-9]*$ ]]; then
    echo "bench/run.sh: --runs must be a positive integer, got '$runs'" >&2; exit 2
fi
if ! [[ $seed =~ ^[0-9]+$ ]]; then
    echo "bench/run.sh: --seed must be a non-negative integer, got '$seed'" >&2; exit 2
fi

# A --binary given on the command line is relative to the caller's directory; the default is
# relative to the repo root.
if [[ -z $binary ]]; then
    binary="$root/build/release/claimcheck"
elif [[ $binary != /* ]]; then
    binary="$PWD/$binary"
fi

cd -- "$root"
out_dir=bench/out
corpus=$out_dir/corpus-${size_mb}mb-seed${seed}.jsonl
stamp=$corpus.stamp
mkdir -p "$out_dir"

# 1. Corpus, cached: regenerated when missing, when size/seed/generator changed, or when the file
#    no longer has the size recorded in the stamp.
generator=scripts/gen_corpus.py
want="size_mb=$size_mb seed=$seed generator=$(sha256sum "$generator" | cut -c1-16)"
have=""
if [[ -f $corpus && -f $stamp ]]; then
    stamp_key=$(sed -n 1p "$stamp")
    stamp_bytes=$(sed -n 2p "$stamp")
    if [[ $stamp_key == "$want" && $stamp_bytes == "$(stat -c %s "$corpus")" ]]; then
        have=$want
    fi
fi
if [[ $have != "$want" ]]; then
    echo "generating $corpus ($size_mb MB, seed $seed) ..."
    rm -f "$stamp"
    python3 "$generator" "$corpus.tmp" --size-mb "$size_mb" --seed "$seed"
    mv -f "$corpus.tmp" "$corpus"
    printf '%s\n%s\n' "$want" "$(stat -c %s "$corpus")" > "$stamp"
fi

# 2. The binary.
if [[ ! -f $binary || ! -x $binary ]]; then
    echo "bench/run.sh: no claimcheck binary at $binary" >&2
    echo "build it first (from $root):" >&2
    echo "    cmake --preset release && cmake --build --preset release -j2" >&2
    echo "or pass --binary PATH" >&2
    exit 2
fi

# 3. Measure.
exec python3 bench/measure.py --corpus "$corpus" --binary "$binary" --runs "$runs" \
    --jobs-all "$(nproc)" --out-dir "$out_dir" --mode "$mode"
