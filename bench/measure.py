#!/usr/bin/env python3
"""Throughput and peak-RSS benchmark of `claimcheck extract` against grep, or (--mode check) of
`claimcheck check` against `extract` (called by bench/run.sh).

    bench/measure.py --corpus FILE --binary PATH [--runs R] [--jobs-all N] [--out-dir DIR]
                     [--mode extract|check]

--mode check runs, interleaved, `extract FILE --jobs N > /dev/null` and `check FILE --jobs N
--format json --fail-on never > /dev/null`, and prints the engine's share (check over extract,
target: check takes less than 20% longer) and check's peak RSS next to the corpus size.

Commands, each run R times, interleaved (grep, extract --jobs 1, extract --jobs N, grep, ...)
so that they share the machine's noise:
  grep      LC_ALL=C grep -ciE 'anniversary|first|since|years?' FILE
  extract   PATH extract FILE --format jsonl --jobs 1 > /dev/null
  extract   PATH extract FILE --format jsonl --jobs N > /dev/null

Every run is launched by a tiny C program (embedded below, compiled once with cc into OUT_DIR)
that takes CLOCK_MONOTONIC around fork/exec/wait4 and reports the child's ru_maxrss, so wall
time and peak RSS come from the same run and each run is measured on its own. Why not fork from
Python: Linux folds the launching process's memory high-water mark into the child's ru_maxrss
at exec, so a child of this script "peaks" at this script's own RSS (~10-30 MB), and a fresh
Python wrapper still has a ~9 MB floor. Without a C compiler the script falls back to
os.wait4 from Python and says so. The launcher's floor is printed (peak RSS of `true`).
grep's output goes to a pipe, never to /dev/null: GNU grep notices a /dev/null stdout and
stops at the first match, even with -c.
Before the measured runs, each command runs once unmeasured (warms the page cache): that run
gives the grep count, the claim count (the --jobs 1 output is kept in OUT_DIR/claims.jsonl),
and whether --jobs N prints exactly the same bytes as --jobs 1.

Prints a plain-text report; MB = 10^6 bytes. Exits 1 if any command fails.
"""

import argparse
import hashlib
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time

GREP_PATTERN = "anniversary|first|since|years?"
TARGET_PERCENT = 25.0


class CommandFailed(Exception):
    pass


RUNNER_C = r"""
/* bench/measure.py launcher: runner RESULT_FILE CMD [ARGS...]
   Runs CMD, writes "<wall ns> <ru_maxrss KiB> <exit code or 128+signal>" to RESULT_FILE,
   exits with the same code. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 3) {
        fputs("usage: runner RESULT_FILE CMD [ARGS...]\n", stderr);
        return 125;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        return 125;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        fprintf(stderr, "%s: %s\n", argv[2], strerror(errno));
        _exit(127);
    }
    int status = 0;
    struct rusage ru;
    while (wait4(pid, &status, 0, &ru) < 0) {
        if (errno != EINTR) {
            perror("wait4");
            return 125;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    long long ns = (long long)(t1.tv_sec - t0.tv_sec) * 1000000000LL + (t1.tv_nsec - t0.tv_nsec);
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    FILE *f = fopen(argv[1], "w");
    if (!f || fprintf(f, "%lld %ld %d\n", ns, ru.ru_maxrss, code) < 0 || fclose(f) != 0) {
        perror(argv[1]);
        return 125;
    }
    return code;
}
"""


def build_runner(out_dir):
    """Compiles RUNNER_C into out_dir (cached by source hash); returns its path or None."""
    digest = hashlib.sha256(RUNNER_C.encode()).hexdigest()[:12]
    exe = os.path.join(out_dir, f"rusage-runner-{digest}")
    if os.access(exe, os.X_OK):
        return exe
    src = exe + ".c"
    with open(src, "w") as f:
        f.write(RUNNER_C)
    for cc in (os.environ.get("CC"), "cc", "gcc", "clang"):
        if not cc:
            continue
        try:
            r = subprocess.run([cc, "-O2", "-o", exe + ".tmp", src], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
        except OSError:
            continue
        if r.returncode == 0:
            os.replace(exe + ".tmp", exe)
            return exe
    return None


class Launcher:
    def __init__(self, runner, scratch_dir):
        self.runner = runner  # None: fork from Python (peak RSS includes this script's floor)
        self.result = os.path.join(scratch_dir, f"runner-result-{os.getpid()}.txt")

    def describe(self):
        if self.runner:
            return "C launcher (fork/exec/wait4, CLOCK_MONOTONIC)"
        return ("Python os.wait4 (no C compiler found: peak RSS includes this script's own RSS, "
                "see the floor)")

    def run(self, label, argv, env=None, ok_codes=(0,), stdout_path=None, consume=None):
        """Runs argv; returns (wall seconds, peak RSS bytes).

        stdout goes to /dev/null, to stdout_path, or (when consume is given) to a pipe whose
        chunks are passed to consume(bytes)."""
        full = [self.runner, self.result] + list(argv) if self.runner else list(argv)
        with tempfile.TemporaryFile() as err:
            if consume is not None:
                out = subprocess.PIPE
            elif stdout_path is not None:
                out = open(stdout_path, "wb")
            else:
                out = subprocess.DEVNULL
            try:
                start = time.perf_counter()
                proc = subprocess.Popen(full, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                        env=env)
                if consume is not None:
                    read = proc.stdout.read
                    while True:
                        chunk = read(1 << 20)
                        if not chunk:
                            break
                        consume(chunk)
                _, status, usage = os.wait4(proc.pid, 0)
                wall = time.perf_counter() - start
            finally:
                if consume is None and stdout_path is not None:
                    out.close()
            code = os.waitstatus_to_exitcode(status)
            proc.returncode = code  # already reaped: keep Popen from waiting again
            if proc.stdout is not None:
                proc.stdout.close()
            maxrss_kib = usage.ru_maxrss
            if self.runner:
                try:
                    with open(self.result) as f:
                        ns, maxrss_kib, code = (int(x) for x in f.read().split())
                    os.unlink(self.result)
                    wall = ns / 1e9
                except (OSError, ValueError):
                    code = code or 125  # the launcher itself failed
            if code not in ok_codes:
                err.seek(0)
                tail = err.read()[-2000:].decode("utf-8", "replace")
                raise CommandFailed(f"{label} failed (exit status {code}): {shlex.join(argv)}\n"
                                    f"{tail}")
        # Linux reports ru_maxrss in KiB.
        return wall, maxrss_kib * 1024


class LineHasher:
    def __init__(self):
        self.sha = hashlib.sha256()
        self.lines = 0
        self.size = 0

    def __call__(self, chunk):
        self.sha.update(chunk)
        self.lines += chunk.count(b"\n")
        self.size += len(chunk)


def count_lines(path):
    n = 0
    with open(path, "rb") as f:
        while True:
            chunk = f.read(1 << 22)
            if not chunk:
                return n
            n += chunk.count(b"\n")


def hash_file(path):
    h = LineHasher()
    with open(path, "rb") as f:
        while True:
            chunk = f.read(1 << 22)
            if not chunk:
                return h
            h(chunk)


def print_table(labels, walls, rss, mb):
    """One line per command: median, MB/s, peak RSS, min and max; returns the medians."""
    print(f"{'command':<24} {'median s':>9} {'MB/s':>9} {'peak RSS MB':>12} {'min s':>8} {'max s':>8}")
    medians = {}
    for label in labels:
        med = statistics.median(walls[label])
        medians[label] = med
        mbps = mb / med if med > 0 else float("inf")
        print(f"{label:<24} {med:>9.3f} {mbps:>9.1f} {max(rss[label]) / 1e6:>12.1f} "
              f"{min(walls[label]):>8.3f} {max(walls[label]):>8.3f}")
    return medians


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--binary", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--jobs-all", type=int, default=os.cpu_count() or 1,
                    help="--jobs value of the all-cores run (default: CPU count)")
    ap.add_argument("--out-dir", default=None, help="where to keep claims.jsonl (default: corpus dir)")
    ap.add_argument("--mode", choices=("extract", "check"), default="extract")
    args = ap.parse_args(argv)
    if args.runs < 1:
        ap.error("--runs must be >= 1")
    if args.jobs_all < 1:
        ap.error("--jobs-all must be >= 1")
    out_dir = args.out_dir or os.path.dirname(os.path.abspath(args.corpus))
    os.makedirs(out_dir, exist_ok=True)

    if args.mode == "check":
        return measure_check(args, out_dir)
    corpus = args.corpus
    size = os.path.getsize(corpus)
    articles = count_lines(corpus)
    mb = size / 1e6

    grep_env = dict(os.environ, LC_ALL="C")
    grep_argv = ["grep", "-ciE", GREP_PATTERN, corpus]

    def extract_argv(jobs):
        return [args.binary, "extract", corpus, "--format", "jsonl", "--jobs", str(jobs)]

    # (label, argv, env, ok exit codes, consume stdout through a pipe?)
    commands = [
        ("grep -ciE ...", grep_argv, grep_env, (0, 1), True),  # 1 = no line matched
        ("extract --jobs 1", extract_argv(1), None, (0,), False),
        (f"extract --jobs {args.jobs_all}" + (" (all)" if args.jobs_all == 1 else ""),
         extract_argv(args.jobs_all), None, (0,), False),
    ]

    print(f"corpus: {corpus} {mb:.1f} MB, {articles} articles")
    print(f"binary: {args.binary}")
    sys.stdout.flush()

    launcher = Launcher(build_runner(out_dir), out_dir)
    run_once = launcher.run
    try:
        floor = max(run_once("true", ["true"])[1] for _ in range(3))
        # Warm-up: one unmeasured run of each command, which also gives the counts.
        chunks = []
        run_once(commands[0][0], grep_argv, env=grep_env, ok_codes=(0, 1), consume=chunks.append)
        grep_count = b"".join(chunks).decode().strip()
        claims_path = os.path.join(out_dir, "claims.jsonl")
        run_once(commands[1][0], extract_argv(1), stdout_path=claims_path)
        jobs1 = hash_file(claims_path)
        jobsn = LineHasher()
        run_once(commands[2][0], extract_argv(args.jobs_all), consume=jobsn)

        walls = {c[0]: [] for c in commands}
        rss = {c[0]: [] for c in commands}
        sink = lambda chunk: None  # noqa: E731
        for _ in range(args.runs):
            for label, cmd, env, ok, piped in commands:
                w, m = run_once(label, cmd, env=env, ok_codes=ok, consume=sink if piped else None)
                walls[label].append(w)
                rss[label].append(m)
    except CommandFailed as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1

    print(f"runs: {args.runs} per command, interleaved, after one warm-up run each; "
          f"medians of wall time; MB = 10^6 bytes")
    print(f"grep: LC_ALL=C grep -ciE '{GREP_PATTERN}' (output to a pipe)")
    print(f"launcher: {launcher.describe()}; RSS floor {floor / 1e6:.1f} MB (peak RSS of `true`)")
    medians = print_table([c[0] for c in commands], walls, rss, mb)

    g, j1, jn = (c[0] for c in commands)
    ratio = 100.0 * medians[g] / medians[j1] if medians[j1] > 0 else float("inf")
    verdict = "met" if ratio >= TARGET_PERCENT else "not met"
    print(f"extract --jobs 1 / grep: {ratio:.1f}% (target >= {TARGET_PERCENT:.0f}%: {verdict})")
    speedup = medians[j1] / medians[jn] if medians[jn] > 0 else float("inf")
    print(f"extract --jobs {args.jobs_all} / --jobs 1: {speedup:.2f}x")
    print(f"grep matching lines: {grep_count}")
    print(f"claims: {jobs1.lines} ({os.path.relpath(claims_path)})")
    same = jobs1.size == jobsn.size and jobs1.sha.digest() == jobsn.sha.digest()
    print(f"--jobs {args.jobs_all} output identical to --jobs 1: {'yes' if same else 'NO'}")
    return 0


CHECK_OVERHEAD_TARGET = 20.0


def measure_check(args, out_dir):
    corpus = args.corpus
    size = os.path.getsize(corpus)
    mb = size / 1e6
    jobs = str(args.jobs_all)
    commands = [
        (f"extract --jobs {jobs}", [args.binary, "extract", corpus, "--format", "jsonl", "--jobs", jobs]),
        (f"check --jobs {jobs}", [args.binary, "check", corpus, "--format", "json", "--fail-on", "never",
                                  "--jobs", jobs]),
    ]
    print(f"corpus: {corpus} {mb:.1f} MB, {count_lines(corpus)} articles")
    print(f"binary: {args.binary}")
    sys.stdout.flush()
    launcher = Launcher(build_runner(out_dir), out_dir)
    summary = {}
    try:
        floor = max(launcher.run("true", ["true"])[1] for _ in range(3))
        report = os.path.join(out_dir, "check.json")
        launcher.run("check (warm-up)", commands[1][1], stdout_path=report)
        import json
        with open(report) as f:
            summary = json.load(f)["summary"]
        walls = {c[0]: [] for c in commands}
        rss = {c[0]: [] for c in commands}
        for _ in range(args.runs):
            for label, cmd in commands:
                w, m = launcher.run(label, cmd)
                walls[label].append(w)
                rss[label].append(m)
    except (CommandFailed, OSError, ValueError, KeyError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    print(f"runs: {args.runs} per command, interleaved, after one warm-up run of check; medians of wall "
          f"time; MB = 10^6 bytes")
    print(f"launcher: {launcher.describe()}; RSS floor {floor / 1e6:.1f} MB (peak RSS of `true`)")
    medians = print_table([c[0] for c in commands], walls, rss, mb)
    ex, ck = (c[0] for c in commands)
    overhead = 100.0 * (medians[ck] - medians[ex]) / medians[ex]
    verdict = "met" if overhead < CHECK_OVERHEAD_TARGET else "not met"
    print(f"engine share: check takes {overhead:+.1f}% over extract (target < {CHECK_OVERHEAD_TARGET:.0f}%: {verdict})")
    peak = max(rss[ck])
    print(f"check peak RSS: {peak / 1e6:.1f} MB = {100.0 * peak / size:.1f}% of the corpus size")
    print("check summary: " + ", ".join(f"{k} {v}" for k, v in summary.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
