#!/usr/bin/env python3
"""Tests of peer_eval.py's converters and matching: each suite's notation, written inline in that
suite's schema, against hand-built claimcheck mentions (right ones match, wrong ones do not)."""

import datetime as dt
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import peer_eval as pe  # noqa: E402


# ----------------------------------------------------------------- claimcheck mention builders

def num(text, value):
    return {"type": "number", "text": text, "value": value}


def ordn(text, value):
    return {"type": "ordinal", "text": text, "value": value}


def dur(text, timex, amount=None, unit=None, modifier="exact"):
    return {"type": "duration", "text": text, "timex": timex, "amount": amount, "unit": unit,
            "modifier": modifier}


def tm(text, timex, frm=None, to=None, precision="day", relation="at", part=None):
    return {"type": "time", "text": text, "timex": timex, "from": frm, "to": to,
            "precision": precision, "relation": relation, "part": part}


def case(suite, expected, span, text=None, ref=None, kind="date"):
    return {"id": "t", "suite": suite, "kind": kind, "text": text if text is not None else span,
            "span": span, "reference_date": ref, "expected": expected}


class Scoring:
    """Mixin: convert a case and score it against mentions."""

    def matched(self, c, *mentions):
        ok, why, _ = pe.score_case(c, pe.convert(c), list(mentions))
        return ok

    def assertMatch(self, c, *mentions):
        ok, why, _ = pe.score_case(c, pe.convert(c), list(mentions))
        self.assertTrue(ok, "expected a match: %s | alternatives: %s" % (
            why, [pe.describe_alt(a) for a in pe.convert(c)]))

    def assertNoMatch(self, c, *mentions):
        ok, _, _ = pe.score_case(c, pe.convert(c), list(mentions))
        self.assertFalse(ok, "expected no match; alternatives: %s"
                         % [pe.describe_alt(a) for a in pe.convert(c)])


# ----------------------------------------------------------------- shared helpers

class HelperTests(unittest.TestCase):
    def test_normalize_label(self):
        self.assertEqual(pe.normalize_label("201X"), "201")
        self.assertEqual(pe.normalize_label("18XX"), "18")
        self.assertEqual(pe.normalize_label("BC0044"), "-0043")   # 44 BC = astronomical -43
        self.assertEqual(pe.normalize_label("BC0044-03-15"), "-0043-03-15")
        self.assertEqual(pe.normalize_label("BC02"), "-02")       # century: digits kept
        self.assertEqual(pe.normalize_label("-03XX"), "-03")
        self.assertEqual(pe.normalize_label("wi"), "XXXX-WI")     # RT bare season
        self.assertEqual(pe.normalize_label("xxxx-wxx-3"), "XXXX-WXX-3")

    def test_parse_iso_duration(self):
        self.assertEqual(pe.parse_iso_duration("P2Y6M"), ((30.0, 0.0), None))
        self.assertEqual(pe.parse_iso_duration("P2W3D"), ((0.0, 17.0), None))
        self.assertEqual(pe.parse_iso_duration("P0.25Y"), ((3.0, 0.0), None))
        self.assertEqual(pe.parse_iso_duration("PXM"), (None, "M"))
        self.assertIsNone(pe.parse_iso_duration("P2WE"))
        self.assertIsNone(pe.parse_iso_duration("PT3H"))

    def test_periods(self):
        self.assertEqual(pe.period_of_label("2020-W53"),
                         (dt.date(2020, 12, 28), dt.date(2021, 1, 3), "week"))
        self.assertEqual(pe.period_of_label("2021-Q2"),
                         (dt.date(2021, 4, 1), dt.date(2021, 6, 30), "quarter"))
        self.assertEqual(pe.period_of_label("187"),
                         (dt.date(1870, 1, 1), dt.date(1879, 12, 31), "decade"))
        self.assertEqual(pe.period_of_label("20"),
                         (dt.date(2000, 1, 1), dt.date(2099, 12, 31), "century"))
        self.assertIsNone(pe.period_of_label("2020-FA"))
        self.assertIsNone(pe.period_of_label("XXXX-04"))

    def test_xpattern(self):
        self.assertTrue(pe.xpattern_match("XXXX-04-02", "XXXX-04-02"))
        self.assertFalse(pe.xpattern_match("XXXX-04-02", "2019-04-02"))
        self.assertTrue(pe.xpattern_match("XX07-04-02", "2007-04-02"))   # open century only
        self.assertFalse(pe.xpattern_match("XX07-04-02", "2008-04-02"))

    def test_xxxx_candidates(self):
        ref = dt.date(2019, 6, 10)
        self.assertEqual(pe.xxxx_candidates("XXXX-03", ref), {"2019-03", "2020-03"})
        self.assertEqual(pe.xxxx_candidates("XXXX-06", ref), {"2019-06", "2020-06"})
        self.assertEqual(pe.xxxx_candidates("XXXX-12-24", ref), {"2018-12-24", "2019-12-24"})

    def test_norm_span(self):
        self.assertEqual(pe.norm_span("In the Spring of 2001,"), "spring of 2001")
        self.assertEqual(pe.norm_span("at  the  end of  year."), "end of year")
        self.assertEqual(pe.norm_span("a fortnight"), "a fortnight")  # "a" is an amount
        self.assertEqual(pe.norm_span("on"), "on")


# ----------------------------------------------------------------- Recognizers-Text

class RecognizersTextTests(Scoring, unittest.TestCase):
    S = "Recognizers-Text"

    def test_number_fraction(self):
        c = case(self.S, {"type_name": "number", "resolution": {"subtype": "fraction",
                                                                "value": "0.142857142857143"}},
                 "one seventh", kind="number")
        self.assertMatch(c, num("one seventh", 1 / 7))
        self.assertNoMatch(c, num("one seventh", 0.1428))
        self.assertNoMatch(c, ordn("one seventh", 7))

    def test_ordinal(self):
        c = case(self.S, {"type_name": "ordinal", "resolution": {"offset": "43",
                                                                 "relativeTo": "start",
                                                                 "value": "43"}},
                 "forty-third", kind="ordinal")
        self.assertMatch(c, ordn("forty-third", 43))
        self.assertNoMatch(c, num("forty-third", 43))

    def test_unrepresentable(self):
        c = case(self.S, {"type_name": "numberrange", "resolution": {"value": "[10,20)"}},
                 "between 10 and 20", kind="number-range")
        self.assertNoMatch(c, num("between 10 and 20", 10))
        c = case(self.S, {"type_name": "ordinal.relative",
                          "resolution": {"offset": "-1", "relativeTo": "end", "value": "end-1"}},
                 "second to last", kind="ordinal-relative")
        self.assertNoMatch(c, ordn("second to last", 2))

    def test_parser_date_two_readings(self):
        exp = {"type": "date", "timex": "XXXX-03-09", "FutureResolution": {"date": "2020-03-09"},
               "PastResolution": {"date": "2019-03-09"}}
        c = case(self.S, exp, "March 9th", "They left March 9th", "2019-06-10")
        self.assertMatch(c, tm("March 9th", "2019-03-09", "2019-03-09", "2019-03-09"))
        self.assertMatch(c, tm("March 9th", "2020-03-09", "2020-03-09", "2020-03-09"))
        self.assertNoMatch(c, tm("March 9th", "2018-03-09", "2018-03-09", "2018-03-09"))
        self.assertNoMatch(c, tm("March 9th", "2019-03", "2019-03-01", "2019-03-31", "month"))

    def test_model_date(self):
        exp = {"type_name": "datetimeV2.date",
               "values": [{"timex": "2019-05-27", "type": "date", "value": "2019-05-27"}]}
        c = case(self.S, exp, "three weeks ago", "it was three weeks ago", "2019-06-17")
        self.assertMatch(c, tm("three weeks ago", "2019-05-27", "2019-05-27", "2019-05-27"))
        self.assertNoMatch(c, tm("three weeks ago", "2019-W22", "2019-05-27", "2019-06-02",
                                 "week"))

    def test_daterange_with_part(self):
        exp = {"type": "daterange", "timex": "2015", "mod": "start",
               "FutureResolution": {"startDate": "2015-01-01", "endDate": "2015-05-01"},
               "PastResolution": {"startDate": "2015-01-01", "endDate": "2015-05-01"}}
        c = case(self.S, exp, "early 2015", "prices rose in early 2015", "2019-06-10",
                 kind="date-partial")
        # RT's part boundaries are its own: the part is compared, not the boundaries
        self.assertMatch(c, tm("early 2015", "2015", "2015-01-01", "2015-04-30", "year",
                               part="early"))
        self.assertMatch(c, tm("early 2015", "2015", "2015-01-01", "2015-03-31", "year",
                               part="begin"))
        self.assertNoMatch(c, tm("early 2015", "2015", "2015-01-01", "2015-12-31", "year"))
        self.assertNoMatch(c, tm("early 2015", "2015", "2015-09-01", "2015-12-31", "year",
                                 part="late"))

    def test_daterange_exclusive_end(self):
        exp = {"type_name": "datetimeV2.daterange",
               "values": [{"timex": "2018-W33", "type": "daterange", "start": "2018-08-13",
                           "end": "2018-08-20"}]}
        c = case(self.S, exp, "next week", "see you next week", "2018-08-08",
                 kind="relative-date")
        self.assertMatch(c, tm("next week", "2018-W33", "2018-08-13", "2018-08-19", "week"))
        self.assertNoMatch(c, tm("next week", "2018-08-15", "2018-08-15", "2018-08-15"))

    def test_range_both_end_readings(self):
        exp = {"type_name": "datetimeV2.daterange",
               "values": [{"timex": "(2011-03-01,2011-09-01,P6M)", "type": "daterange",
                           "start": "2011-03-01", "end": "2011-09-01"}]}
        c = case(self.S, exp, "from march to september 2011", kind="date-range")
        # exclusive end (through August) and start-of-last-unit (through September)
        self.assertMatch(c, tm(c["span"], None, "2011-03-01", "2011-08-31", "month"))
        self.assertMatch(c, tm(c["span"], None, "2011-03-01", "2011-09-30", "month"))
        self.assertNoMatch(c, tm(c["span"], None, "2011-03-01", "2011-09-01", "day"))

    def test_since_with_yearless_anchor(self):
        exp = {"type_name": "datetimeV2.daterange",
               "values": [{"timex": "XXXX-03", "Mod": "since", "type": "daterange",
                           "start": "2019-03-01", "sourceEntity": "datetimerange"},
                          {"timex": "XXXX-03", "Mod": "since", "type": "daterange",
                           "start": "2020-03-01", "sourceEntity": "datetimerange"}]}
        c = case(self.S, exp, "since march", "closed since March", "2019-06-10",
                 kind="since-after")
        self.assertMatch(c, tm("since March", "2019-03", "2019-03-01", "2019-03-31", "month",
                               relation="since"))
        self.assertMatch(c, tm("since March", "2019-03", "2019-03-01", "2019-03-31", "month",
                               relation="from"))
        self.assertNoMatch(c, tm("since March", "2019-03", "2019-03-01", "2019-03-31", "month"))
        self.assertNoMatch(c, tm("since March", "2018-03", "2018-03-01", "2018-03-31", "month",
                                 relation="since"))

    def test_compound_mod(self):
        exp = {"type_name": "datetimeV2.daterange",
               "values": [{"timex": "2012", "Mod": "before-end", "type": "daterange",
                           "end": "2013-01-01", "sourceEntity": "datetimerange"}]}
        c = case(self.S, exp, "until the end of 2012", kind="since-after", ref="2019-06-10")
        self.assertMatch(c, tm("until the end of 2012", "2012", "2012-09-01", "2012-12-31",
                               "year", relation="until", part="end"))
        self.assertMatch(c, tm("until the end of 2012", "2012", "2012-09-01", "2012-12-31",
                               "year", relation="by", part="late"))
        self.assertNoMatch(c, tm("until the end of 2012", "2012", "2012-01-01", "2012-12-31",
                                 "year", relation="until"))
        exp2 = {"type_name": "datetimeV2.daterange",
                "values": [{"timex": "2012", "Mod": "after", "type": "daterange",
                            "start": "2013-01-01", "sourceEntity": "datetimerange"}]}
        c2 = case(self.S, exp2, "after 2012", kind="since-after", ref="2019-06-10")
        self.assertMatch(c2, tm("after 2012", "2012", "2012-01-01", "2012-12-31", "year",
                                relation="after"))
        self.assertNoMatch(c2, tm("after 2012", "2012", "2012-01-01", "2012-12-31", "year",
                                  relation="since"))

    def test_duration_with_mod(self):
        exp = {"type": "duration", "timex": "P2M", "mod": "more",
               "FutureResolution": {"duration": "5184000"},
               "PastResolution": {"duration": "5184000"}}
        c = case(self.S, exp, "more than two months", kind="duration-modified")
        self.assertMatch(c, dur(c["span"], "P2M", 2, "month", "more_than"))
        self.assertNoMatch(c, dur(c["span"], "P2M", 2, "month", "exact"))
        self.assertNoMatch(c, dur(c["span"], "P60D", 60, "day", "more_than"))
        # without a Mod the suite means exact
        c2 = case(self.S, {"type_name": "datetimeV2.duration",
                           "values": [{"timex": "P2Y3M10D", "type": "duration",
                                       "value": "71712000"}]},
                  "2 years 3 months 10 days", kind="duration")
        self.assertMatch(c2, dur(c2["span"], "P2Y3M10D"))
        self.assertNoMatch(c2, dur(c2["span"], "P2Y3M10D", modifier="about"))
        self.assertNoMatch(c2, dur(c2["span"], "P27M"))

    def test_vague_quantity(self):
        # RT writes "several"/"a few" as 3; a vague claimcheck duration with that length matches
        c = case(self.S, {"type_name": "datetimeV2.duration",
                          "values": [{"timex": "P3M", "type": "duration", "value": "7776000"}]},
                 "a few months", kind="duration")
        self.assertMatch(c, dur(c["span"], "P3M", 3, "month", "vague"))
        self.assertNoMatch(c, dur(c["span"], "PXM", None, "month", "vague"))
        # and a suite's PXM accepts it as well
        su = case("SUTime", {"value": "PXM", "type": "DURATION"}, "a few months",
                  kind="duration")
        self.assertMatch(su, dur(su["span"], "P3M", 3, "month", "vague"))
        self.assertNoMatch(su, dur(su["span"], "P3M", 3, "month", "exact"))

    def test_set_and_negative(self):
        c = case(self.S, {"type": "set", "timex": "P1M", "FutureResolution": {"set": "Set: P1M"},
                          "PastResolution": {"set": "Set: P1M"}}, "monthly", kind="set")
        self.assertMatch(c, dur("monthly", "P1M", 1, "month"))
        neg = case(self.S, {"results": []}, None, "He may well agree.", kind="negative")
        self.assertMatch(neg)
        self.assertMatch(neg, num("one", 1))
        self.assertNoMatch(neg, tm("may", "XXXX-05", precision="month"))


# ----------------------------------------------------------------- Duckling

class DucklingTests(Scoring, unittest.TestCase):
    S = "Duckling"
    REF = "2013-02-12"

    def t(self, expected, span, kind="relative-date"):
        return case(self.S, dict(expected, dim="time"), span, ref=self.REF, kind=kind)

    def test_number_ordinal(self):
        self.assertMatch(case(self.S, {"dim": "number", "value": 1.5}, "one point five",
                              kind="number"), num("one point five", 1.5))
        self.assertNoMatch(case(self.S, {"dim": "ordinal", "value": 12}, "twelfth",
                                kind="ordinal"), ordn("twelfth", 11))

    def test_durations(self):
        c = case(self.S, {"dim": "duration", "value": 15, "unit": "month"},
                 "a year and 3 months", kind="duration")
        self.assertMatch(c, dur(c["span"], "P1Y3M"))
        self.assertMatch(c, dur(c["span"], None, 15, "month"))
        self.assertNoMatch(c, dur(c["span"], "P15D"))
        # Duckling's half units: 2.5 months = 75 days (30-day months)
        c2 = case(self.S, {"dim": "duration", "value": 75, "unit": "day"},
                  "two and a half months", kind="duration")
        self.assertMatch(c2, dur(c2["span"], "P2.5M", 2.5, "month"))
        self.assertNoMatch(c2, dur(c2["span"], "P3M", 3, "month"))
        # no modifier check: Duckling drops approximations
        c3 = case(self.S, {"dim": "duration", "value": 4, "unit": "week"}, "about 4 weeks",
                  kind="duration")
        self.assertMatch(c3, dur(c3["span"], "P4W", 4, "week", "about"))

    def test_value_grains(self):
        c = self.t({"type": "value", "value": "2013-01-28T00:00:00.000-02:00", "grain": "week"},
                   "the week before last")
        self.assertMatch(c, tm(c["span"], "2013-W05", "2013-01-28", "2013-02-03", "week"))
        self.assertNoMatch(c, tm(c["span"], "2013-01-28", "2013-01-28", "2013-01-28"))
        c = self.t({"type": "value", "value": "2012-12-01T00:00:00.000-02:00", "grain": "month"},
                   "two months ago")
        self.assertNoMatch(c, tm(c["span"], "2012-12-12", "2012-12-12", "2012-12-12"))
        self.assertMatch(c, tm(c["span"], "2012-12", "2012-12-01", "2012-12-31", "month"))
        c = self.t({"type": "value", "value": "2013-04-01T00:00:00.000-02:00",
                    "grain": "quarter"}, "next quarter")
        self.assertMatch(c, tm(c["span"], "2013-Q2", "2013-04-01", "2013-06-30", "quarter"))
        c = self.t({"type": "value", "value": "2013-02-20T00:00:00.000-02:00", "grain": "day"},
                   "on wednesday next week")
        self.assertMatch(c, tm("wednesday next week", "2013-02-20", "2013-02-20", "2013-02-20"))

    def test_interval_parts(self):
        mid = self.t({"type": "interval", "from": {"value": "2013-06-11T00:00:00.000-02:00",
                                                    "grain": "day"},
                      "to": {"value": "2013-06-21T00:00:00.000-02:00", "grain": "day"}},
                     "mid June", "date-partial")
        self.assertMatch(mid, tm("mid June", "2013-06", "2013-06-11", "2013-06-20", "month",
                                 part="mid"))
        self.assertMatch(mid, tm("mid June", "2013-06", "2013-06-10", "2013-06-20", "month",
                                 part="mid"))
        self.assertNoMatch(mid, tm("mid June", "2013-06", "2013-06-01", "2013-06-30", "month"))
        late_year = self.t({"type": "interval", "from": {"value": "2014-09-01T00:00:00.000-02:00",
                                                          "grain": "month"},
                            "to": {"value": "2015-01-01T00:00:00.000-02:00", "grain": "month"}},
                           "end of 2014", "date-partial")
        self.assertMatch(late_year, tm("end of 2014", "2014", "2014-09-01", "2014-12-31", "year",
                                       part="end"))
        self.assertNoMatch(late_year, tm("end of 2014", "2014", "2014-01-01", "2014-03-31",
                                         "year", part="early"))
        early_week = self.t({"type": "interval",
                             "from": {"value": "2013-02-04T00:00:00.000-02:00", "grain": "day"},
                             "to": {"value": "2013-02-07T00:00:00.000-02:00", "grain": "day"}},
                            "early last week")
        self.assertMatch(early_week, tm("early last week", "2013-W06", "2013-02-04",
                                        "2013-02-06", "week", part="early"))

    def test_interval_exact_and_season(self):
        c = self.t({"type": "interval", "from": {"value": "2013-05-02T00:00:00.000-02:00",
                                                  "grain": "day"},
                    "to": {"value": "2013-05-06T00:00:00.000-02:00", "grain": "day"}},
                   "May 2 to 5", "date-range")
        self.assertMatch(c, tm("May 2 to 5", None, "2013-05-02", "2013-05-05"))
        self.assertNoMatch(c, tm("May 2 to 5", None, "2013-05-02", "2013-05-06"))
        s = self.t({"type": "interval", "from": {"value": "2012-12-21T00:00:00.000-02:00",
                                                  "grain": "day"},
                    "to": {"value": "2013-03-20T00:00:00.000-02:00", "grain": "day"}},
                   "last winter")
        self.assertMatch(s, tm("last winter", "2012-WI", precision="season"))
        self.assertMatch(s, tm("last winter", "2013-WI", precision="season"))
        self.assertNoMatch(s, tm("last winter", "2013-SP", precision="season"))

    def test_open_intervals_and_bc(self):
        after = self.t({"type": "interval",
                        "from": {"value": "2009-01-01T00:00:00.000-02:00", "grain": "year"}},
                       "after 2009", "since-after")
        self.assertMatch(after, tm("after 2009", "2009", "2009-01-01", "2009-12-31", "year",
                                   relation="after"))
        self.assertMatch(after, tm("after 2009", "2009", "2009-01-01", "2009-12-31", "year",
                                   relation="since"))
        self.assertNoMatch(after, tm("after 2009", "2009", "2009-01-01", "2009-12-31", "year",
                                     relation="before"))
        before = self.t({"type": "interval",
                         "to": {"value": "2009-03-01T00:00:00.000-02:00", "grain": "month"}},
                        "before March 2009", "since-after")
        self.assertMatch(before, tm("before March 2009", "2009-03", "2009-03-01", "2009-03-31",
                                    "month", relation="before"))
        bc = self.t({"type": "value", "value": "-0300-01-01T00:00:00.000-02:00", "grain": "year"},
                    "300 BC", "date-partial")
        self.assertMatch(bc, tm("300 BC", "BC0300", precision="year"))
        self.assertMatch(bc, tm("300 BC", "-0299", precision="year"))
        self.assertNoMatch(bc, tm("300 BC", "0300", "0300-01-01", "0300-12-31", "year"))


# ----------------------------------------------------------------- HeidelTime

class HeidelTimeTests(Scoring, unittest.TestCase):
    S = "HeidelTime"

    def h(self, value, span, kind="date-partial", ref=None):
        return case(self.S, {"value": value, "rule": "r"}, span, ref=ref, kind=kind)

    def test_decades_centuries(self):
        c = self.h("188", "the late 1880s")
        self.assertMatch(c, tm("the late 1880s", "188", "1887-01-01", "1889-12-31", "decade",
                               part="late"))  # mod is not tested upstream
        self.assertNoMatch(c, tm("the late 1880s", "1888", "1888-01-01", "1888-12-31", "year"))
        c = self.h("17", "the 18th century")
        self.assertMatch(c, tm("the 18th century", "17", "1700-01-01", "1799-12-31", "century"))
        self.assertNoMatch(c, tm("the 18th century", "18", "1800-01-01", "1899-12-31",
                                 "century"))

    def test_bc_and_early_years(self):
        c = self.h("BC0044", "44 BC")
        self.assertMatch(c, tm("44 BC", "BC0044", precision="year"))
        self.assertMatch(c, tm("44 BC", "-0043", precision="year"))
        self.assertNoMatch(c, tm("44 BC", "-0044", precision="year"))
        c = self.h("0079", "in 79")
        self.assertMatch(c, tm("79", "0079", "0079-01-01", "0079-12-31", "year"))

    def test_underspecified(self):
        c = self.h("XXXX-04-02", "April 2", kind="date")
        self.assertMatch(c, tm("April 2", "XXXX-04-02"))
        self.assertNoMatch(c, tm("April 2", "2020-04-02", "2020-04-02", "2020-04-02"))
        # entirely unknown: HeidelTime's placeholder, granularity not meaningful
        c = self.h("XXXX", "three years ago", kind="relative-date")
        self.assertMatch(c, tm("three years ago", "XXXX-XX-XX"))
        self.assertNoMatch(c, tm("three years ago", "2016-05-01", "2016-05-01", "2016-05-01"))
        c = self.h("XXXX-WXX-4", "this Thursday", kind="relative-date")
        self.assertMatch(c, tm("this Thursday", "XXXX-WXX-4"))
        self.assertNoMatch(c, tm("this Thursday", "XXXX-WXX-3"))

    def test_refs_and_quarters(self):
        c = self.h("FUTURE_REF", "in the coming years", kind="relative-date")
        self.assertMatch(c, tm("the coming years", "FUTURE_REF", precision="year"))
        self.assertMatch(c, tm("the coming years", "XXXX", precision="year"))
        c = self.h("2004-Q2", "the second quarter of 2004")
        self.assertMatch(c, tm("second quarter of 2004", "2004-Q2", "2004-04-01", "2004-06-30",
                               "quarter"))
        c = self.h("2004-SU", "summer 2004")
        self.assertMatch(c, tm("summer 2004", "2004-SU", precision="season"))
        self.assertNoMatch(c, tm("summer 2004", "2004-06", "2004-06-01", "2004-06-30", "month"))

    def test_durations(self):
        c = self.h("P45D", "less than 45 days", kind="duration-modified")
        self.assertMatch(c, dur(c["span"], "P45D", 45, "day", "less_than"))
        self.assertMatch(c, dur(c["span"], "P45D", 45, "day", "exact"))  # mod not tested
        self.assertNoMatch(c, dur(c["span"], "P45M", 45, "month", "less_than"))
        c = self.h("PXY", "many years", kind="duration")
        self.assertMatch(c, dur("many years", "PXY", None, "year", "vague"))
        self.assertMatch(c, dur("many years", "PXY", None, "decade", "vague"))
        self.assertNoMatch(c, dur("many years", "PXM", None, "month", "vague"))
        self.assertNoMatch(c, dur("many years", "P3Y", 3, "year"))

    def test_set_interval_negative(self):
        c = self.h("P1Y", "every year", kind="set")
        self.assertMatch(c, dur("every year", "P1Y", 1, "year"))
        c = self.h(None, "from 2004 to 2006", kind="date-range")
        self.assertMatch(c, tm("from 2004 to 2006", None, "2004-01-01", "2006-12-31", "year"))
        self.assertNoMatch(c, tm("2004", "2004", "2004-01-01", "2004-12-31", "year"))
        neg = case(self.S, {"results": []}, None, "a 40-year-old man", kind="negative")
        self.assertMatch(neg, num("40", 40))
        self.assertNoMatch(neg, dur("40-year", "P40Y", 40, "year"))


# ----------------------------------------------------------------- SUTime

class SUTimeTests(Scoring, unittest.TestCase):
    S = "SUTime"

    def s(self, expected, span, text=None, ref="2012-03-07", kind="relative-date"):
        return case(self.S, expected, span, text, ref, kind)

    def test_decade_century_bc(self):
        c = self.s({"value": "187X", "type": "DATE", "mod": "LATE"}, "the late 1870s",
                   kind="date-partial")
        self.assertMatch(c, tm("the late 1870s", "187", "1877-01-01", "1879-12-31", "decade",
                               part="late"))
        self.assertNoMatch(c, tm("the late 1870s", "187", "1870-01-01", "1879-12-31", "decade"))
        c = self.s({"value": "14XX", "type": "DATE"}, "the fifteenth century",
                   kind="date-partial")
        self.assertMatch(c, tm(c["span"], "14", "1400-01-01", "1499-12-31", "century"))
        self.assertNoMatch(c, tm(c["span"], "14", "1400-01-01", "1499-12-31", "century",
                                 part="early"))
        c = self.s({"value": "-0043", "type": "DATE"}, "44 B.C.", kind="date-partial")
        self.assertMatch(c, tm("44 B.C.", "BC0044", precision="year"))

    def test_week_and_season(self):
        c = self.s({"value": "2012-W09", "type": "DATE"}, "last week", "Sales fell last week.")
        self.assertMatch(c, tm("last week", "2012-W09", "2012-02-27", "2012-03-04", "week"))
        self.assertNoMatch(c, tm("last week", "2012-02-29", "2012-02-29", "2012-02-29"))
        c = self.s({"value": "2011-FA", "type": "DATE"}, "last fall")
        self.assertMatch(c, tm("last fall", "2011-FA", precision="season"))

    def test_alt_value(self):
        c = self.s({"alt_value": "THIS P1M OFFSET P-1M", "type": "DATE"}, "last month", ref=None)
        self.assertMatch(c, tm("last month", "XXXX-XX", precision="month"))
        self.assertNoMatch(c, tm("last month", "XXXX-XX-XX", precision="day"))
        self.assertNoMatch(c, tm("last month", "2012-02", "2012-02-01", "2012-02-29", "month"))
        c = self.s({"alt_value": "THIS P1Y OFFSET P-1Y INTERSECT XXXX-11", "type": "DATE"},
                   "November last year", ref=None)
        self.assertMatch(c, tm(c["span"], "XXXX-11", precision="month"))
        self.assertNoMatch(c, tm(c["span"], "XXXX-10", precision="month"))
        c = self.s({"alt_value": "OFFSET P-4D", "type": "DATE"}, "four days ago", ref=None)
        self.assertMatch(c, tm(c["span"], "XXXX-XX-XX", precision="day"))
        c = self.s({"alt_value": "XXXX-WXX-3 OFFSET P1W", "type": "DATE"}, "next Wednesday",
                   ref=None)
        self.assertMatch(c, tm(c["span"], "XXXX-WXX-3", precision="day"))
        self.assertNoMatch(c, tm(c["span"], "XXXX-WXX-4", precision="day"))

    def test_two_digit_year_and_range(self):
        c = self.s({"value": "XX07-04-02", "type": "DATE"}, "02.04.07", ref=None,
                   kind="date-partial")
        self.assertMatch(c, tm("02.04.07", "2007-04-02", "2007-04-02", "2007-04-02"))
        self.assertMatch(c, tm("02.04.07", "XX07-04-02"))
        self.assertNoMatch(c, tm("02.04.07", "2007-02-04", "2007-02-04", "2007-02-04"))
        c = self.s({"value": "2011-12-07/2012-03-07", "type": "DATE"}, "the last three months")
        self.assertMatch(c, tm("last three months", None, "2011-12-07", "2012-03-07"))
        self.assertNoMatch(c, tm("last three months", None, "2011-12-07", "2012-03-06"))

    def test_durations(self):
        c = self.s({"value": "P30D", "type": "DURATION", "mod": "EQUAL_OR_MORE"},
                   "at least 30 days", kind="duration-modified")
        self.assertMatch(c, dur(c["span"], "P30D", 30, "day", "at_least"))
        self.assertNoMatch(c, dur(c["span"], "P30D", 30, "day", "more_than"))
        c = self.s({"value": "P6M", "type": "DURATION"}, "half a year", kind="duration")
        self.assertMatch(c, dur(c["span"], "P0.5Y", 0.5, "year"))
        self.assertNoMatch(c, dur(c["span"], "P0.5Y", 0.5, "year", "about"))
        c = self.s({"alt_value": "P4Y/P5Y", "type": "DURATION"}, "four to five years",
                   kind="duration")
        self.assertMatch(c, dur(c["span"], "P4.5Y", 4.5, "year"))
        self.assertNoMatch(c, dur(c["span"], "P6Y", 6, "year"))
        c = self.s({"value": "PXD", "type": "DURATION"}, "recent days", kind="duration")
        self.assertMatch(c, dur(c["span"], "PXD", None, "day", "vague"))

    def test_set(self):
        c = self.s({"value": "P1Y", "type": "SET", "quant": "every other",
                    "periodicity": "P2Y"}, "every other year", kind="set")
        self.assertMatch(c, dur("every other year", "P2Y", 2, "year"))
        self.assertNoMatch(c, dur("every other year", "P3Y", 3, "year"))


# ----------------------------------------------------------------- chrono

class ChronoTests(Scoring, unittest.TestCase):
    S = "chrono"

    def c(self, start, span, ref, certain=None):
        exp = {"start": start}
        if certain is not None:
            exp["certain"] = certain
        return case(self.S, exp, span, ref=ref, kind="relative-date")

    def test_point_day(self):
        c = self.c({"year": 2015, "month": 3, "day": 2}, "3 days ago", "2015-03-05")
        self.assertMatch(c, tm("3 days ago", "2015-03-02", "2015-03-02", "2015-03-02"))
        self.assertNoMatch(c, tm("3 days ago", "2015-03-03", "2015-03-03", "2015-03-03"))

    def test_point_in_period(self):
        # chrono's "last week" is reference - 7 days: a point inside the week
        c = self.c({"year": 2015, "month": 2, "day": 26}, "last week", "2015-03-05")
        self.assertMatch(c, tm("last week", "2015-W09", "2015-02-23", "2015-03-01", "week"))
        self.assertNoMatch(c, tm("last week", "2015-W10", "2015-03-02", "2015-03-08", "week"))

    def test_certain_components(self):
        c = self.c({"year": 2016, "month": 4, "day": 5}, "next year", "2015-04-05",
                   {"year": True, "month": False, "day": False})
        self.assertMatch(c, tm("next year", "2016", "2016-01-01", "2016-12-31", "year"))
        self.assertNoMatch(c, tm("next year", "2015", "2015-01-01", "2015-12-31", "year"))
        nothing = self.c({"year": 2015, "month": 7, "day": 5}, "next quarter", "2015-04-05",
                         {"year": False, "month": False, "day": False})
        self.assertMatch(nothing, tm("next quarter", "2015-Q3", "2015-07-01", "2015-09-30",
                                     "quarter"))
        self.assertNoMatch(nothing, tm("next quarter", "XXXX-QX", precision="quarter"))

    def test_relations(self):
        c = self.c({"year": 2016, "month": 4, "day": 5}, "after this year", "2015-04-05",
                   {"year": True, "month": False, "day": False})
        self.assertMatch(c, tm("after this year", "2015", "2015-01-01", "2015-12-31", "year",
                               relation="after"))
        self.assertNoMatch(c, tm("after this year", "2015", "2015-01-01", "2015-12-31", "year",
                                 relation="before"))

    def test_negative_scope(self):
        neg = case(self.S, {"results": []}, None, "6 weeks", kind="negative")
        self.assertMatch(neg, dur("6 weeks", "P6W", 6, "week"))
        self.assertNoMatch(neg, tm("6 weeks", "XXXX-XX-XX"))


# ----------------------------------------------------------------- span handling

class SpanTests(Scoring, unittest.TestCase):
    def test_prepositions_articles_punctuation(self):
        c = case("Duckling", {"dim": "time", "type": "value",
                              "value": "2014-01-01T00:00:00.000-02:00", "grain": "year"},
                 "in 2014", ref="2013-02-12", kind="date-partial")
        self.assertMatch(c, tm("2014", "2014", "2014-01-01", "2014-12-31", "year"))
        c = case("SUTime", {"value": "2001-SP", "type": "DATE"}, "the spring of 2001",
                 "It began in the spring of 2001.", "2010-01-01", "date-partial")
        self.assertMatch(c, tm("spring of 2001", "2001-SP", precision="season"))
        self.assertMatch(c, tm("in the spring of 2001.", "2001-SP", precision="season"))
        self.assertNoMatch(c, tm("spring", "2001-SP", precision="season"))

    def test_offsets_when_text_missing(self):
        c = case("Duckling", {"dim": "number", "value": 7}, "seven", "exactly seven",
                 kind="number")
        m = {"type": "number", "start": 8, "end": 13, "value": 7}
        self.assertMatch(c, m)

    def test_nested_expectations_reported(self):
        outer = case("SUTime", {"value": "P3W", "type": "DURATION", "mod": "EQUAL_OR_LESS"},
                     "not more than 3 weeks", "It took not more than 3 weeks.")
        inner = dict(outer, id="t2", span="more than 3 weeks")
        other = dict(outer, id="t3", span="It", text="It took 2 weeks.")
        self.assertEqual(pe.nested_cases([outer, inner, other]), {"t2": "t"})

    def test_part_period_is_from_to(self):
        m = tm("since late 2011", "2011", "2011-09-01", "2011-12-31", "year", "since", "late")
        self.assertEqual(pe.our_period(m), (dt.date(2011, 9, 1), dt.date(2011, 12, 31)))
        self.assertEqual(pe.our_claimed(m), (dt.date(2011, 9, 1), None))

    def test_unmatched_reason(self):
        c = case("Duckling", {"dim": "number", "value": 7}, "seven", kind="number")
        ok, why, _ = pe.score_case(c, pe.convert(c), [num("eight", 8)])
        self.assertFalse(ok)
        self.assertIn("no mention with span", why)


if __name__ == "__main__":
    unittest.main()
