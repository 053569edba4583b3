#!/usr/bin/env python3
"""The interactive `claimcheck review` session, driven through a pseudo-terminal: tmux runs the
binary in an 80x24 pane (a private tmux server per test), send-keys types, capture-pane reads the
screen and pipe-pane keeps the raw bytes (to measure every row the program writes). Each test
works on a fresh copy of examples/corpus and checks the screen and the review store (through
`claimcheck review list|history` and `check`).

Needs the built binary (build/release/claimcheck, or $CLAIMCHECK_BINARY) and tmux (installed by
scripts/install-deps.sh); skipped with a message when either is missing."""

import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.environ.get("CLAIMCHECK_BINARY", os.path.join(ROOT, "build", "release", "claimcheck"))
TMUX = shutil.which("tmux")
ENV = {"CLAIMCHECK_REVIEWER": "tester", "CLAIMCHECK_NOW": "2025-09-08T12:00:00Z"}

CSI = re.compile(r"\x1b\[([0-9;?]*)([A-Za-z@])")


def rows_written(raw):
    """The text written after each cursor positioning, escape sequences removed: one entry per row
    the program draws (it positions the cursor before every row)."""
    out = []
    raw = raw.split("\x1b[?1049l")[0]  # what is printed after leaving the session's screen is not drawn
    for piece in re.split(r"\x1b\[\d+;\d+H", raw)[1:]:
        text = CSI.sub("", piece)
        text = text.replace("\r", "").replace("\n", "")
        out.append(text)
    return out


@unittest.skipUnless(os.path.exists(BINARY), f"no claimcheck binary at {BINARY} (build it first)")
@unittest.skipUnless(TMUX, "tmux is not installed (scripts/install-deps.sh installs it): no pseudo-terminal to drive")
class ReviewSession(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="claimcheck-session-")
        shutil.copytree(os.path.join(ROOT, "examples", "corpus"), os.path.join(self.tmp, "corpus"))
        self.sockets = 0
        self.raw = os.path.join(self.tmp, "raw.log")

    def tearDown(self):
        for n in range(1, self.sockets + 1):
            subprocess.run([TMUX, "-S", os.path.join(self.tmp, f"tmux{n}.sock"), "kill-server"],
                           capture_output=True)
        shutil.rmtree(self.tmp, ignore_errors=True)

    # ------------------------------------------------------------------ driving the session

    def tmux(self, *args):
        r = subprocess.run([TMUX, "-S", self.socket, *args], capture_output=True, text=True)
        return r.stdout

    def start(self, args="corpus", width=80, height=24):
        env = " ".join(f"{k}={v}" for k, v in ENV.items())
        # The shell stays (and with it the pane and what the session printed last) and writes the
        # exit status to a file.
        self.sockets += 1  # a server of its own for every session
        self.socket = os.path.join(self.tmp, f"tmux{self.sockets}.sock")
        self.status_file = os.path.join(self.tmp, "status")
        for f in (self.raw, self.status_file):
            if os.path.exists(f):
                os.remove(f)
        command = (f"cd '{self.tmp}' && env {env} '{BINARY}' review {args}; echo $? > '{self.status_file}'; "
                   "sleep 3600")
        subprocess.run([TMUX, "-S", self.socket, "-f", "/dev/null", "new-session", "-d", "-x", str(width),
                        "-y", str(height), "-s", "t", command], check=True)
        self.tmux("pipe-pane", "-t", "t", "-o", f"cat >> '{self.raw}'")
        return self.wait_for("claimcheck review")

    def session_pid(self):
        shell = self.pane("#{pane_pid}")
        r = subprocess.run(["pgrep", "-P", shell], capture_output=True, text=True)
        pids = [int(p) for p in r.stdout.split()]
        self.assertEqual(len(pids), 1, r.stdout)
        return pids[0]

    def screen(self):
        return self.tmux("capture-pane", "-p", "-t", "t")

    def wait_for(self, text, timeout=60):
        deadline = time.time() + timeout
        screen = ""
        while time.time() < deadline:
            screen = self.screen()
            if (text.search(screen) if isinstance(text, re.Pattern) else text in screen):
                return screen
            time.sleep(0.05)
        self.fail(f"timed out waiting for {text!r}; the screen:\n{screen}")

    def keys(self, *keys, literal=False):
        self.tmux("send-keys", "-t", "t", *(["-l"] if literal else []), *keys)

    def everything(self):
        """The pane with its scrollback, wrapped lines joined: what is left after the session."""
        return self.tmux("capture-pane", "-p", "-J", "-S", "-200", "-t", "t")

    def pane(self, fmt):
        return self.tmux("display-message", "-p", "-t", "t", fmt).strip()

    def wait_exit(self, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if os.path.exists(self.status_file):
                with open(self.status_file) as f:
                    text = f.read().strip()
                if text:
                    return int(text)
            time.sleep(0.05)
        self.fail("the session did not end; the screen:\n" + self.screen())

    def fingerprint(self, screen):
        m = re.search(r"fingerprint ([0-9a-f]{32}(?:-\d+)?)", screen)
        self.assertIsNotNone(m, screen)
        return m.group(1)

    def position(self, screen):
        m = re.search(r"claimcheck review +(\d+)/(\d+)", screen)
        self.assertIsNotNone(m, screen)
        return int(m.group(1)), int(m.group(2))

    # ------------------------------------------------------------------ the store, from outside

    def run_cli(self, args):
        return subprocess.run(f"cd '{self.tmp}' && '{BINARY}' {args}", shell=True, capture_output=True,
                              text=True, env={**os.environ, **ENV})

    def reviews(self):
        r = self.run_cli("review list --corpus corpus --format json")
        self.assertEqual(r.returncode, 0, r.stderr)
        return {x["fingerprint"]: x for x in json.loads(r.stdout)}

    def raw_size(self):
        return os.path.getsize(self.raw) if os.path.exists(self.raw) else 0

    def assert_rows_fit(self, width, since=0):
        with open(self.raw, "rb") as f:
            f.seek(since)
            rows = rows_written(f.read().decode("utf-8", errors="replace"))
        self.assertTrue(rows, "no output captured")
        for row in rows:
            self.assertLessEqual(len(row), width, f"a row wider than {width} columns: {row!r}")

    # ------------------------------------------------------------------ the tests

    def test_false_alarm_with_a_note_then_check_passes(self):
        self.assertEqual(self.run_cli("check corpus").returncode, 1)
        screen = self.start()
        self.assertIn("conflict", screen)
        self.assertIn("c confirmed", screen)  # the keys are on screen
        self.assertIn("status: open", screen)
        self.assertRegex(screen, r"1\. \S+ \(\d{4}-\d\d-\d\d\)")  # the first quote, its article and date
        self.assertIn("arithmetic", screen)
        first = self.fingerprint(screen)
        _, total = self.position(screen)
        self.keys("f")
        self.wait_for("false alarm, why?")
        self.keys("m")
        screen = self.wait_for("saved: false-alarm (misparse)")
        self.assertIn("status: false-alarm (misparse)", screen)
        self.keys("e")
        self.wait_for("note: ")
        self.keys("the 2023 meeting was not talks", literal=True)
        self.keys("Enter")
        screen = self.wait_for("saved: note")
        self.assertIn("note: the 2023 meeting was not talks", screen)
        self.keys("End")
        self.assertIn("note: - -> the 2023 meeting was not talks", self.wait_for("history"))
        self.keys("Home")
        # Every other conflict: false alarm too, then quit.
        while True:
            self.keys("Space")
            screen = self.wait_for(re.compile(r"claimcheck review +\d+/"))
            pos, _ = self.position(screen)
            time.sleep(0.1)
            screen = self.screen()
            if "conflict" not in screen.splitlines()[1] or "last finding" in screen:
                break
            self.keys("f")
            self.wait_for("false alarm, why?")
            self.keys("m")
            self.wait_for("saved: false-alarm (misparse)")
        self.keys("q")
        self.assertEqual(self.wait_exit(), 0)
        self.assertIn("change(s) saved", self.everything())  # back on the main screen, the summary printed
        reviews = self.reviews()
        self.assertEqual(reviews[first]["status"], "false-alarm")
        self.assertEqual(reviews[first]["reason"], "misparse")
        self.assertEqual(reviews[first]["note"], "the 2023 meeting was not talks")
        self.assertEqual(reviews[first]["reviewer"], "tester")
        r = self.run_cli("check corpus")
        self.assertEqual(r.returncode, 0, r.stdout)
        self.assert_rows_fit(80)
        self.assertGreater(total, 1)

    def test_undo_writes_the_previous_state_back(self):
        screen = self.start()
        fp = self.fingerprint(screen)
        self.keys("c")
        self.assertIn("status: confirmed", self.wait_for("saved: confirmed"))
        self.keys("u")
        screen = self.wait_for("undone: confirmed")
        self.assertIn("status: open", screen)
        self.keys("q")
        self.assertEqual(self.wait_exit(), 0)
        self.assertEqual(self.reviews()[fp]["status"], "open")
        history = self.run_cli(f"review history {fp} --corpus corpus").stdout
        self.assertIn("status: (none) -> 'confirmed'", history)
        self.assertIn("status: 'confirmed' -> 'open'", history)  # a new change: history stays append-only

    def test_resumes_where_the_reviewer_left_off(self):
        screen = self.start()
        self.keys("Space")
        self.keys("Space")
        screen = self.wait_for(re.compile(r"claimcheck review +3/"))
        third = self.fingerprint(screen)
        self.keys("q")
        self.assertEqual(self.wait_exit(), 0)
        self.tmux("kill-server")
        screen = self.start()
        self.assertEqual(self.position(screen)[0], 3)
        self.assertEqual(self.fingerprint(screen), third)
        # Decide there and move on; the next session starts at the next open finding.
        self.keys("n")
        self.wait_for("saved: needs-research")
        self.keys("Space")
        screen = self.wait_for(re.compile(r"claimcheck review +4/"))
        fourth = self.fingerprint(screen)
        self.keys("q")
        self.assertEqual(self.wait_exit(), 0)
        self.tmux("kill-server")
        screen = self.start()
        self.assertEqual(self.fingerprint(screen), fourth)

    def test_search_and_back(self):
        screen = self.start()
        first = self.fingerprint(screen)
        self.keys("Space")
        self.keys("Space")
        third = self.fingerprint(self.wait_for(re.compile(r"claimcheck review +3/")))
        self.keys("b")
        self.keys("b")
        self.assertEqual(self.fingerprint(self.wait_for(re.compile(r"claimcheck review +1/"))), first)
        self.keys("/")
        self.wait_for("search: /")
        self.keys(third[:12], literal=True)
        self.keys("Enter")
        self.assertEqual(self.fingerprint(self.wait_for(re.compile(r"claimcheck review +3/"))), third)
        self.keys("C-c")  # Ctrl-C leaves cleanly too
        self.assertEqual(self.wait_exit(), 0)
        self.assertIn("change(s) saved", self.everything())

    def test_kill_9_keeps_every_decision(self):
        screen = self.start()
        fp = self.fingerprint(screen)
        pid = self.session_pid()
        self.keys("r")
        self.wait_for("saved: resolved")
        os.kill(pid, signal.SIGKILL)
        self.wait_exit()
        self.assertEqual(self.reviews()[fp]["status"], "resolved")

    def test_sigterm_restores_the_terminal(self):
        screen = self.start()
        pid = self.session_pid()
        os.kill(pid, signal.SIGTERM)
        self.assertEqual(self.wait_exit(), 143)
        self.assertIn("change(s) saved", self.everything())

    def test_fits_80x24_and_redraws_on_resize(self):
        screen = self.start()
        lines = screen.splitlines()
        self.assertLessEqual(len(lines), 24)
        self.assertTrue(lines[-1].strip().startswith("u undo"), screen)
        self.assert_rows_fit(80)
        self.tmux("resize-window", "-t", "t", "-x", "50", "-y", "20")
        screen = self.wait_for(re.compile(r"claimcheck review.*\n(.*\n){18}.*q quit", re.M))
        mark = self.raw_size()
        self.keys("j")
        self.wait_for("[k: up")
        self.assert_rows_fit(50, since=mark)
        self.keys("q")
        self.assertEqual(self.wait_exit(), 0)


@unittest.skipUnless(os.path.exists(BINARY), f"no claimcheck binary at {BINARY} (build it first)")
class ReviewSessionWithoutATerminal(unittest.TestCase):
    def test_refuses_and_points_to_review_set(self):
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copytree(os.path.join(ROOT, "examples", "corpus"), os.path.join(tmp, "corpus"))
            r = subprocess.run([BINARY, "review", "corpus"], cwd=tmp, stdin=subprocess.DEVNULL,
                               capture_output=True, text=True)
            self.assertEqual(r.returncode, 2)
            self.assertIn("needs a terminal", r.stderr)
            self.assertIn("review set", r.stderr)
            self.assertFalse(os.path.exists(os.path.join(tmp, "corpus", ".claimcheck")))


if __name__ == "__main__":
    unittest.main()
