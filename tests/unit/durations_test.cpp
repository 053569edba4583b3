// The duration rules on their own: what grammar::duration() and grammar::gap() read from folded
// (lower-case) text, the node they build, and where they stop. Each case parses from the start of
// its input as the claim rules and `claimcheck expr` do, with the grammar's skipper.
#include "grammar/durations.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>

namespace {

namespace x3 = boost::spirit::x3;
using namespace claimcheck;
using ast::modifier;
using ast::unit;

char const* name(modifier m) {
    static constexpr char const* names[] = {"exact",    "about",     "more_than",
                                            "just_over", "less_than", "nearly",
                                            "at_least",  "at_most",   "vague"};
    return names[static_cast<int>(m)];
}
char const* name(unit u) {
    static constexpr char const* names[] = {"day",  "week",   "month",  "quarter",
                                            "year", "decade", "century"};
    return names[static_cast<int>(u)];
}

// One input and what the rule must make of it.
struct parse_case {
    char const* input;
    modifier mod;
    double amount;
    bool vague;  // the count is not exact ("some days", "two to three months", "in years")
    unit u;
    char const* span;  // the text the node covers; the rest of the input is left unread
};

std::ostream& operator<<(std::ostream& os, parse_case const& c) { return os << '"' << c.input << '"'; }

struct parsed {
    ast::duration d;
    std::string span;
    std::string rest;
};

template <typename Rule>
std::optional<parsed> parse(Rule const& rule, std::string const& text) {
    char const* first = text.data();
    char const* const last = first + text.size();
    parsed p;
    if (!x3::phrase_parse(first, last, rule, x3::ascii::space, p.d)) return std::nullopt;
    p.span.assign(p.d.first, p.d.last);
    p.rest.assign(first, last);
    return p;
}

void expect_node(std::optional<parsed> const& p, parse_case const& c) {
    ASSERT_TRUE(p) << "no parse";
    EXPECT_EQ(p->span, c.span);
    std::string const input = c.input;
    std::string const span = c.span;
    auto rest = input.substr(span.size());
    if (!rest.empty() && rest.front() == ' ') rest.erase(0, 1);
    EXPECT_EQ(p->rest, rest) << "the rule must stop after \"" << span << '"';
    EXPECT_STREQ(name(p->d.mod), name(c.mod));
    EXPECT_DOUBLE_EQ(p->d.amount.value, c.amount);
    EXPECT_EQ(p->d.amount.vague, c.vague);
    EXPECT_STREQ(name(p->d.u), name(c.u));
}

// ---------------------------------------------------------------- duration()

parse_case const durations[] = {
    // counts and units
    {"six years", modifier::exact, 6, false, unit::year, "six years"},
    {"18 months", modifier::exact, 18, false, unit::month, "18 months"},
    {"18-month", modifier::exact, 18, false, unit::month, "18-month"},
    {"3 days", modifier::exact, 3, false, unit::day, "3 days"},
    {"a decade", modifier::exact, 1, false, unit::decade, "a decade"},
    {"a fortnight", modifier::exact, 2, false, unit::week, "a fortnight"},
    {"two fortnights", modifier::exact, 4, false, unit::week, "two fortnights"},
    {"two nights", modifier::exact, 2, false, unit::day, "two nights"},
    {"3 quarters", modifier::exact, 3, false, unit::quarter, "3 quarters"},
    {"twenty-five years", modifier::exact, 25, false, unit::year, "twenty-five years"},
    {"five hundred and twelve days", modifier::exact, 512, false, unit::day,
     "five hundred and twelve days"},
    {"3.5years", modifier::exact, 3.5, false, unit::year, "3.5years"},
    {"3y", modifier::exact, 3, false, unit::year, "3y"},
    // counts that are phrases, fractions
    {"a couple of days", modifier::exact, 2, false, unit::day, "a couple of days"},
    {"some days", modifier::exact, 3, true, unit::day, "some days"},
    {"several weeks", modifier::exact, 3, true, unit::week, "several weeks"},
    {"a few decades", modifier::exact, 3, true, unit::decade, "a few decades"},
    {"half a century", modifier::exact, 0.5, false, unit::century, "half a century"},
    {"half a year", modifier::exact, 0.5, false, unit::year, "half a year"},
    {"half year", modifier::exact, 0.5, false, unit::year, "half year"},
    {"a quarter century", modifier::exact, 0.25, false, unit::century, "a quarter century"},
    {"three quarters of a century", modifier::exact, 0.75, false, unit::century,
     "three quarters of a century"},
    {"two and a half years", modifier::exact, 2.5, false, unit::year, "two and a half years"},
    {"a year and a half", modifier::exact, 1.5, false, unit::year, "a year and a half"},
    {"one month and half", modifier::exact, 1.5, false, unit::month, "one month and half"},
    {"one and a quarter year", modifier::exact, 1.25, false, unit::year, "one and a quarter year"},
    {"one year and a quarter", modifier::exact, 1.25, false, unit::year, "one year and a quarter"},
    {"a year-and-a-half", modifier::exact, 1.5, false, unit::year, "a year-and-a-half"},
    {"three straight years", modifier::exact, 3, false, unit::year, "three straight years"},
    {"five consecutive months", modifier::exact, 5, false, unit::month, "five consecutive months"},
    // compound amounts in the smaller unit
    {"2 years 3 months", modifier::exact, 27, false, unit::month, "2 years 3 months"},
    {"two years and three months later", modifier::exact, 27, false, unit::month,
     "two years and three months"},
    {"one week three days", modifier::exact, 10, false, unit::day, "one week three days"},
    {"a decade and two years", modifier::exact, 12, false, unit::year, "a decade and two years"},
    // months and days do not mix here: the offset rule reads "1 month 21 days ago" part by part
    {"1 month 21 days ago", modifier::exact, 1, false, unit::month, "1 month"},
    // ranges: a vague count at the middle
    {"two to three months", modifier::exact, 2.5, true, unit::month, "two to three months"},
    {"three or four years", modifier::exact, 3.5, true, unit::year, "three or four years"},
    {"between two and six days", modifier::exact, 4, true, unit::day,
     "between two and six days"},
    {"a year or two ago", modifier::exact, 1.5, true, unit::year, "a year or two"},
    // hedges before and after
    {"more than a year", modifier::more_than, 1, false, unit::year, "more than a year"},
    {"about two years", modifier::about, 2, false, unit::year, "about two years"},
    {"about 3 years", modifier::about, 3, false, unit::year, "about 3 years"},
    {"nearly seven decades", modifier::nearly, 7, false, unit::decade, "nearly seven decades"},
    {"just over a month", modifier::just_over, 1, false, unit::month, "just over a month"},
    {"less than two months after the visit", modifier::less_than, 2, false, unit::month,
     "less than two months"},
    {"less than sixty days", modifier::less_than, 60, false, unit::day, "less than sixty days"},
    {"more than 4 days and less than 1 week", modifier::more_than, 4, false, unit::day,
     "more than 4 days"},
    {"no more than 60 days", modifier::at_most, 60, false, unit::day, "no more than 60 days"},
    {"at least sixty days", modifier::at_least, 60, false, unit::day, "at least sixty days"},
    {"some two years after", modifier::about, 2, false, unit::year, "some two years"},
    {"less than a couple of days", modifier::less_than, 2, false, unit::day,
     "less than a couple of days"},
    {"a decade or so", modifier::about, 1, false, unit::decade, "a decade or so"},
    {"two years or more", modifier::at_least, 2, false, unit::year, "two years or more"},
    {"about a decade or so", modifier::about, 1, false, unit::decade, "about a decade or so"},
    // one whole unit
    {"the whole week", modifier::exact, 1, false, unit::week, "the whole week"},
    {"a full year", modifier::exact, 1, false, unit::year, "a full year"},
    {"all day", modifier::exact, 1, false, unit::day, "all day"},
    {"full-month", modifier::exact, 1, false, unit::month, "full-month"},
    {"a full two years", modifier::exact, 2, false, unit::year, "a full two years"},
    {"another month", modifier::exact, 1, false, unit::month, "another month"},
    {"another two years", modifier::exact, 2, false, unit::year, "another two years"},
    // runs and periods
    {"the fifth straight year", modifier::exact, 5, false, unit::year, "the fifth straight year"},
    {"the third straight month in a row", modifier::exact, 3, false, unit::month,
     "the third straight month in a row"},
    {"the ninth day consecutively", modifier::exact, 9, false, unit::day,
     "the ninth day consecutively"},
    {"the third year running, sales fell", modifier::exact, 3, false, unit::year,
     "the third year running"},
    {"a three-year period", modifier::exact, 3, false, unit::year, "a three-year period"},
    {"a 300 year period", modifier::exact, 300, false, unit::year, "a 300 year period"},
    // the duration stops before the next word
    {"three-year hiatus", modifier::exact, 3, false, unit::year, "three-year"},
    {"two months ago", modifier::exact, 2, false, unit::month, "two months"},
    {"six months a year", modifier::exact, 6, false, unit::month, "six months"},
    {"two days a week", modifier::exact, 2, false, unit::day, "two days"},
    {"a decade-long war", modifier::exact, 1, false, unit::decade, "a decade"},
    {"more than a year, late october", modifier::more_than, 1, false, unit::year,
     "more than a year"},
    {"two years of isolation", modifier::exact, 2, false, unit::year, "two years"},
    {"a year and a quarter of the budget", modifier::exact, 1, false, unit::year, "a year"},
    // "two and six days": "two" shares the unit and ends there
    {"two and six days", modifier::exact, 2, false, unit::day, "two"},
};

class duration_rule : public ::testing::TestWithParam<parse_case> {};

TEST_P(duration_rule, reads_the_node_and_stops_after_it) {
    expect_node(parse(grammar::duration(), GetParam().input), GetParam());
}
INSTANTIATE_TEST_SUITE_P(durations, duration_rule, ::testing::ValuesIn(durations));

// Inputs where no duration starts (the mention loop moves on to the next word).
char const* const not_durations[] = {
    "59-year-old",                  // ages are not time spans
    "several days old",
    "about 200 years older",
    "18-year-olds",
    "21 years of age",
    "3d films",                     // no single-letter "d" (or "m") after digits
    "$2m",
    "years",                        // a span with no count is a gap, not a duration
    "the past two years",           // so is the span back from now
    "three quarters of the vote",   // a fraction, not three quarters of a year
    "a quarter of the vote",
    "2000 soldiers",
    "in two years",                 // the preposition belongs to the time rules
    "first",
    "the first year",               // an ordinal and a unit without a run
    "the third year running the company",
    "half of the year",
    "cut from 10 to 5 years",       // "10" is no range to 5
    "a three-year hiatus",          // the article is the claim's (elapsed reads "after a")
    "all the time",
    "day",
    "two weekends ago",  // no fixed number of days: the time rules may not count back by it
    "three business days",
};

class not_a_duration : public ::testing::TestWithParam<char const*> {};

TEST_P(not_a_duration, does_not_parse) {
    auto p = parse(grammar::duration(), GetParam());
    EXPECT_FALSE(p) << "parsed \"" << p->span << '"';
}
INSTANTIATE_TEST_SUITE_P(durations, not_a_duration, ::testing::ValuesIn(not_durations));

// ---------------------------------------------------------------- gap()

parse_case const gaps[] = {
    // every duration is a gap
    {"more than a year", modifier::more_than, 1, false, unit::year, "more than a year"},
    {"a year and a half", modifier::exact, 1.5, false, unit::year, "a year and a half"},
    // spans with no count: amount 0, vague
    {"years", modifier::vague, 0, true, unit::year, "years"},
    {"many decades", modifier::exact, 5, true, unit::decade, "many decades"},  // a vague count
    {"recent weeks", modifier::vague, 0, true, unit::week, "recent weeks"},
    {"a long time", modifier::vague, 0, true, unit::year, "a long time"},
    {"recent memory", modifier::vague, 0, true, unit::decade, "recent memory"},
    {"ages.", modifier::vague, 0, true, unit::year, "ages"},
    {"a while ago", modifier::vague, 0, true, unit::year, "a while"},
    // the span back from now, with a hedge that is no preposition
    {"the past two years", modifier::exact, 2, false, unit::year, "the past two years"},
    {"the past twenty four years", modifier::exact, 24, false, unit::year,
     "the past twenty four years"},
    {"last 3 months", modifier::exact, 3, false, unit::month, "last 3 months"},
    {"the previous three quarters", modifier::exact, 3, false, unit::quarter,
     "the previous three quarters"},
    {"at least the last 20 years", modifier::at_least, 20, false, unit::year,
     "at least the last 20 years"},
    {"at least the last several years", modifier::at_least, 3, true, unit::year,
     "at least the last several years"},
    {"the past few days, officials", modifier::exact, 3, true, unit::day, "the past few days"},
    // days that count only some days (the node's kind names them; see below); gaps only
    {"three weekends", modifier::exact, 3, false, unit::week, "three weekends"},
    {"another business day", modifier::exact, 1, false, unit::day, "another business day"},
    {"10 working days", modifier::exact, 10, false, unit::day, "10 working days"},
    // days after months or years: the sum in days, at 365.25 / 12 days a month, rounded
    {"1 year 1 month 21 days", modifier::exact, 417, false, unit::day, "1 year 1 month 21 days"},
    {"six months and 10 days later", modifier::exact, 193, false, unit::day,
     "six months and 10 days"},
    {"more than 2 years, 3 weeks", modifier::more_than, 752, false, unit::day,
     "more than 2 years, 3 weeks"},
    // but not a rate, a vague count, or a larger unit after a smaller one
    {"two years, five days a week", modifier::exact, 2, false, unit::year, "two years"},
    {"six months, three days of talks", modifier::exact, 6, false, unit::month, "six months"},
    {"a year and a few days", modifier::exact, 1, false, unit::year, "a year"},
    {"2 days 1 month", modifier::exact, 2, false, unit::day, "2 days"},
    {"a month and two weekends", modifier::exact, 1, false, unit::month, "a month"},
};

class gap_rule : public ::testing::TestWithParam<parse_case> {};

TEST_P(gap_rule, reads_the_node_and_stops_after_it) {
    expect_node(parse(grammar::gap(), GetParam().input), GetParam());
}
INSTANTIATE_TEST_SUITE_P(gaps, gap_rule, ::testing::ValuesIn(gaps));

TEST(gap_rule, names_days_that_count_only_some_days) {
    auto kind = [](std::string const& text) {
        auto p = parse(grammar::gap(), text);
        return p ? std::optional<ast::day_kind>(p->d.kind) : std::nullopt;
    };
    EXPECT_EQ(kind("three weekends"), ast::day_kind::weekend);
    EXPECT_EQ(kind("the third straight weekend"), ast::day_kind::weekend);
    EXPECT_EQ(kind("five business days"), ast::day_kind::business);
    EXPECT_EQ(kind("five days"), ast::day_kind::any);
}

char const* const not_gaps[] = {
    "over the past two years",   // "over" is the preposition here, not "more than"
    "about the past two years",
    "the next two years",        // a gap lies in the past
    "days old",
    "decades-old",
    "the past year",             // one named unit: a time ("the past year"), not a count
    "year",
};

class not_a_gap : public ::testing::TestWithParam<char const*> {};

TEST_P(not_a_gap, does_not_parse) {
    auto p = parse(grammar::gap(), GetParam());
    EXPECT_FALSE(p) << "parsed \"" << p->span << '"';
}
INSTANTIATE_TEST_SUITE_P(gaps, not_a_gap, ::testing::ValuesIn(not_gaps));

// ---------------------------------------------------------------- unit_word()

TEST(unit_word, reads_units_but_not_fractions) {
    auto read = [](std::string const& text) -> std::optional<unit> {
        char const* first = text.data();
        unit u{};
        if (!x3::phrase_parse(first, text.data() + text.size(), grammar::unit_word(),
                              x3::ascii::space, u))
            return std::nullopt;
        return u;
    };
    EXPECT_EQ(read("months"), unit::month);
    EXPECT_EQ(read("nights"), unit::day);
    EXPECT_EQ(read("quarters"), unit::quarter);
    EXPECT_EQ(read("quarters of the vote"), std::nullopt);
    EXPECT_EQ(read("fortnight"), std::nullopt);  // two weeks: no unit of its own
    EXPECT_EQ(read("weekend"), std::nullopt);    // "last weekend" is no week
    EXPECT_EQ(read("business days"), std::nullopt);
    EXPECT_EQ(read("yearly"), std::nullopt);
}

}  // namespace
