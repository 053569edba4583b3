#!/usr/bin/env python3
"""The seed dev set: runs `claimcheck extract` and `claimcheck check` on ../shared/seeds (five
real articles and their manifest, kept outside the project) and checks the claims the extraction
issue lists, with their values, and the findings the engine issue's acceptance lists. Prints one
line per check and a closing 'N passed, M failed' line; exits 1 on a failure. Skips (exit 0) when
the seeds are not there."""

import argparse
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def period(text):
    """'1945' -> (1945-01-01, 1945-12-31); '2017-09' -> the month; '2017-09-15' -> the day."""
    import calendar
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return f"{parts[0]:04d}-01-01", f"{parts[0]:04d}-12-31"
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return f"{parts[0]:04d}-{parts[1]:02d}-01", f"{parts[0]:04d}-{parts[1]:02d}-{last:02d}"
    return text, text


def within(iv, p):
    lo, hi = period(p)
    return iv and iv.get("from") and iv.get("to") and lo <= iv["from"] and iv["to"] <= hi


def contains(iv, p):
    lo, hi = period(p)
    return iv and (iv.get("from") is None or iv["from"] <= hi) and (iv.get("to") is None or iv["to"] >= lo)


def time_is(claim, p):
    t = claim.get("time") or {}
    return (t.get("from"), t.get("to")) == period(p)


# (article prefix, kind, text fragment, description, predicate on the claim)
CHECKS = [
    ("000", "anniversary", "75th anniversary", "founding 1948", lambda c: within(c.get("implies"), "1948")),
    ("000", "anniversary", "75th birthday", "founding 1948", lambda c: within(c.get("implies"), "1948")),
    ("000", "first_in_interval", "first international commercial flight in three years", "previous ~2020",
     lambda c: contains(c.get("implies"), "2020") and c["duration"]["amount"] == 3 and c["anchor"]["source"] == "sentence"),
    ("000", "elapsed", "less than two months", "less_than 2 months",
     lambda c: c["duration"]["modifier"] == "less_than" and c["duration"]["amount"] == 2 and c["duration"]["unit"] == "month"),
    ("000", "elapsed", "since early 2020", "since early 2020",
     lambda c: c["time"]["part"] == "early" and c["time"]["timex"] == "2020"),
    ("001", "anniversary", "80th anniversary", "founding 1945", lambda c: within(c.get("implies"), "1945")),
    ("001", "first_in_interval", "first in-person talks in six years", "previous ~2019",
     lambda c: contains(c.get("implies"), "2019") and c["duration"]["amount"] == 6),
    ("001", "first_since", "for the first time since 2018", "since 2018", lambda c: time_is(c, "2018")),
    ("001", "elapsed", "just over a month after", "just over a month",
     lambda c: c["duration"]["modifier"] == "more_than" and c["duration"].get("hedge") == "just_over"
     and contains(c.get("implies"), "2025-09-03")),
    ("002", "first_in_interval", "in more than a year", "more_than 1 year, at or before late 2016",
     lambda c: c["duration"]["modifier"] == "more_than" and c["implies"]["to"] <= "2016-12-31"
     and contains(c.get("implies"), "2016-10")),
    ("002", "first_since", "since late October last year", "late October 2016",
     lambda c: within(c["time"], "2016-10") and c["time"]["from"] >= "2016-10-15"),
    ("002", "elapsed", "in about two years", "about 2 years -> ~late 2015",
     lambda c: c["duration"]["modifier"] == "about" and contains(c.get("implies"), "2015-10")),
    ("002", "dated_event", "In October 2015", "October 2015", lambda c: time_is(c, "2015-10")),
    ("002", "anniversary", "70th anniversary", "founding 1945, anchored on October 2015",
     lambda c: within(c.get("implies"), "1945") and c["anchor"]["source"] == "sentence"),
    ("002", None, "Sept. 15", "2017-09-15", lambda c: (c.get("time") or {}).get("from") == "2017-09-15"),
    ("002", "dated_event", "two months ago", "September 2017", lambda c: contains(c.get("implies"), "2017-09")
     and (c.get("time") or {}).get("from", "").startswith("2017-09")),
    ("002", "dated_event", "late 2011", "late 2011", lambda c: c["time"]["part"] == "late" and c["time"]["timex"] == "2011"),
    ("002", "dated_event", "Oct. 25", "2017-10-25", lambda c: time_is(c, "2017-10-25")),
    ("003", "anniversary", "80th anniversary", "founding 1945", lambda c: within(c.get("implies"), "1945")),
    ("003", "dated_event", "in September", "September 2025", lambda c: time_is(c, "2025-09")),
    ("004", "anniversary", "75th anniversary", "every 75th anniversary -> 1949", None),
]


def cites(finding, *prefixes):
    arts = {c["article"][:3] for c in finding["claims"]}
    return all(p in arts for p in prefixes)


def resolved(report, prefix, key):
    return any(c["article"].startswith(prefix) and (c["resolution"] or {}).get("key") == key
               for c in report["claims"])


def finding(report, kind, rule, key, pred=lambda f: True):
    return any(f["kind"] == kind and (rule is None or f["rule"] == rule) and f["event"] == key and pred(f)
               for f in report["findings"])


def agrees(report, key, prefix):
    """a corroboration or compatible finding within one article (the gap checks)"""
    return any(f["kind"] in ("corroboration", "compatible") and f["event"] == key and cites(f, prefix)
               for f in report["findings"])


# `claimcheck check` on the seeds: (description, predicate on the JSON report)
FINDINGS = [
    ("Workers' Party of Korea founded in 1945, corroborated by 001, 002 and 003",
     lambda r: finding(r, "corroboration", "event-date", "founding(Workers' Party of Korea)",
                       lambda f: cites(f, "001", "002", "003") and within(f["implied"], "1945"))),
    ("000: North Korea's founding resolved (1948)",
     lambda r: resolved(r, "000", "founding(North Korea)") and any(
         c["article"].startswith("000") and c["event"] == "founding(North Korea)" and within(c["implied"], "1948")
         for c in r["claims"])),
    ("004: China-North Korea relations resolved (1949)",
     lambda r: resolved(r, "004", "relations(China, North Korea)") and all(
         within(c["implied"], "1949") for c in r["claims"]
         if c["article"].startswith("004") and c["event"] == "relations(China, North Korea)")),
    ("Kim's September 2025 visit to China corroborated by 001 and 003",
     lambda r: finding(r, "corroboration", "occurrence-agreement", "visit(Kim Jong Un → China)",
                       lambda f: cites(f, "001", "003") and contains(f["implied"], "2025-09"))),
    ("002: 'more than a year' agrees with the late-October-2016 visit",
     lambda r: agrees(r, "visit(senior official of China → North Korea)", "002")),
    ("002: 'about two years' agrees with the October 2015 talks",
     lambda r: agrees(r, "meeting(Kim Jong Un, senior official of China)", "002")),
    ("no conflict among the seeds",
     lambda r: not any(f["kind"] == "conflict" for f in r["findings"])),
]


def check_findings(binary, seeds):
    out = subprocess.run([binary, "check", str(seeds), "--format", "json", "--explain"],
                         capture_output=True, text=True)
    if out.returncode not in (0, 1):
        print(out.stderr, file=sys.stderr)
        print("FAIL claimcheck check failed")
        return 0, 1
    report = json.loads(out.stdout)
    passed = failed = 0
    for what, predicate in FINDINGS:
        ok = bool(predicate(report))
        passed += ok
        failed += not ok
        print(f"{'ok  ' if ok else 'FAIL'} check: {what}")
    if failed:
        for f in report["findings"]:
            if f["kind"] in ("conflict", "corroboration", "compatible"):
                print("      finding:", f["kind"], f["event"], f["message"][:160])
    return passed, failed


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--binary", default=str(ROOT / "build/release/claimcheck"))
    ap.add_argument("--seeds", default=str(ROOT.parent / "shared/seeds"))
    args = ap.parse_args()
    seeds = pathlib.Path(args.seeds)
    if not (seeds / "manifest.yaml").exists():
        print(f"seed dev set: {seeds} not found, skipped")
        return 0
    out = subprocess.run([args.binary, "extract", str(seeds), "--format", "jsonl"],
                         capture_output=True, text=True)
    if out.returncode != 0:
        print(out.stderr, file=sys.stderr)
        print("seed dev set: claimcheck extract failed")
        return 1
    claims = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    passed = failed = 0
    for prefix, kind, fragment, what, predicate in CHECKS:
        found = [c for c in claims if c["article"].startswith(prefix) and fragment in c["text"]
                 and (kind is None or c["kind"] == kind)]
        if predicate is None:  # every matching claim must imply 1949
            ok = len(found) >= 2 and all(within(c.get("implies"), "1949") for c in found)
        else:
            ok = any(predicate(c) for c in found)
        status = "ok  " if ok else "FAIL"
        passed += ok
        failed += not ok
        print(f"{status} {prefix} {kind or 'any'} \"{fragment}\": {what}")
        if not ok:
            for c in found or [c for c in claims if c["article"].startswith(prefix) and fragment in c["text"]]:
                print("      got:", json.dumps(c))
            if not found:
                print("      got: no such claim")
    more_passed, more_failed = check_findings(args.binary, seeds)
    passed += more_passed
    failed += more_failed
    print(f"seeds: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
