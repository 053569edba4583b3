#!/usr/bin/env python3
"""Score claimcheck's grammar against test cases taken from peer systems' test suites.

Runs `claimcheck expr --batch` once over ../shared/eval/peer-cases.jsonl (documented in
../shared/eval/PEER-CASES.md) and prints, per kind and suite, the share of cases where claimcheck
reports a mention whose span AND normalized value match the suite's expectation. Each suite's
expectation is converted from that suite's own notation; nothing in the case file is rewritten.

    scripts/peer_eval.py                       # all cases, summary tables
    scripts/peer_eval.py --kind date --suite RT --failures
    scripts/peer_eval.py --json > peer.json    # machine-readable summary
    scripts/peer_eval.py --strict              # exit 1 if a target kind is below its target

Targets (from the issue): >= 90% on number, ordinal, duration, duration-modified, date,
date-partial and since-after; >= 80% on relative-date. Other kinds are listed without targets.

How a case is scored
====================
A case is *matched* when claimcheck reports a mention
  (1) whose span equals the suite's span, compared case-insensitively, with runs of whitespace
      collapsed, trailing punctuation ignored, and a leading placing preposition/article ignored
      on either side ("in", "on", "at", "during", "the", repeatedly: "at the end of year" ==
      "end of year"). "a"/"an" are never stripped: in "a month" the article is the amount.
      Cases whose span is null but are not negatives (one chrono case: "the test asserts only
      the date") skip the span check.
  (2) whose value satisfies one of the *alternatives* the suite's expectation converts to
      (see "Conversions" below). Several alternatives exist when the suite gives two readings
      (RT FutureResolution/PastResolution) or its notation is ambiguous between two readings.

Spans are compared as text: the case file gives no offsets, so when a text holds the same
expression twice either occurrence counts. Some suites annotate nested expressions ("more than
60 days" inside "no more than 60 days", same text); claimcheck reports maximal, non-overlapping
mentions, so such a pair cannot both match. They are scored like any other case, and listed
under the tables (and as "nested" in --json) so that the ceiling they impose is visible.

Negatives (expected no results) are matched when claimcheck reports no mention of a type that is
inside the suite's scope: Recognizers-Text DateTimeModel and HeidelTime tag dates and durations,
so a `time` or `duration` mention fails the case; chrono parses dates only, so only a `time`
mention fails ("5 days" is a legitimate duration for claimcheck). `number`/`ordinal` mentions are
always allowed: none of the negatives comes from a number model, and "I have twenty-one coins"
legitimately contains a number.

Comparing with claimcheck's output
----------------------------------
* number: type number, value within 1e-6 relative. ordinal: type ordinal, equal integer.
* duration: compared as a (months, days) vector, from claimcheck's `timex` (ISO-8601 duration),
  or amount+unit when the timex does not parse: day=1d, week=7d, month=1m, quarter=3m,
  year=12m, decade=120m, century=1200m. Components must agree within 1e-6. A vague suite value
  ("PXY") needs a vague claimcheck duration (timex "PX<unit>" or modifier vague) with the same
  ISO designator. A vague claimcheck duration that still carries a length ("several weeks" ->
  P3W, modifier vague) is also compared by that length, for suites that write vague quantities
  as numbers (RT: several/some/few = 3). Modifiers are compared only where the suite encodes
  them (RT Mod/mod, SUTime mod); there a missing suite modifier means "exact", and claimcheck's
  exact/vague both count as "no modifier". HeidelTime's tests do not check mod and Duckling
  drops approximations, so those suites' durations are compared on length only.
* time: claimcheck's `timex` is normalized (upper case; SUTime decade/century "195X"/"19XX" ->
  "195"/"19"; TIMEX BC prefix "BC0190" -> ISO astronomical year "-0189"; BC decades/centuries
  "BC199"/"BC01" -> "-199"/"-01" without shifting) and compared as a label. Concrete labels
  (day, ISO week, month, quarter, half, year, decade, century) also give a period, so an expected
  interval can match either claimcheck's from..to or the period of its timex. Seasons are
  compared by label only (conventions for season boundaries differ).
  - relation: plain dates need relation "at" (explicit ranges: "at" or "from"). Open intervals
    are matched on their anchor (claimcheck's timex) plus a relation *family*.
  - part: early==begin, late==end (no suite distinguishes "early X" from "beginning of X").
    Where the suite encodes parts (RT mod start/mid/end, SUTime EARLY/MID/LATE) a missing part
    means "whole period"; HeidelTime's tests do not check mod, so its parts are not compared.
  - underspecified values (no reference date): the suite's X positions must be X in claimcheck's
    timex ("XXXX-10-02" == "XXXX-10-02"), except that a two-digit year whose century is left open
    ("XX10-02-19", SUTime) accepts any century: the century is unknown because of the two-digit
    year, not because of a missing reference date, and windowing it is a refinement.

Conversions (one converter per suite schema)
---------------------------------------------
Recognizers-Text (RT)
  * number model: resolution.value (string) -> number; ordinal model: value -> ordinal.
    ordinal.relative ("current+1") and numberrange ("(20,35]") have no claimcheck
    representation: such cases are counted and never match.
  * parser files {type, timex, mod, FutureResolution, PastResolution} and model files
    {type_name, values[{timex, Mod, value|start/end}]} are read into the same form: a timex, a
    modifier and a list of readings (Future/Past, or one per value). Either reading is accepted.
  * date: the reading's day (the 0001-01-01 / "not resolved" sentinels are skipped), or
    claimcheck's timex equal to RT's timex (RT's own normalized value, e.g. invalid "XXXX-02-30").
    Mod approx ("around the 21st") is ignored: claimcheck's time schema has no approximation.
  * daterange: Mod start/mid/end -> part early/mid/late of the period named by the timex (RT's
    part boundaries vary between its own test files - "end of 2000" is Sep-Dec in one and
    Jul-Dec in another - so the part is compared, not its boundaries; equality of claimcheck's
    from..to with RT's sub-interval is accepted as well).
    Mod before/after/since/until and compounds ("since-end") -> relation + anchor (the timex,
    with the part). RT's backward mods are not used consistently with English ("until April
    27th" -> before, "as late as tomorrow" -> until, "no later than" -> before), so before/until
    accept claimcheck's backward family {before, until, by}; forward: after -> {after},
    since -> {since, from}.
    Without Mod: the readings' intervals, which are the period meant (RT's timex may name the
    containing unit - "later this week" = 2018-W48 - or a day - "the week beginning February
    4" = XXXX-02-04); the timex as a label only when there is no reading ("2016-SU"). RT
    interval ends are exclusive ("2016-11" is 2016-11-01..2016-12-01), but in its default-mode
    "A to B" ranges the
    end is the *start of the last named unit* ("from May to Oct 2020" -> end 2020-10-01, P5M;
    "from 4 to 22 this month" -> end 11-22, P18D). The notation does not say which, so a range
    (a,b,PnU) accepts to = b-1day or to = b+1U-1day (U = the smallest unit of the duration).
    A timex whose year is XXXX ("XXXX-08", bare "SU") with a reference date stands for the
    nearest past and the nearest future occurrence (RT's Past/FutureResolution; restricted to
    the years the readings touch when there are readings); both labels are accepted.
  * duration: timex ("P1Y1M21D", "P0.5Y") -> vector; Mod/mod more/less/approx -> more_than /
    less_than / about. "P3WE" (weekends) and "P1BD" (business days) have no claimcheck unit:
    only an identical timex matches.
  * set: claimcheck has no set type; a mention on the span whose timex equals RT's matches.
Duckling
  * number/ordinal: value. duration: value+unit -> vector. Duckling writes compound durations in
    the smallest unit and uses 30-day months for "a month and a half" (= 45 days), so a
    day-valued expectation also accepts claimcheck months*30 (+ days).
  * time value {value, grain}: the grain period starting at value: day "YYYY-MM-DD", week -> ISO
    week label (Duckling weeks start on Monday), month, quarter, year (negative years are BC:
    "-2014" = 2014 BC). Precision must therefore equal the grain ("last week" = the week, not a
    day in it; "two years ago" with grain month is the month, which claimcheck's day does not
    match).
  * time interval {from, to}: `to` is exclusive, so the interval is from..to-1day. Matched by
    claimcheck's from..to, or - because Duckling has no part modifiers and writes parts as
    intervals - by the unit+part its interval encodes (its fixed part intervals: days 1-10 /
    11-20 / 21-end of a month = early/mid/late month; Jan-Mar / Sep-Dec = early/late year;
    Mon-Wed / Fri-Sun = early/late week), or, for its astronomical season intervals (from about
    Mar 20, Jun 21, Sep 23, Dec 21, about three months long), by the season label.
  * open intervals: only `from` (since/after) -> anchor = from's grain period, relation in
    {since, after, from}; only `to` (before/through) -> relation in {before, until, by}.
HeidelTime (TIMEX3 value)
  * "P..." -> duration (mod not tested upstream, so not compared); kind set -> set label.
  * concrete values -> label ("199" decade, "18" century, "2001-Q3", "BC0190"); part not
    compared. Values with X -> pattern. A value that is *entirely* unknown ("XXXX",
    "XXXX-XX-XX") is HeidelTime's placeholder for a relative expression without a DCT; its
    granularity is not meaningful (with a DCT the same "a year ago" is a day), so any
    unresolved claimcheck time mention matches. PAST_REF/FUTURE_REF likewise.
  * value null (the interval tests): there is no normalized value; the case is matched on the
    span alone (a time mention covering exactly the suite's span).
SUTime (TIMEX3 attributes)
  * DURATION: value -> vector, mod MORE_THAN/LESS_THAN/EQUAL_OR_LESS/EQUAL_OR_MORE/APPROX ->
    more_than/less_than/at_most/at_least/about; a range alt_value "P2M/P3M" accepts any length
    within it.
  * DATE value: label (+ mod EARLY/MID/LATE as part); "a/b" -> ISO interval, both ends
    inclusive. alt_value (SUTime's unresolved temporal function) -> its granularity and known
    fields: "OFFSET P-2D" = a day; "THIS P1W OFFSET P-1W" = a week; "... INTERSECT XXXX-08" =
    "XXXX-08"; "THIS WI" = "XXXX-WI"; "P1W-#3" = a week; a 4-digit year operand restricts the
    period to that year. claimcheck must report that precision (and those fields), unresolved
    when there is no reference date.
  * SET: claimcheck has no set type; a mention whose timex equals value or periodicity matches.
chrono
  * {start:{year,month,day}, certain}: a point with certainty flags. Only the certain components
    are compared; when `certain` is absent the test asserted all three. The case matches when
    the period claimcheck claims (from..to for "at"; the day after the anchor onwards for
    "after", the anchor onwards for since/from, up to the anchor for before/until/by) contains a
    day with those components. chrono represents a period by a point inside it ("last week" =
    reference - 7 days), so containment is the conversion; for a day-precision mention it is
    equality.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile

# ----------------------------------------------------------------------------- constants

SUITES = ["Recognizers-Text", "Duckling", "HeidelTime", "SUTime", "chrono"]
SUITE_HEADERS = {"Recognizers-Text": "RT", "Duckling": "Duckling", "HeidelTime": "HeidelTime",
                 "SUTime": "SUTime", "chrono": "chrono"}
SUITE_ALIASES = {
    "rt": "Recognizers-Text", "recognizers-text": "Recognizers-Text",
    "recognizers": "Recognizers-Text",
    "dk": "Duckling", "duckling": "Duckling",
    "ht": "HeidelTime", "heideltime": "HeidelTime",
    "su": "SUTime", "sutime": "SUTime",
    "ch": "chrono", "chrono": "chrono",
}
TARGETS = {
    "number": 0.90, "ordinal": 0.90, "duration": 0.90, "duration-modified": 0.90,
    "date": 0.90, "date-partial": 0.90, "since-after": 0.90, "relative-date": 0.80,
}
OTHER_KINDS = ["set", "holiday", "date-range", "number-range", "ordinal-relative", "negative"]

FORWARD = frozenset({"since", "after", "from"})
BACKWARD = frozenset({"before", "until", "by"})
AT = frozenset({"at"})
RANGE_RELATIONS = frozenset({"at", "from"})
ANY = "*"

PART_FAMILY = {None: None, "whole": None, "early": "early", "begin": "early", "start": "early",
               "mid": "mid", "middle": "mid", "late": "late", "end": "late"}
SEASONS = ("SP", "SU", "FA", "WI")

# ----------------------------------------------------------------------------- dates

ONE_DAY = dt.timedelta(days=1)


def parse_date(s):
    """'YYYY-MM-DD' (anything after the day ignored) -> date, else None."""
    if not isinstance(s, str):
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", s)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def month_end(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def iso_week_label(d):
    y, w, _ = d.isocalendar()
    return "%04d-W%02d" % (y, w)


def period_of_label(label):
    """Concrete normalized label -> (start, end inclusive, precision), or None.

    Seasons and anything with X return None (compared as labels only)."""
    if not label or "X" in label:
        return None
    try:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", label)
        if m:
            d = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return d, d, "day"
        m = re.fullmatch(r"(\d{4})-(\d{2})", label)
        if m:
            y, mo = int(m.group(1)), int(m.group(2))
            return dt.date(y, mo, 1), month_end(y, mo), "month"
        m = re.fullmatch(r"(\d{4})", label)
        if m and int(label) > 0:
            y = int(label)
            return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
        m = re.fullmatch(r"(\d{3})", label)
        if m and int(label) > 0:
            y = int(label) * 10
            return dt.date(y, 1, 1), dt.date(y + 9, 12, 31), "decade"
        m = re.fullmatch(r"(\d{2})", label)
        if m:
            y = int(label) * 100
            return dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31), "century"
        m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", label)
        if m:
            start = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            if m.group(3):
                return start + 5 * ONE_DAY, start + 6 * ONE_DAY, "weekend"
            return start, start + 6 * ONE_DAY, "week"
        m = re.fullmatch(r"(\d{4})-Q([1-4])", label)
        if m:
            y, q = int(m.group(1)), int(m.group(2))
            return dt.date(y, 3 * q - 2, 1), month_end(y, 3 * q), "quarter"
        m = re.fullmatch(r"(\d{4})-H([12])", label)
        if m:
            y, h = int(m.group(1)), int(m.group(2))
            return dt.date(y, 6 * h - 5, 1), month_end(y, 6 * h), "half"
    except ValueError:
        return None
    return None


def normalize_label(timex):
    """A TIMEX3-style value in any suite's spelling -> one canonical spelling (see module doc)."""
    if timex is None:
        return None
    s = str(timex).strip().upper()
    if not s:
        return None
    m = re.fullmatch(r"BC(\d+)(.*)", s)
    if m:
        digits, rest = m.group(1), m.group(2)
        if len(digits) == 4:  # a year: 1 BC is astronomical year 0
            s = "-%04d%s" % (int(digits) - 1, rest) if int(digits) > 1 else "0000" + rest
        else:                 # decade/century of BC years: keep the digits
            s = "-" + digits + rest
    m = re.fullmatch(r"(-?\d{3})X", s)     # SUTime decade "195X"
    if m:
        s = m.group(1)
    m = re.fullmatch(r"(-?\d{2})XX", s)    # SUTime century "19XX"
    if m:
        s = m.group(1)
    if s in SEASONS:                       # RT bare season "SU": year unspecified
        s = "XXXX-" + s
    return s


def label_year_unknown(label):
    return bool(label) and "X" in label[:4]


def xpattern_match(pattern, ours):
    """Pattern with X's vs claimcheck's label: X must be X, other characters equal; a two-digit
    year with open century ('XX10-...') accepts any century digits."""
    if ours is None or len(pattern) != len(ours):
        return False
    open_century = bool(re.match(r"XX\d\d", pattern))
    for i, (p, o) in enumerate(zip(pattern, ours)):
        if p == "X":
            if o == "X" or (open_century and i < 2 and o.isdigit()):
                continue
            return False
        if p != o:
            return False
    return True


def fully_unknown(label):
    """'XXXX', 'XXXX-XX', 'XXXX-XX-XX', 'XXXX-WXX': no field is known."""
    return bool(label) and re.fullmatch(r"X{4}(-W?X{2})*", label) is not None


def xxxx_candidates(label, ref):
    """RT's two readings of a year-less label: the nearest occurrence starting on/before the
    reference date and the nearest starting on/after it."""
    if ref is None or not label.startswith("XXXX") or "X" in label[4:]:
        return set()
    rest = label[4:]
    starts = {}
    for y in range(ref.year - 2, ref.year + 3):
        lab = "%04d%s" % (y, rest)
        per = period_of_label(lab)
        if per is None:
            m = re.fullmatch(r"-(SP|SU|FA|WI)", rest)
            if not m:
                return set()
            month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m.group(1)]
            per = (dt.date(y, month, 1), None, "season")
        starts[lab] = per[0]
    past = [lab for lab, s in starts.items() if s <= ref]
    future = [lab for lab, s in starts.items() if s >= ref]
    out = set()
    if past:
        out.add(max(past, key=lambda lab: starts[lab]))
    if future:
        out.add(min(future, key=lambda lab: starts[lab]))
    return out


# ----------------------------------------------------------------------------- durations

UNIT_VECTOR = {"day": (0, 1), "week": (0, 7), "month": (1, 0), "quarter": (3, 0),
               "year": (12, 0), "decade": (120, 0), "century": (1200, 0)}
UNIT_DESIGNATOR = {"day": "D", "week": "W", "month": "M", "quarter": "M", "year": "Y",
                   "decade": "Y", "century": "Y"}
DUR_RE = re.compile(r"P(?:(\d+(?:\.\d+)?|X)Y)?(?:(\d+(?:\.\d+)?|X)M)?(?:(\d+(?:\.\d+)?|X)W)?"
                    r"(?:(\d+(?:\.\d+)?|X)D)?")


def parse_iso_duration(s):
    """'P1Y1M21D' -> ((13, 21), None); 'PXY' -> (None, 'Y'); unparsable ('P3WE', 'PT2H') -> None."""
    if not isinstance(s, str):
        return None
    s = s.strip().upper()
    m = DUR_RE.fullmatch(s)
    if not m or s == "P":
        return None
    y, mo, w, d = m.groups()
    fields = [("Y", y), ("M", mo), ("W", w), ("D", d)]
    vague = [k for k, v in fields if v == "X"]
    if vague:
        return None, vague[0]
    months = 12 * float(y or 0) + float(mo or 0)
    days = 7 * float(w or 0) + float(d or 0)
    return (months, days), None


def smallest_designator(s):
    """Smallest unit of an ISO duration: 'P5Y1M12D' -> 'D'."""
    m = re.fullmatch(r"P.*?([YMWD])", s or "")
    return m.group(1) if m else None


def close(a, b, rel=1e-6):
    if a == b:
        return True
    return abs(a - b) <= rel * max(abs(a), abs(b), 1e-12)


def vec_close(a, b):
    return close(a[0], b[0]) and close(a[1], b[1])


MOD_RT = {"more": "more_than", "less": "less_than", "approx": "about"}
MOD_SU = {"MORE_THAN": "more_than", "LESS_THAN": "less_than", "EQUAL_OR_LESS": "at_most",
          "EQUAL_OR_MORE": "at_least", "APPROX": "about"}


# ----------------------------------------------------------------------------- alternatives
#
# A converter turns a case's `expected` into a list of alternatives (plain dicts); the case is
# matched when one alternative matches one mention on the span. Alternative kinds:
#   {"kind": "number", "value": float}            {"kind": "ordinal", "value": int}
#   {"kind": "duration", "vec": (m, d) | None, "vague": "Y" | None, "range": ((m,d),(m,d)) | None,
#    "mod": str | None, "check_mod": bool, "days_per_month": 30 | None, "timex": raw}
#   {"kind": "time", one of "label" | "interval" | "xpattern" | "unresolved" | "point",
#    "relations": set | ANY, "part": None | "early" | "mid" | "late" | ANY, ...}
#   {"kind": "set", "labels": [..]}               {"kind": "negative", "scope": {...}}
#   {"kind": "span_only", "types": {...}}         {"kind": "unrepresentable", "why": str}


def A_time(relations=AT, part=None, **kw):
    alt = {"kind": "time", "relations": relations, "part": part}
    alt.update(kw)
    return alt


def duration_alt(timex, mod=None, check_mod=False, days_per_month=None):
    parsed = parse_iso_duration(timex)
    alt = {"kind": "duration", "vec": None, "vague": None, "range": None, "mod": mod,
           "check_mod": check_mod, "days_per_month": days_per_month, "timex": timex}
    if parsed is not None:
        alt["vec"], alt["vague"] = parsed
    return alt


def set_alt(*labels):
    return {"kind": "set", "labels": [x for x in labels if x]}


def unrepresentable(why):
    return [{"kind": "unrepresentable", "why": why}]


# ---------------------------------------------------------------- Recognizers-Text

def rt_split_mod(mod):
    """RT Mod -> (relation family or None, part or None). Compounds: 'since-end'."""
    if not mod:
        return None, None
    rel = part = None
    for piece in str(mod).lower().split("-"):
        if piece in ("before", "until"):
            rel = BACKWARD
        elif piece == "after":
            rel = frozenset({"after"})
        elif piece == "since":
            rel = frozenset({"since", "from"})
        elif piece in ("start", "mid", "end"):
            part = PART_FAMILY[piece]
        # ref_undef, approx, more, less: no counterpart on claimcheck time mentions
    return rel, part


def rt_range_intervals(start, end, designator):
    """RT (start, end) with end exclusive or = start of the last named unit: both readings."""
    out = []
    if start is None or end is None:
        return out
    if end > start:
        out.append((start, end - ONE_DAY))
    step = {"D": lambda d: d + ONE_DAY, "W": lambda d: d + 7 * ONE_DAY,
            "M": lambda d: add_months(d, 1), "Y": lambda d: add_months(d, 12)}.get(designator)
    if step is not None:
        iv = (start, step(end) - ONE_DAY)
        if iv not in out:
            out.append(iv)
    return out


def reading_years(readings):
    """Years of the days RT's readings touch (an exclusive end counts as the day before)."""
    years = set()
    for r in readings:
        for key, shift in (("date", 0), ("start", 0), ("end", 1)):
            d = parse_date(r.get(key))
            if d is not None and d != dt.date(1, 1, 1):
                years.add((d - shift * ONE_DAY).year)
    return years


def rt_time_alts(typ, timex, mod, readings, ref):
    """Shared by RT parser and model files. readings: list of dicts with date/start/end."""
    alts = []
    rel, part = rt_split_mod(mod)
    label = normalize_label(timex)
    if typ == "date":
        for r in readings:
            d = parse_date(r.get("date"))
            if d is not None and d != dt.date(1, 1, 1):
                alts.append(A_time(label=d.isoformat()))
        if label:
            alts.append(A_time(label=label))  # RT's own normalized value, e.g. invalid dates
        return alts
    # daterange
    relations = rel if rel is not None else AT
    rng = re.fullmatch(r"\((.*?),(.*?),(P[^)]*)\)", timex or "")
    if rng:
        a, b = parse_date(rng.group(1)), parse_date(rng.group(2))
        desig = smallest_designator(rng.group(3))
        spans = []
        if a and b:
            spans.append((a, b))
        if rel is None:
            for r in readings:
                s, e = parse_date(r.get("start")), parse_date(r.get("end"))
                if s and e and (s, e) not in spans:
                    spans.append((s, e))
        for s, e in spans:
            for iv in rt_range_intervals(s, e, desig):
                alts.append(A_time(relations=relations if rel else RANGE_RELATIONS, part=part,
                                   interval=iv))
        return alts
    intervals = []
    for r in readings:
        s, e = parse_date(r.get("start")), parse_date(r.get("end"))
        if s and e and e > s and (s, e - ONE_DAY) not in intervals:
            intervals.append((s, e - ONE_DAY))
    if rel is None and part is None and intervals:
        # RT's timex may name the containing unit ("later this week" = 2018-W48) or a day
        # ("the week beginning February 4" = XXXX-02-04); its resolution is the period meant
        for iv in intervals:
            alts.append(A_time(interval=iv))
        return alts
    if label:
        labels = {label}
        if label_year_unknown(label):
            cands = xxxx_candidates(label, ref)
            years = reading_years(readings)
            if years:
                cands = {c for c in cands if int(c[:4]) in years}
            labels |= cands
        for lab in sorted(labels):
            alts.append(A_time(relations=relations, part=part, label=lab))
    if rel is None:
        # with a part, RT's sub-interval boundaries are its own convention; claimcheck's from..to
        # equal to them is accepted too (with the same part)
        for iv in intervals:
            alts.append(A_time(relations=AT, part=part, interval=iv))
    return alts


def convert_rt(case):
    exp = case["expected"]
    ref = parse_date(case.get("reference_date"))
    if "results" in exp:
        return [{"kind": "negative", "scope": {"time", "duration"}}]
    tn = exp.get("type_name")
    if tn in ("number", "ordinal", "ordinal.relative", "numberrange"):
        res = exp.get("resolution", {})
        if tn == "number":
            return [{"kind": "number", "value": float(res["value"])}]
        if tn == "ordinal":
            return [{"kind": "ordinal", "value": int(res["value"])}]
        if tn == "ordinal.relative":
            return unrepresentable("relative ordinal (%s): claimcheck has no such output"
                                   % res.get("value"))
        return unrepresentable("number range %s: claimcheck has no number-range output"
                               % res.get("value"))
    if tn and tn.startswith("datetimeV2."):   # model files
        sub = tn.split(".", 1)[1]
        alts = []
        for v in exp.get("values", []):
            if sub == "duration":
                alts.append(duration_alt(v.get("timex"), MOD_RT.get(v.get("Mod")), True))
            elif sub == "set":
                alts.append(set_alt(normalize_label(v.get("timex"))))
            else:
                typ = "date" if sub == "date" else "daterange"
                reading = {"date": v.get("value"), "start": v.get("start"), "end": v.get("end")}
                alts += rt_time_alts(typ, v.get("timex"), v.get("Mod"), [reading], ref)
        return dedupe(alts)
    typ = exp.get("type")                       # parser files
    readings = [exp.get("FutureResolution") or {}, exp.get("PastResolution") or {}]
    if typ == "duration":
        return [duration_alt(exp.get("timex"), MOD_RT.get(exp.get("mod")), True)]
    if typ == "set":
        return [set_alt(normalize_label(exp.get("timex")))]
    readings = [{"date": r.get("date"), "start": r.get("startDate"), "end": r.get("endDate")}
                for r in readings]
    return dedupe(rt_time_alts(typ, exp.get("timex"), exp.get("mod"), readings, ref))


def dedupe(alts):
    out, seen = [], set()
    for a in alts:
        key = json.dumps(a, sort_keys=True, default=str)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


# ---------------------------------------------------------------- Duckling

def dk_date(value):
    """Duckling ISO instant -> (date or None, astronomical-less year int, raw 'YYYY-MM-DD')."""
    m = re.match(r"^(-?)(\d{4})-(\d{2})-(\d{2})", value or "")
    if not m:
        return None, None
    neg, y, mo, d = m.group(1) == "-", int(m.group(2)), int(m.group(3)), int(m.group(4))
    if neg:
        return None, (-y, mo, d)
    try:
        return dt.date(y, mo, d), (y, mo, d)
    except ValueError:
        return None, (y, mo, d)


def dk_grain_alts(value, grain, relations, part=None):
    d, ymd = dk_date(value)
    if ymd is None:
        return []
    y, mo, dd = ymd
    if y < 0:  # Duckling negates BC years: -2014 = 2014 BC
        bc = normalize_label("BC%04d" % -y)
        lab = {"year": bc, "month": "%s-%02d" % (bc, mo), "day": "%s-%02d-%02d" % (bc, mo, dd)}
        return [A_time(relations=relations, part=part, label=lab[grain])] if grain in lab else []
    if d is None:
        return []
    if grain == "day":
        return [A_time(relations=relations, part=part, label=d.isoformat())]
    if grain == "month":
        return [A_time(relations=relations, part=part, label=d.strftime("%Y-%m"))]
    if grain == "year":
        return [A_time(relations=relations, part=part, label="%04d" % d.year)]
    if grain == "quarter" and d.month in (1, 4, 7, 10) and d.day == 1:
        return [A_time(relations=relations, part=part,
                       label="%04d-Q%d" % (d.year, (d.month + 2) // 3))]
    if grain == "week":
        if d.weekday() == 0:
            return [A_time(relations=relations, part=part, label=iso_week_label(d))]
        return [A_time(relations=relations, part=part, interval=(d, d + 6 * ONE_DAY))]
    return []


def dk_part_of(start, end):
    """Duckling's fixed part intervals -> (unit label, part) or None."""
    if start.year == end.year and start.month == end.month:
        last = calendar.monthrange(start.year, start.month)[1]
        mlab = start.strftime("%Y-%m")
        if (start.day, end.day) == (1, 10):
            return mlab, "early"
        if (start.day, end.day) == (11, 20):
            return mlab, "mid"
        if (start.day, end.day) == (21, last):
            return mlab, "late"
    if start.year == end.year:
        if (start.month, start.day, end.month, end.day) == (1, 1, 3, 31):
            return "%04d" % start.year, "early"
        if (start.month, start.day, end.month, end.day) == (9, 1, 12, 31):
            return "%04d" % start.year, "late"
    if (end - start).days == 2 and start.weekday() == 0:
        return iso_week_label(start), "early"
    if (end - start).days == 2 and start.weekday() == 4:
        return iso_week_label(start), "late"
    return None


def dk_season_labels(start, end):
    """Duckling's astronomical season intervals -> season labels (winter: either year)."""
    marks = {(3, 19): "SP", (3, 20): "SP", (3, 21): "SP", (6, 20): "SU", (6, 21): "SU",
             (6, 22): "SU", (9, 22): "FA", (9, 23): "FA", (9, 24): "FA", (12, 20): "WI",
             (12, 21): "WI", (12, 22): "WI"}
    code = marks.get((start.month, start.day))
    if code is None or not 80 <= (end - start).days <= 100:
        return []
    if code == "WI":
        return ["%04d-WI" % start.year, "%04d-WI" % (start.year + 1)]
    return ["%04d-%s" % (start.year, code)]


def convert_duckling(case):
    exp = case["expected"]
    dim = exp.get("dim")
    if dim == "number":
        return [{"kind": "number", "value": float(exp["value"])}]
    if dim == "ordinal":
        return [{"kind": "ordinal", "value": int(exp["value"])}]
    if dim == "duration":
        unit = exp["unit"]
        if unit not in UNIT_VECTOR:
            return unrepresentable("duration unit %s" % unit)
        m, d = UNIT_VECTOR[unit]
        v = float(exp["value"])
        alt = {"kind": "duration", "vec": (m * v, d * v), "vague": None, "range": None,
               "mod": None, "check_mod": False, "days_per_month": 30 if m == 0 else None,
               "timex": "%s %s" % (exp["value"], unit)}
        return [alt]
    if dim != "time":
        return unrepresentable("Duckling dim %s" % dim)
    if exp.get("type") == "value":
        return dk_grain_alts(exp.get("value"), exp.get("grain"), AT)
    frm, to = exp.get("from"), exp.get("to")
    if frm and not to:
        return dk_grain_alts(frm["value"], frm["grain"], FORWARD)
    if to and not frm:
        return dk_grain_alts(to["value"], to["grain"], BACKWARD)
    start, _ = dk_date(frm["value"])
    end_excl, _ = dk_date(to["value"])
    if start is None or end_excl is None:
        return unrepresentable("Duckling interval outside the Gregorian range")
    end = end_excl - ONE_DAY
    alts = [A_time(relations=RANGE_RELATIONS, part=ANY, interval=(start, end))]
    pp = dk_part_of(start, end)
    if pp:
        alts.append(A_time(label=pp[0], part=pp[1]))
    for lab in dk_season_labels(start, end):
        alts.append(A_time(label=lab))
    return alts


# ---------------------------------------------------------------- HeidelTime

def convert_heideltime(case):
    exp = case["expected"]
    if "results" in exp:
        return [{"kind": "negative", "scope": {"time", "duration"}}]
    value = exp.get("value")
    if value is None:
        return [{"kind": "span_only", "types": {"time"}}]
    if case.get("kind") == "set":
        return [set_alt(normalize_label(value))]
    if value.startswith("P") and value not in ("PAST_REF", "PRESENT_REF"):
        return [duration_alt(value)]
    if value in ("PAST_REF", "FUTURE_REF", "PRESENT_REF"):
        return [A_time(part=ANY, label=value), A_time(part=ANY, unresolved=True, grain=None)]
    label = normalize_label(value)
    if "X" in label:
        if fully_unknown(label):
            return [A_time(part=ANY, unresolved=True, grain=None)]
        return [A_time(part=ANY, xpattern=label)]
    return [A_time(part=ANY, label=label)]


# ---------------------------------------------------------------- SUTime

GRAIN_OF_DESIGNATOR = {"D": "day", "W": "week", "M": "month", "Y": "year", "Q": "quarter"}


GRAIN_ORDER = ["day", "weekend", "week", "month", "season", "quarter", "half", "year"]


def sutime_operand(op):
    """One INTERSECT operand of a SUTime alt_value -> (grain or None, label pattern or None)."""
    m = re.fullmatch(r"(?:THIS |PREV_IMMEDIATE |NEXT_IMMEDIATE )?(.*?)(?: ?OFFSET (\S+))?", op)
    base, offset = (m.group(1).strip(), m.group(2)) if m else (op, None)
    if "-#" in base:  # n-th sub-unit: "P1W-#3" a week, "XXXX-WXX-4-#3" a day
        pm = re.match(r"P\d+([DWMYQ])-#", base)
        return (GRAIN_OF_DESIGNATOR[pm.group(1)] if pm else "day"), None
    if base in SEASONS:
        return "season", "XXXX-" + base
    if base.startswith("XXXX"):
        lab = normalize_label(base)
        grain = ("day" if re.search(r"-\d{2}-\d{2}$|WXX-\d$", lab) else
                 "week" if lab.endswith("WXX") else
                 "season" if lab[-2:] in SEASONS else
                 "month" if re.fullmatch(r"XXXX-\d{2}", lab) else None)
        # an offset in whole weeks keeps the weekday ("XXXX-WXX-2 OFFSET P3W" is a Tuesday)
        keeps_fields = offset is None or re.fullmatch(r"P-?\d+W", offset) is not None
        return grain, (lab if keeps_fields else None)
    pm = re.fullmatch(r"P(\d+)([DWMYQ])", base)
    if pm:  # "THIS P1W" is a week; "THIS P3M" a three-month stretch of no single grain
        return (GRAIN_OF_DESIGNATOR[pm.group(2)] if pm.group(1) == "1" else None), None
    if base == "" and offset:  # "OFFSET P-2D": the reference instant shifted: a day
        return "day", None
    return None, None


def sutime_alt_value(alt_value):
    """SUTime's unresolved temporal function -> (grain or None, known label pattern or None,
    concrete year or None, length in (months, days) or None). INTERSECT narrows: the finest
    operand grain is the result's grain, an operand's known fields count when that operand has
    the result's grain, and a multi-unit operand ("P9M") gives the length of the period."""
    operands = [o.strip() for o in alt_value.split("INTERSECT")]
    year = length = None
    parsed = []
    for o in operands:
        if re.fullmatch(r"\d{4}", o):
            year = int(o)
            continue
        parsed.append(sutime_operand(o))
        pm = re.fullmatch(r"(?:THIS |PREV_IMMEDIATE |NEXT_IMMEDIATE )?P(\d+)([DWMY])"
                          r"(?: OFFSET .*)?", o)
        if pm and int(pm.group(1)) > 1:
            length = parse_iso_duration("P%s%s" % (pm.group(1), pm.group(2)))[0]
    grains = [g for g, _ in parsed if g]
    grain = min(grains, key=GRAIN_ORDER.index) if grains else None
    pattern = next((p for g, p in parsed if p and g == grain), None)
    return grain, pattern, year, length


def convert_sutime(case):
    exp = case["expected"]
    typ = exp.get("type")
    value, alt_value = exp.get("value"), exp.get("alt_value")
    ref = case.get("reference_date")
    if typ == "DURATION":
        mod = MOD_SU.get(exp.get("mod"))
        if alt_value and "/" in alt_value:
            lo, hi = (parse_iso_duration(x) for x in alt_value.split("/", 1))
            alt = duration_alt(alt_value, mod, True)
            if lo and hi and lo[0] and hi[0]:
                alt["range"] = (lo[0], hi[0])
            return [alt]
        return [duration_alt(value or alt_value, mod, True)]
    if typ == "SET":
        return [set_alt(normalize_label(value or alt_value),
                        normalize_label(exp.get("periodicity")))]
    part = PART_FAMILY.get((exp.get("mod") or "").lower()) if exp.get("mod") else None
    if value is not None:
        if "/" in value:
            a, b = (parse_date(x) for x in value.split("/", 1))
            if a and b:
                return [A_time(relations=RANGE_RELATIONS, part=part, interval=(a, b))]
            return unrepresentable("SUTime range %s" % value)
        label = normalize_label(value)
        if "X" in label and not re.fullmatch(r"-?\d+", label):
            return [A_time(part=part, xpattern=label)]
        return [A_time(part=part, label=label)]
    grain, pattern, year, length = sutime_alt_value(alt_value or "")
    alt = A_time(part=ANY, unresolved=ref is None, grain=grain)
    if pattern:
        alt["fields"] = pattern
    if year:
        alt["within_year"] = year
    if length and ref is not None:
        alt["length"] = length
    return [alt]


# ---------------------------------------------------------------- chrono

def convert_chrono(case):
    exp = case["expected"]
    if "results" in exp:
        return [{"kind": "negative", "scope": {"time"}}]
    start = exp["start"]
    certain = exp.get("certain")
    comps = [c for c in ("year", "month", "day") if certain is None or certain.get(c)]
    return [A_time(relations=ANY, part=ANY,
                   point={c: start[c] for c in comps})]


CONVERTERS = {"Recognizers-Text": convert_rt, "Duckling": convert_duckling,
              "HeidelTime": convert_heideltime, "SUTime": convert_sutime, "chrono": convert_chrono}


def convert(case):
    try:
        return CONVERTERS[case["suite"]](case)
    except (KeyError, TypeError, ValueError) as e:  # a case the converter cannot read
        return unrepresentable("expected value not convertible: %s" % e)


# ----------------------------------------------------------------------------- matching

PLACING = {"in", "on", "at", "during", "the"}
TRAIL_PUNCT = ".,;:!?\"')]}"
LEAD_PUNCT = "\"'([{"


def norm_span(s):
    if s is None:
        return None
    s = re.sub(r"\s+", " ", s.lower()).strip()
    s = s.rstrip(TRAIL_PUNCT).lstrip(LEAD_PUNCT).strip()
    words = s.split(" ")
    while len(words) > 1 and words[0] in PLACING:
        words = words[1:]
    return " ".join(words).rstrip(TRAIL_PUNCT).strip()


def mention_text(m, text_bytes):
    t = m.get("text")
    if isinstance(t, str):
        return t
    try:
        return text_bytes[m["start"]:m["end"]].decode("utf-8", "replace")
    except (KeyError, TypeError):
        return ""


def our_label(m):
    return normalize_label(m.get("timex"))


def our_period(m):
    """(start, end) of claimcheck's time mention: its timex's period, else from..to. With a part
    ("late 2011": timex 2011) the period is the part, i.e. from..to."""
    f, t = parse_date(m.get("from")), parse_date(m.get("to"))
    has_part = PART_FAMILY.get(m.get("part")) is not None
    per = None if has_part else period_of_label(our_label(m))
    if per:
        return per[0], per[1]
    if f and t:
        return f, t
    return None


def our_claimed(m):
    """Interval of days claimcheck's mention claims, open ends as None; None if unresolved."""
    per = our_period(m)
    rel = m.get("relation") or "at"
    f, t = parse_date(m.get("from")), parse_date(m.get("to"))
    if per is None:
        if rel == "at" or not (f or t):
            return None
        per = (f or t, t or f)
    a, b = per
    if rel == "at":
        return a, b
    if rel == "after":
        return b + ONE_DAY, None
    if rel in ("since", "from"):
        return a, None
    if rel == "before":
        return None, a - ONE_DAY
    return None, b  # until, by


def period_length(a, b):
    """Length of a..b as (months, 0) when it is whole calendar months, else (0, days)."""
    if a.day == 1 and b == month_end(b.year, b.month):
        return (12 * (b.year - a.year) + b.month - a.month + 1, 0)
    return (0, (b - a).days + 1)


def is_unresolved(m):
    lab = our_label(m)
    if lab:
        return label_year_unknown(lab) or lab in ("PAST_REF", "FUTURE_REF", "PRESENT_REF")
    return m.get("from") is None and m.get("to") is None


def point_in(point, claimed):
    """chrono: does the claimed interval contain a day with the given components?"""
    lo, hi = claimed
    y, mo, d = point.get("year"), point.get("month"), point.get("day")
    if y is None:
        return True  # no certain year: nothing further is comparable with an interval
    try:
        if mo is None:
            a, b = dt.date(y, 1, 1), dt.date(y, 12, 31)
        elif d is None:
            a, b = dt.date(y, mo, 1), month_end(y, mo)
        else:
            a = b = dt.date(y, mo, d)
    except ValueError:
        return False
    return (lo is None or lo <= b) and (hi is None or a <= hi)


def match_time(alt, m):
    """(ok, reason) for a time alternative against one claimcheck mention."""
    if m.get("type") != "time":
        return False, "type %s, expected time" % m.get("type")
    rel = m.get("relation") or "at"
    if alt["relations"] != ANY and rel not in alt["relations"]:
        return False, "relation %s, expected %s" % (rel, "/".join(sorted(alt["relations"])))
    if alt["part"] != ANY and PART_FAMILY.get(m.get("part")) != alt["part"]:
        return False, "part %s, expected %s" % (m.get("part"), alt["part"] or "none")
    lab = our_label(m)
    if "label" in alt:
        if lab == alt["label"]:
            return True, ""
        per_e, per_o = period_of_label(alt["label"]), period_of_label(lab)
        if per_e and per_o and per_e == per_o:
            return True, ""
        if per_e and not per_o and our_period(m) == per_e[:2] and m.get("precision") == per_e[2]:
            return True, ""
        return False, "timex %s, expected %s" % (lab, alt["label"])
    if "interval" in alt:
        f, t = parse_date(m.get("from")), parse_date(m.get("to"))
        if (f, t) == alt["interval"] or our_period(m) == alt["interval"]:
            return True, ""
        return False, "%s..%s, expected %s..%s" % (m.get("from"), m.get("to"),
                                                     alt["interval"][0], alt["interval"][1])
    if "xpattern" in alt:
        if xpattern_match(alt["xpattern"], lab):
            return True, ""
        return False, "timex %s, expected %s" % (lab, alt["xpattern"])
    if "unresolved" in alt:
        if alt["unresolved"] and not is_unresolved(m):
            return False, "resolved (%s) without a reference date" % lab
        if alt.get("grain") and m.get("precision") != alt["grain"]:
            return False, "precision %s, expected %s" % (m.get("precision"), alt["grain"])
        if alt.get("fields") and not xpattern_match(alt["fields"], lab):
            if not (lab and not alt["unresolved"] and
                    xpattern_match(alt["fields"], "XXXX" + lab[4:])):
                return False, "timex %s, expected %s" % (lab, alt["fields"])
        if alt.get("within_year"):
            per = our_period(m)
            if not per or per[0].year != alt["within_year"] or per[1].year != alt["within_year"]:
                return False, "not within %s" % alt["within_year"]
        if alt.get("length"):
            per = our_period(m)
            if not per or not vec_close(period_length(*per), alt["length"]):
                return False, "period %s..%s is not %gm+%gd long" % (
                    (per or (None, None)) + alt["length"])
        return True, ""
    if "point" in alt:
        claimed = our_claimed(m)
        if claimed is None:
            return False, "unresolved"
        if point_in(alt["point"], claimed):
            return True, ""
        return False, "%s..%s does not contain %s" % (claimed[0], claimed[1], alt["point"])
    return False, "no comparable value"


def our_duration(m):
    """claimcheck duration -> (vec or None, vague designator or None).

    Both can be set: a vague duration may still carry a length in its timex ("several weeks"
    -> timex P3W, modifier vague). The vector then counts for suites that resolve vague
    quantities to a number (RT: several = 3), the designator for suites that write PXW."""
    parsed = parse_iso_duration(m.get("timex"))
    vec = vague = None
    if parsed is not None:
        vec, vague = parsed
    elif m.get("unit") in UNIT_VECTOR and isinstance(m.get("amount"), (int, float)):
        mm, dd = UNIT_VECTOR[m["unit"]]
        vec = (mm * m["amount"], dd * m["amount"])
    if m.get("modifier") == "vague" and vague is None:
        if m.get("unit") in UNIT_DESIGNATOR:
            vague = UNIT_DESIGNATOR[m["unit"]]
        elif isinstance(m.get("timex"), str):
            vague = smallest_designator(m["timex"])
    return vec, vague


def match_duration(alt, m):
    if m.get("type") != "duration":
        return False, "type %s, expected duration" % m.get("type")
    vec, vague = our_duration(m)
    if alt["vague"]:
        if vague != alt["vague"]:
            return False, "%s %s, expected vague P%s" % (m.get("timex"), m.get("modifier"),
                                                        alt["vague"])
    elif alt["range"]:
        lo, hi = alt["range"]
        if vec is None or not all(lo[i] - 1e-9 <= vec[i] <= hi[i] + 1e-9 for i in (0, 1)):
            return False, "%s, expected within %s" % (m.get("timex"), alt["timex"])
    elif alt["vec"] is not None:
        ok = vec is not None and vec_close(vec, alt["vec"])
        if not ok and vec is not None and alt["days_per_month"] and alt["vec"][0] == 0:
            ok = close(vec[0] * alt["days_per_month"] + vec[1], alt["vec"][1])
        if not ok:
            return False, "%s (%s %s), expected %s" % (m.get("timex"), m.get("amount"),
                                                       m.get("unit"), alt["timex"])
    else:
        our = normalize_label(m.get("timex"))
        if our != normalize_label(alt["timex"]):
            return False, "%s, expected %s" % (m.get("timex"), alt["timex"])
    if alt["check_mod"]:
        ours = m.get("modifier")
        ours = None if ours in (None, "exact", "vague") else ours
        if ours != alt["mod"]:
            return False, "modifier %s, expected %s" % (m.get("modifier"), alt["mod"] or "none")
    return True, ""


def match_alt(alt, m):
    k = alt["kind"]
    if k == "number":
        if m.get("type") != "number":
            return False, "type %s, expected number" % m.get("type")
        v = m.get("value")
        if isinstance(v, (int, float)) and close(float(v), alt["value"]):
            return True, ""
        return False, "value %s, expected %s" % (v, alt["value"])
    if k == "ordinal":
        if m.get("type") != "ordinal":
            return False, "type %s, expected ordinal" % m.get("type")
        if m.get("value") == alt["value"]:
            return True, ""
        return False, "value %s, expected %s" % (m.get("value"), alt["value"])
    if k == "duration":
        return match_duration(alt, m)
    if k == "time":
        return match_time(alt, m)
    if k == "set":
        lab = normalize_label(m.get("timex"))
        dur = parse_iso_duration(m.get("timex"))
        for want in alt["labels"]:
            if lab == want:
                return True, ""
            wd = parse_iso_duration(want)
            if dur and wd and dur[0] and wd[0] and vec_close(dur[0], wd[0]):
                return True, ""
        return False, "timex %s, expected set %s" % (lab, "/".join(alt["labels"]))
    if k == "span_only":
        if m.get("type") in alt["types"]:
            return True, ""
        return False, "type %s" % m.get("type")
    if k == "unrepresentable":
        return False, alt["why"]
    return False, "unknown alternative"


def score_case(case, alts, mentions):
    """-> (matched, reason, relevant mentions)."""
    text_bytes = case["text"].encode("utf-8")
    if alts and alts[0]["kind"] == "negative":
        bad = [m for m in mentions if m.get("type") in alts[0]["scope"]]
        if bad:
            return False, "false positive(s): %s" % ", ".join(
                '%s "%s"' % (m.get("type"), mention_text(m, text_bytes)) for m in bad), bad
        return True, "", []
    if alts and alts[0]["kind"] == "unrepresentable":
        return False, alts[0]["why"], mentions
    want = norm_span(case.get("span"))
    on_span = mentions if case.get("span") is None else [
        m for m in mentions if norm_span(mention_text(m, text_bytes)) == want]
    if not on_span:
        return False, "no mention with span \"%s\"" % case.get("span"), mentions
    reasons = []
    for m in on_span:
        for alt in alts:
            ok, why = match_alt(alt, m)
            if ok:
                return True, "", [m]
            if why and why not in reasons:
                reasons.append(why)
    return False, "; ".join(reasons[:4]) or "no alternative", on_span


# ----------------------------------------------------------------------------- describing

def describe_mention(m, text_bytes):
    t = m.get("type")
    s = '%s "%s"' % (t, mention_text(m, text_bytes))
    if t in ("number", "ordinal"):
        return "%s %s" % (s, m.get("value"))
    if t == "duration":
        return "%s %s %s" % (s, m.get("timex"), m.get("modifier"))
    if t == "time":
        extra = " part=%s" % m["part"] if m.get("part") else ""
        return "%s %s %s [%s..%s] %s%s" % (s, m.get("relation"), m.get("timex"), m.get("from"),
                                           m.get("to"), m.get("precision"), extra)
    return s


def describe_alt(a):
    k = a["kind"]
    if k in ("number", "ordinal"):
        return "%s %s" % (k, a["value"])
    if k == "duration":
        body = ("vague P%s" % a["vague"] if a["vague"] else
                "%s..%s" % a["range"] if a["range"] else
                "%gm+%gd" % a["vec"] if a["vec"] else a["timex"])
        return "duration %s%s" % (body, " mod=%s" % (a["mod"] or "none") if a["check_mod"] else "")
    if k == "time":
        rel = "any" if a["relations"] == ANY else "/".join(sorted(a["relations"]))
        part = "" if a["part"] in (None, ANY) else " part=%s" % a["part"]
        if "label" in a:
            v = a["label"]
        elif "interval" in a:
            v = "%s..%s" % a["interval"]
        elif "xpattern" in a:
            v = a["xpattern"]
        elif "point" in a:
            v = "contains %s" % "-".join(str(a["point"][c]) for c in a["point"])
        else:
            v = "unresolved %s%s%s" % (a.get("grain") or "any",
                                       " " + a["fields"] if a.get("fields") else "",
                                       " in %s" % a["within_year"] if a.get("within_year") else "")
        return "time %s %s%s" % (rel, v, part)
    if k == "set":
        return "set " + "/".join(a["labels"])
    if k == "negative":
        return "no %s mention" % "/".join(sorted(a["scope"]))
    if k == "span_only":
        return "a time mention on the span (no value given)"
    return "unrepresentable: " + a.get("why", "")


def nested_cases(cases):
    """Ids of cases whose expected span lies strictly inside another expected span of the same
    suite, text and reference date ("more than 60 days" inside "no more than 60 days"). The
    suites annotate nested expressions; claimcheck reports maximal, non-overlapping mentions,
    so such a pair cannot both match. They are scored like any other case and reported."""
    groups = {}
    for c in cases:
        if c.get("span"):
            groups.setdefault((c["suite"], c["text"], c.get("reference_date")), []).append(c)
    nested = {}
    for group in groups.values():
        for a in group:
            na = norm_span(a["span"])
            for b in group:
                nb = norm_span(b["span"])
                if na != nb and re.search(r"(?<!\w)%s(?!\w)" % re.escape(na), nb):
                    nested[a["id"]] = b["id"]
    return nested


# ----------------------------------------------------------------------------- running

def load_cases(path):
    cases = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                cases.append(json.loads(line))
    return cases


# Resolution direction a suite's own harness sets, passed to `claimcheck expr` as the batch line's
# "prefer" (the --prefer option): Duckling resolves a date without a year, a bare weekday or
# month to its next occurrence (its tests run with the default future direction). The other suites
# are run with claimcheck's news default (by the sentence's tense): RT gives both a future and a
# past resolution and either is accepted; HeidelTime and SUTime are not asked for a direction.
SUITE_PREFER = {"Duckling": "future"}


def run_claimcheck(binary, cases, timeout):
    """One --batch run; -> ({id: mentions}, problems)."""
    problems = []
    with tempfile.TemporaryDirectory(prefix="peer_eval_") as tmp:
        batch = os.path.join(tmp, "batch.jsonl")
        with open(batch, "w", encoding="utf-8") as f:
            for c in cases:
                line = {"id": c["id"], "text": c["text"], "reference_date": c.get("reference_date")}
                prefer = SUITE_PREFER.get(c.get("suite"))
                if prefer:
                    line["prefer"] = prefer
                f.write(json.dumps(line, ensure_ascii=False) + "\n")
        try:
            proc = subprocess.run([binary, "expr", "--batch", batch], capture_output=True,
                                  timeout=timeout)
        except subprocess.TimeoutExpired:
            sys.exit("peer_eval: %s timed out after %ss" % (binary, timeout))
        except OSError as e:
            sys.exit("peer_eval: cannot run %s: %s" % (binary, e))
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip()
        problems.append("claimcheck exited with %d: %s" % (proc.returncode, err[:500]))
    out = {}
    lines = proc.stdout.decode("utf-8", "replace").splitlines()
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            problems.append("unparsable output line %d: %s" % (i + 1, line[:120]))
            continue
        cid = obj.get("id")
        if cid is None and i < len(cases):
            cid = cases[i]["id"]
        mentions = obj.get("mentions")
        out[cid] = mentions if isinstance(mentions, list) else []
    missing = [c["id"] for c in cases if c["id"] not in out]
    if missing:
        problems.append("no output for %d case(s), e.g. %s"
                        % (len(missing), ", ".join(missing[:5])))
    return out, problems


def resolve_suite(name):
    key = name.strip().lower()
    if key in SUITE_ALIASES:
        return SUITE_ALIASES[key]
    sys.exit("peer_eval: unknown suite %r (use RT, Duckling, HeidelTime, SUTime, chrono)" % name)


def cell(matched, total):
    if total == 0:
        return "-"
    return "%d/%d %d%%" % (matched, total, round(100.0 * matched / total))


def build_summary(results, nested=None):
    nested = nested or {}
    kinds = {}
    for r in results:
        k = kinds.setdefault(r["kind"], {s: [0, 0] for s in SUITES})
        k[r["suite"]][1] += 1
        k[r["suite"]][0] += int(r["matched"])
    summary = {}
    for kind, per in kinds.items():
        matched = sum(v[0] for v in per.values())
        total = sum(v[1] for v in per.values())
        entry = {"suites": {s: {"matched": v[0], "total": v[1]} for s, v in per.items() if v[1]},
                 "matched": matched, "total": total,
                 "share": matched / total if total else None,
                 "nested": sorted(r["id"] for r in results
                                  if r["kind"] == kind and r["id"] in nested)}
        if kind in TARGETS:
            entry["target"] = TARGETS[kind]
            entry["pass"] = total > 0 and matched / total >= TARGETS[kind]
        summary[kind] = entry
    return summary


def print_table(title, kinds, summary, with_targets):
    cols = [SUITE_HEADERS[s] for s in SUITES]
    head = "%-18s " % "kind" + "".join("%-14s" % c for c in cols) + "%-17s" % "all"
    if with_targets:
        head += "target"
    print(title)
    print(head.rstrip())
    for kind in kinds:
        e = summary.get(kind)
        if e is None:
            continue
        row = "%-18s " % kind
        for s in SUITES:
            v = e["suites"].get(s)
            row += "%-14s" % (cell(v["matched"], v["total"]) if v else "-")
        row += "%-17s" % ("%d/%d %.1f%%" % (e["matched"], e["total"], 100.0 * e["share"])
                          if e["total"] else "-")
        if with_targets and "target" in e:
            row += ">=%d%% %s" % (round(100 * e["target"]), "PASS" if e["pass"] else "FAIL")
        print(row.rstrip())
    print()


def main(argv=None):
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", default=os.path.join(repo, "..", "shared", "eval",
                                                    "peer-cases.jsonl"),
                    help="peer cases JSONL (default: <repo>/../shared/eval/peer-cases.jsonl)")
    ap.add_argument("--binary", default=os.path.join(repo, "build", "release", "claimcheck"),
                    help="claimcheck binary (default: <repo>/build/release/claimcheck)")
    ap.add_argument("--kind", action="append", default=[],
                    help="only this kind (repeatable or comma-separated)")
    ap.add_argument("--suite", action="append", default=[],
                    help="only this suite: RT, Duckling, HeidelTime, SUTime, chrono "
                         "(repeatable or comma-separated)")
    ap.add_argument("--failures", action="store_true", help="print every failing case")
    ap.add_argument("--json", action="store_true", help="print a JSON summary instead of tables")
    ap.add_argument("--strict", action="store_true",
                    help="exit 1 when a kind with a target is below it")
    ap.add_argument("--timeout", type=float, default=600, help="seconds for the claimcheck run")
    args = ap.parse_args(argv)

    cases_path = os.path.normpath(args.cases)
    if not os.path.isfile(cases_path):
        print("peer_eval: no peer cases at %s; skipping." % cases_path)
        return 0
    cases = load_cases(cases_path)
    nested = nested_cases(cases)
    kinds = {k.strip() for arg in args.kind for k in arg.split(",") if k.strip()}
    suites = {resolve_suite(s) for arg in args.suite for s in arg.split(",") if s.strip()}
    if kinds:
        cases = [c for c in cases if c.get("kind") in kinds]
    if suites:
        cases = [c for c in cases if c.get("suite") in suites]
    if not cases:
        print("peer_eval: no cases left after filtering.")
        return 0
    if not (os.path.isfile(args.binary) and os.access(args.binary, os.X_OK)):
        print("peer_eval: claimcheck binary not found at %s (build it or pass --binary)"
              % args.binary, file=sys.stderr)
        return 2

    outputs, problems = run_claimcheck(args.binary, cases, args.timeout)
    results = []
    for c in cases:
        alts = convert(c)
        mentions = outputs.get(c["id"], [])
        ok, why, shown = score_case(c, alts, mentions)
        results.append({"id": c["id"], "suite": c["suite"], "kind": c["kind"], "matched": ok,
                        "reason": why, "case": c, "alts": alts, "mentions": mentions,
                        "shown": shown})
    summary = build_summary(results, nested)
    target_kinds = [k for k in TARGETS if k in summary]
    other_kinds = [k for k in OTHER_KINDS if k in summary] + sorted(
        k for k in summary if k not in TARGETS and k not in OTHER_KINDS)
    all_pass = all(summary[k]["pass"] for k in target_kinds)

    if args.json:
        doc = {"cases_file": cases_path, "binary": args.binary, "cases": len(results),
               "matched": sum(r["matched"] for r in results), "problems": problems,
               "kinds": summary, "targets_pass": all_pass}
        if args.failures:
            doc["failures"] = [{"id": r["id"], "suite": r["suite"], "kind": r["kind"],
                                "text": r["case"]["text"], "span": r["case"].get("span"),
                                "reference_date": r["case"].get("reference_date"),
                                "expected": r["case"]["expected"],
                                "as_claimcheck": [describe_alt(a) for a in r["alts"]],
                                "got": r["mentions"], "reason": r["reason"]}
                               for r in results if not r["matched"]]
        json.dump(doc, sys.stdout, indent=2, ensure_ascii=False, default=str)
        print()
    else:
        print("peer cases: %s (%d scored)" % (cases_path, len(results)))
        print("claimcheck: %s" % args.binary)
        for p in problems:
            print("warning: %s" % p)
        print()
        if target_kinds:
            print_table("Kinds with targets", target_kinds, summary, True)
        if other_kinds:
            print_table("Other kinds (no target)", other_kinds, summary, False)
        if target_kinds:
            print("targets: %s" % ("all PASS" if all_pass else "FAIL (%s)" % ", ".join(
                k for k in target_kinds if not summary[k]["pass"])))
        notes = [(k, summary[k]["nested"]) for k in target_kinds + other_kinds
                 if summary[k]["nested"]]
        if notes:
            print("note: these cases expect a span nested inside another case's span on the same "
                  "text; claimcheck reports maximal mentions, so each pair can match only once:")
            for k, ids in notes:
                print("  %-18s %s" % (k, ", ".join("%s (in %s)" % (i, nested[i]) for i in ids)))
        if args.failures:
            print()
            for r in results:
                if r["matched"]:
                    continue
                c = r["case"]
                tb = c["text"].encode("utf-8")
                print("FAIL %s [%s %s] ref=%s" % (r["id"], c["suite"], c["kind"],
                                                 c.get("reference_date")))
                print("  text:     %s" % re.sub(r"\s+", " ", c["text"]).strip()[:300])
                print("  expected: %s %s" % (json.dumps(c.get("span"), ensure_ascii=False),
                                             json.dumps(c["expected"], ensure_ascii=False)[:300]))
                print("  as ours:  %s" % " | ".join(describe_alt(a) for a in r["alts"])[:300])
                got = r["shown"] if r["shown"] else r["mentions"]
                print("  got:      %s" % ("; ".join(describe_mention(m, tb) for m in got)
                                          if got else "(no mentions)"))
                print("  why:      %s" % r["reason"])
    return 1 if (args.strict and not all_pass) else 0


if __name__ == "__main__":
    sys.exit(main())
