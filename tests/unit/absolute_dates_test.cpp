// The absolute date rules through grammar::time_expr() and grammar::time_mention(): the node each
// phrase builds from folded (lower-case) text, its fields and the span it covers; phrases that
// must not read as dates; and the resolution of a few against a reference date.
#include "core/calendar.hpp"
#include "extract/resolve.hpp"
#include "extract/tolerances.hpp"
#include "grammar/time.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>

namespace {

namespace x3 = boost::spirit::x3;
using namespace claimcheck;
using ast::part;

// A parse from the start of the input with the grammar's skipper, as the claim rules and
// `claimcheck expr` run it. Spans point into `text`, which must outlive the node.
template <typename Node, typename Rule>
std::optional<Node> parse(Rule const& rule, std::string const& text, std::string& rest) {
    char const* first = text.data();
    char const* const last = first + text.size();
    Node node;
    if (!x3::phrase_parse(first, last, rule, x3::ascii::space, node)) return std::nullopt;
    rest.assign(first, last);
    return node;
}
template <typename Node, typename Rule>
std::optional<Node> parse(Rule const& rule, std::string&& text, std::string& rest) = delete;

// The absolute node of the given type the time expression holds, with its span.
template <typename T>
T const* absolute(std::optional<ast::time_expr> const& e) {
    return e ? boost::get<T>(&e->get()) : nullptr;
}
template <typename T>
std::string span_of(T const& node) {
    return node.first ? std::string(node.first, node.last) : std::string("<no span>");
}

// the span, and the input after it (the rule stops there)
void expect_span(std::string const& input, std::string const& span, std::string const& got_span,
                 std::string const& rest) {
    EXPECT_EQ(got_span, span);
    std::string expected_rest = input.substr(input.find(span) + span.size());
    if (!expected_rest.empty() && expected_rest.front() == ' ') expected_rest.erase(0, 1);
    EXPECT_EQ(rest, expected_rest) << "the rule must stop after \"" << span << '"';
}

// ---------------------------------------------------------------- days

struct day_case {
    char const* input;
    unsigned month;
    unsigned day;
    int year;     // 0: none given
    int weekday;  // -1: none given; 0 = Sunday
    char const* span;
};
std::ostream& operator<<(std::ostream& os, day_case const& c) { return os << '"' << c.input << '"'; }

class day_dates : public ::testing::TestWithParam<day_case> {};

TEST_P(day_dates, build_the_day_with_its_span) {
    auto const& c = GetParam();
    std::string rest;
    std::string const input = c.input;
    auto e = parse<ast::time_expr>(grammar::time_expr(), input, rest);
    auto const* d = absolute<ast::day_date>(e);
    ASSERT_NE(d, nullptr) << "no day in \"" << c.input << '"';
    EXPECT_EQ(d->month, c.month);
    EXPECT_EQ(d->day, c.day);
    EXPECT_EQ(d->year ? *d->year : 0, c.year);
    EXPECT_EQ(d->weekday ? static_cast<int>(*d->weekday) : -1, c.weekday);
    expect_span(input, c.span, span_of(*d), rest);
}

INSTANTIATE_TEST_SUITE_P(
    news_and_peer_suites, day_dates,
    ::testing::Values(
        // month first, as news writes it
        day_case{"sept. 15 in beijing", 9, 15, 0, -1, "sept. 15"},
        day_case{"september 9, 1948", 9, 9, 1948, -1, "september 9, 1948"},
        day_case{"july 4th of 1995", 7, 4, 1995, -1, "july 4th of 1995"},
        day_case{"dec31 , 1994", 12, 31, 1994, -1, "dec31 , 1994"},
        day_case{"jan-1", 1, 1, 0, -1, "jan-1"},
        day_case{"oct/2", 10, 2, 0, -1, "oct/2"},
        day_case{"october, 1st.", 10, 1, 0, -1, "october, 1st"},
        day_case{"february the 15th", 2, 15, 0, -1, "february the 15th"},
        // days and years in words
        day_case{"may twenty-first", 5, 21, 0, -1, "may twenty-first"},
        day_case{"may twenty one", 5, 21, 0, -1, "may twenty one"},
        day_case{"january first 2000 was", 1, 1, 2000, -1, "january first 2000"},
        day_case{"march third 2015", 3, 3, 2015, -1, "march third 2015"},
        day_case{"january first two thousand and thirty two", 1, 1, 2032, -1,
                 "january first two thousand and thirty two"},
        day_case{"september 10, nineteen zero one", 9, 10, 1901, -1, "september 10, nineteen zero one"},
        day_case{"13 sept nineteen seventy two", 9, 13, 1972, -1, "13 sept nineteen seventy two"},
        day_case{"fifteen august nineteen hundred ninety three", 8, 15, 1993, -1,
                 "fifteen august nineteen hundred ninety three"},
        // day first
        day_case{"9 september 1948", 9, 9, 1948, -1, "9 september 1948"},
        day_case{"22 of jan", 1, 22, 0, -1, "22 of jan"},
        day_case{"18 sep '05", 9, 18, 2005, -1, "18 sep '05"},
        day_case{"14april 2015", 4, 14, 2015, -1, "14april 2015"},
        day_case{"the 9th of september", 9, 9, 0, -1, "the 9th of september"},
        day_case{"first of march", 3, 1, 0, -1, "first of march"},
        day_case{"the third day of october", 10, 3, 0, -1, "the third day of october"},
        day_case{"third day of october", 10, 3, 0, -1, "third day of october"},
        // the first of two days takes the year written after the second
        day_case{"november 19-20, 2015", 11, 19, 2015, -1, "november 19"},
        day_case{"september 14 and 18, 2010", 9, 14, 2010, -1, "september 14"},
        day_case{"november 19-20", 11, 19, 0, -1, "november 19"},
        day_case{"3 to 6 may 2004", 5, 3, 2004, -1, "3"},
        day_case{"3 to 6 may", 5, 3, 0, -1, "3"},
        day_case{"the ides of march", 3, 15, 0, -1, "the ides of march"},
        day_case{"ides of june 2020", 6, 13, 2020, -1, "ides of june 2020"},
        day_case{"19th to 21st aug", 8, 19, 0, -1, "19th"},
        // holidays with their year: fixed, the nth or last weekday, offsets across a month, Easter
        day_case{"christmas 2019", 12, 25, 2019, -1, "christmas 2019"},
        day_case{"earth day of 2010,", 4, 22, 2010, -1, "earth day of 2010"},
        day_case{"saint patrick 2020", 3, 17, 2020, -1, "saint patrick 2020"},
        day_case{"presidents' day 2017", 2, 20, 2017, -1, "presidents' day 2017"},
        day_case{"memorial day 2021", 5, 31, 2021, -1, "memorial day 2021"},
        day_case{"thanksgiving 2020", 11, 26, 2020, -1, "thanksgiving 2020"},
        day_case{"black friday 2010", 11, 26, 2010, -1, "black friday 2010"},
        day_case{"cyber monday 2019", 12, 2, 2019, -1, "cyber monday 2019"},
        day_case{"easter 2024", 3, 31, 2024, -1, "easter 2024"},
        day_case{"good friday 2016", 3, 25, 2016, -1, "good friday 2016"},
        // weekdays before and after the date: in the span, and kept for the year
        day_case{"monday, jan twenty two, 2018", 1, 22, 2018, 1, "monday, jan twenty two, 2018"},
        day_case{"wed, 22 of jan", 1, 22, 0, 3, "wed, 22 of jan"},
        day_case{"tue may 9. don't", 5, 9, 0, 2, "tue may 9"},
        day_case{"friday, october 1, 1999.", 10, 1, 1999, 5, "friday, october 1, 1999"},
        day_case{"jul 18, fri", 7, 18, 0, 5, "jul 18, fri"},
        // all digits: year first, day first when it is over 12, dotted is European
        day_case{"2023-09-07", 9, 7, 2023, -1, "2023-09-07"},
        day_case{"2015-3-3", 3, 3, 2015, -1, "2015-3-3"},
        day_case{"9/15/2017", 9, 15, 2017, -1, "9/15/2017"},
        day_case{"21/04/2016", 4, 21, 2016, -1, "21/04/2016"},
        day_case{"12-03-2007", 12, 3, 2007, -1, "12-03-2007"},
        day_case{"13.5.2015", 5, 13, 2015, -1, "13.5.2015"},
        day_case{"1.3.1999", 3, 1, 1999, -1, "1.3.1999"},
        day_case{"10/31/74", 10, 31, 1974, -1, "10/31/74"},
        day_case{"19.02.10", 2, 19, 2010, -1, "19.02.10"},
        // month names between digits
        day_case{"23/sep/2020", 9, 23, 2020, -1, "23/sep/2020"},
        day_case{"31-oct-74", 10, 31, 1974, -1, "31-oct-74"},
        day_case{"2020/sep/23", 9, 23, 2020, -1, "2020/sep/23"},
        day_case{"2020/23/sep.", 9, 23, 2020, -1, "2020/23/sep"},
        // invalid days are read as written: resolution reports them
        day_case{"feb 30", 2, 30, 0, -1, "feb 30"},
        day_case{"2016-2-30", 2, 30, 2016, -1, "2016-2-30"}));

// ---------------------------------------------------------------- months

struct month_case {
    char const* input;
    unsigned month;
    int year;  // 0: none given
    part p;
    char const* span;
};
std::ostream& operator<<(std::ostream& os, month_case const& c) { return os << '"' << c.input << '"'; }

class month_dates : public ::testing::TestWithParam<month_case> {};

TEST_P(month_dates, build_the_month_with_its_span) {
    auto const& c = GetParam();
    std::string rest;
    std::string const input = c.input;
    auto e = parse<ast::time_expr>(grammar::time_expr(), input, rest);
    auto const* m = absolute<ast::month_date>(e);
    ASSERT_NE(m, nullptr) << "no month in \"" << c.input << '"';
    EXPECT_EQ(m->month, c.month);
    EXPECT_EQ(m->year ? *m->year : 0, c.year);
    EXPECT_EQ(m->p, c.p);
    expect_span(input, c.span, span_of(*m), rest);
}

INSTANTIATE_TEST_SUITE_P(
    news_and_peer_suites, month_dates,
    ::testing::Values(month_case{"october 2015", 10, 2015, part::whole, "october 2015"},
                      // the first of two months takes the year of the second
                      month_case{"may and june 2011", 5, 2011, part::whole, "may"},
                      month_case{"may/june 2011", 5, 2011, part::whole, "may"},
                      month_case{"late october last year", 10, 0, part::late, "late october last year"},
                      month_case{"august two thousand and fifteen", 8, 2015, part::whole,
                                 "august two thousand and fifteen"},
                      month_case{"october two thousand and returned", 10, 2000, part::whole, "october two thousand"},
                      month_case{"sep '05", 9, 2005, part::whole, "sep '05"},
                      month_case{"11/2016", 11, 2016, part::whole, "11/2016"},
                      month_case{"2016/11", 11, 2016, part::whole, "2016/11"},
                      month_case{"11- 2016", 11, 2016, part::whole, "11- 2016"},
                      month_case{"2016 -11", 11, 2016, part::whole, "2016 -11"},
                      month_case{"last may, it rained", 5, 0, part::whole, "last may"},
                      month_case{"next march when", 3, 0, part::whole, "next march"}));

// ---------------------------------------------------------------- years, decades, centuries

struct year_case {
    char const* input;
    int year;
    int span_years;
    unsigned half;
    part p;
    char const* span;
};
std::ostream& operator<<(std::ostream& os, year_case const& c) { return os << '"' << c.input << '"'; }

class year_dates : public ::testing::TestWithParam<year_case> {};

TEST_P(year_dates, build_the_year_with_its_span) {
    auto const& c = GetParam();
    std::string rest;
    std::string const input = c.input;
    auto e = parse<ast::time_expr>(grammar::time_expr(), input, rest);
    auto const* y = absolute<ast::year_date>(e);
    ASSERT_NE(y, nullptr) << "no year in \"" << c.input << '"';
    EXPECT_EQ(y->year, c.year);
    EXPECT_EQ(y->span_years, c.span_years);
    EXPECT_EQ(y->half, c.half);
    EXPECT_EQ(y->p, c.p);
    expect_span(input, c.span, span_of(*y), rest);
}

INSTANTIATE_TEST_SUITE_P(
    news_and_peer_suites, year_dates,
    ::testing::Values(year_case{"late 2011", 2011, 1, 0, part::late, "late 2011"},
                      year_case{"the year 2011", 2011, 1, 0, part::whole, "the year 2011"},
                      year_case{"the year two thousand.", 2000, 1, 0, part::whole, "the year two thousand"},
                      year_case{"nineteen ninety-six", 1996, 1, 0, part::whole, "nineteen ninety-six"},
                      year_case{"the first half of 2020", 2020, 1, 1, part::whole, "the first half of 2020"},
                      year_case{"h1 2016", 2016, 1, 1, part::whole, "h1 2016"},
                      year_case{"2019 h2 will", 2019, 1, 2, part::whole, "2019 h2"},
                      year_case{"2019-h2", 2019, 1, 2, part::whole, "2019-h2"},
                      year_case{"the 1950s", 1950, 10, 0, part::whole, "the 1950s"},
                      year_case{"the early 1990s", 1990, 10, 0, part::early, "the early 1990s"},
                      year_case{"the 90s", 1990, 10, 0, part::whole, "the 90s"},
                      year_case{"the mid-90s", 1990, 10, 0, part::mid, "the mid-90s"},
                      year_case{"the nineties", 1990, 10, 0, part::whole, "the nineties"},
                      year_case{"the late seventies", 1970, 10, 0, part::late, "the late seventies"},
                      year_case{"the early nineteen fifties", 1950, 10, 0, part::early, "the early nineteen fifties"},
                      year_case{"the 19th century", 1800, 100, 0, part::whole, "the 19th century"},
                      year_case{"the 10th-century a.d. according", 900, 100, 0, part::whole, "the 10th-century a.d."},
                      // years before Christ count astronomically: 567 BC is -566
                      year_case{"567 bc.", -566, 1, 0, part::whole, "567 bc"},
                      year_case{"190 or 180 bc", -189, 1, 0, part::whole, "190"},
                      year_case{"2014 ad", 2014, 1, 0, part::whole, "2014 ad"},
                      year_case{"the late 5th century b.c. and", -499, 100, 0, part::late,
                                "the late 5th century b.c."},
                      year_case{"1990s bc", -1998, 10, 0, part::whole, "1990s bc"},
                      // the first of two centuries named together
                      year_case{"the 19th and early 20th century", 1800, 100, 0, part::whole, "the 19th"},
                      year_case{"2nd or 3rd century bc", -199, 100, 0, part::whole, "2nd"},
                      year_case{"190s bc", -198, 10, 0, part::whole, "190s bc"},
                      year_case{"20th centuries", 1900, 100, 0, part::whole, "20th centuries"}));

// "in 2014 ad": the rule starts at the year; the preposition belongs to the mention
TEST(year_dates, a_preposition_belongs_to_the_mention) {
    std::string rest;
    std::string const input = "in 2014 ad";
    auto m = parse<ast::time_mention>(grammar::time_mention(), input, rest);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->rel, ast::relation::at);
    auto const* y = boost::get<ast::year_date>(&m->time.get());
    ASSERT_NE(y, nullptr);
    EXPECT_EQ(y->year, 2014);
    EXPECT_EQ(span_of(*m), "in 2014 ad");
}

// ---------------------------------------------------------------- seasons and quarters

struct season_case {
    char const* input;
    unsigned season;
    unsigned quarter;
    int year;  // 0: none given
    char const* span;
};
std::ostream& operator<<(std::ostream& os, season_case const& c) { return os << '"' << c.input << '"'; }

class season_dates : public ::testing::TestWithParam<season_case> {};

TEST_P(season_dates, build_the_season_with_its_span) {
    auto const& c = GetParam();
    std::string rest;
    std::string const input = c.input;
    auto e = parse<ast::time_expr>(grammar::time_expr(), input, rest);
    auto const* s = absolute<ast::season_date>(e);
    ASSERT_NE(s, nullptr) << "no season or quarter in \"" << c.input << '"';
    EXPECT_EQ(s->season, c.season);
    EXPECT_EQ(s->quarter, c.quarter);
    EXPECT_EQ(s->year ? *s->year : 0, c.year);
    expect_span(input, c.span, span_of(*s), rest);
}

INSTANTIATE_TEST_SUITE_P(
    news_and_peer_suites, season_dates,
    ::testing::Values(season_case{"the summer of 2019", 2, 0, 2019, "the summer of 2019"},
                      season_case{"the summer of '69", 2, 0, 1969, "the summer of '69"},
                      season_case{"the first quarter of 2020", 0, 1, 2020, "the first quarter of 2020"},
                      season_case{"4th quarter 2018", 0, 4, 2018, "4th quarter 2018"},
                      season_case{"the third-quarter", 0, 3, 0, "the third-quarter"},
                      season_case{"the 2001 third quarter", 0, 3, 2001, "the 2001 third quarter"},
                      season_case{"1998 first quarter were", 0, 1, 1998, "1998 first quarter"},
                      season_case{"q3 2019", 0, 3, 2019, "q3 2019"}));

// ---------------------------------------------------------------- what is no date

class no_absolute_date : public ::testing::TestWithParam<char const*> {};

// Nothing here may start with a day, a month, a year or a season (another kind of time may).
TEST_P(no_absolute_date, is_read) {
    std::string rest;
    std::string const input = GetParam();
    auto e = parse<ast::time_expr>(grammar::time_expr(), input, rest);
    EXPECT_EQ(absolute<ast::day_date>(e), nullptr) << span_of(*absolute<ast::day_date>(e));
    EXPECT_EQ(absolute<ast::month_date>(e), nullptr) << span_of(*absolute<ast::month_date>(e));
    EXPECT_EQ(absolute<ast::year_date>(e), nullptr) << span_of(*absolute<ast::year_date>(e));
    EXPECT_EQ(absolute<ast::season_date>(e), nullptr) << span_of(*absolute<ast::season_date>(e));
}

INSTANTIATE_TEST_SUITE_P(
    modals_scores_counts, no_absolute_date,
    ::testing::Values("may i ask why?", "march on", "they may first ask", "one may argue",
                      "this may take longer", "march first to the square", "3-2", "555-0134", "7-14",
                      "2/15", "2011/12 season", "2015-16 season", "2.1.10", "100 ad campaigns", "90s fashion",
                      "winter olympics", "two thousand people", "twenty ten-year-olds",
                      // a count before a day is no day unless the month stands safe
                      "3 to 6 may be affected", "3 or 4 march on", "the 2nd and 3rd quarter",
                      // a holiday alone is as often a season of shopping or travel
                      "christmas sales", "thanksgiving travel", "black friday deals",
                      "christmas, 2019 had"));

// "BC" after a recent year is British Columbia: the year stays, the era is not read
TEST(no_absolute_date, british_columbia_is_no_era) {
    std::string rest;
    std::string const input = "2017 bc election";
    auto e = parse<ast::time_expr>(grammar::time_expr(), input, rest);
    auto const* y = absolute<ast::year_date>(e);
    ASSERT_NE(y, nullptr);
    EXPECT_EQ(y->year, 2017);
    EXPECT_EQ(span_of(*y), "2017");
}

// ---------------------------------------------------------------- resolution

struct resolve_case {
    char const* input;
    char const* reference;  // YYYY-MM-DD, or "" for none
    char const* timex;
    char const* from;  // "" when unresolved
    char const* to;
    bool problem;  // reported as unresolvable (an invalid day)
};
std::ostream& operator<<(std::ostream& os, resolve_case const& c) { return os << '"' << c.input << '"'; }

class absolute_resolution : public ::testing::TestWithParam<resolve_case> {};

TEST_P(absolute_resolution, give_the_interval_and_timex) {
    auto const& c = GetParam();
    std::string rest;
    std::string const input = c.input;
    auto m = parse<ast::time_mention>(grammar::time_mention(), input, rest);
    ASSERT_TRUE(m) << "no time in \"" << c.input << '"';
    extract::tolerances const tol = extract::default_tolerances();
    extract::resolve_context ctx;
    if (*c.reference) ctx.article_date = parse_iso(c.reference);
    ctx.tol = &tol;
    extract::named_time t = extract::resolve(*m, ctx);
    EXPECT_EQ(t.timex, c.timex);
    EXPECT_EQ(!t.problem.empty(), c.problem) << t.problem;
    if (!*c.from) {
        EXPECT_FALSE(t.iv);
        return;
    }
    ASSERT_TRUE(t.iv) << t.problem;
    EXPECT_EQ(format_iso(t.iv->from), c.from);
    EXPECT_EQ(format_iso(t.iv->to), c.to);
}

// 2013-02-12 is a Tuesday.
INSTANTIATE_TEST_SUITE_P(
    news_and_peer_suites, absolute_resolution,
    ::testing::Values(
        resolve_case{"sept. 15", "2017-11-15", "2017-09-15", "2017-09-15", "2017-09-15", false},
        // a weekday picks the year in which the date falls on it: July 18 2014 is a Friday
        resolve_case{"fri, jul 18", "2013-02-12", "2014-07-18", "2014-07-18", "2014-07-18", false},
        resolve_case{"mon, february 18", "2013-02-12", "2013-02-18", "2013-02-18", "2013-02-18", false},
        // invalid days keep their timex and are reported, never moved to a real day
        resolve_case{"feb 30", "2020-03-22", "XXXX-02-30", "", "", true},
        resolve_case{"2/29/2019", "2020-03-22", "2019-02-29", "", "", true},
        resolve_case{"h2 2019", "", "2019-H2", "2019-07-01", "2019-12-31", false},
        resolve_case{"the first half of 2020", "", "2020-H1", "2020-01-01", "2020-06-30", false},
        resolve_case{"the nineties", "", "199", "1990-01-01", "1999-12-31", false},
        resolve_case{"567 bc", "", "-0566", "-0566-01-01", "-0566-12-31", false},
        resolve_case{"the 2nd century bc", "", "-01", "-0199-01-01", "-0100-12-31", false},
        resolve_case{"in late 2011", "", "2011", "2011-09-01", "2011-12-31", false},
        resolve_case{"early in 2011", "", "2011", "2011-01-01", "2011-04-30", false},
        resolve_case{"the end of the second quarter of 2019", "", "2019-Q2", "2019-06-01", "2019-06-30", false},
        // weeks: of a month, the week holding its 1st, 8th, ...; of a year, ISO weeks
        resolve_case{"the first week of jan 2015", "", "2015-W01", "2014-12-29", "2015-01-04", false},
        resolve_case{"the third week of april", "2009-05-01", "2009-W16", "2009-04-13", "2009-04-19", false},
        resolve_case{"the last week of october 2016", "", "2016-W43", "2016-10-24", "2016-10-30", false},
        resolve_case{"the first week of 2021", "", "2021-W01", "2021-01-04", "2021-01-10", false},
        // the week holding a day: Monday to Sunday
        resolve_case{"the week of march 6, 2019", "", "2019-W10", "2019-03-04", "2019-03-10", false},
        // the first units of a year
        resolve_case{"the first 9 months of 1997", "", "(1997-01-01,1997-10-01,P9M)", "1997-01-01", "1997-09-30",
                     false},
        resolve_case{"the first two weeks of 2021", "", "(2021-01-04,2021-01-18,P2W)", "2021-01-04", "2021-01-17",
                     false},
        resolve_case{"the week starting on jan 1, 2020", "", "2020-W01", "2019-12-30", "2020-01-05", false},
        resolve_case{"w/c feb 4, 2019", "", "2019-W06", "2019-02-04", "2019-02-10", false}));

}  // namespace
