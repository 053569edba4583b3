// The claim grammar's AST: what the text says, before any date arithmetic.
//
// Nodes are plain structs; alternatives are x3::variant subclasses. Every node that a claim
// reports a span for derives from `spanned`, filled by the `tag_span` handler of its rule (see
// config.hpp), so positions never come from semantic actions. Resolution against the article date
// and the tolerances happens later, in src/extract/normalize.cpp.
#pragma once

#include <boost/spirit/home/x3/support/ast/variant.hpp>

#include <cstdint>
#include <boost/optional.hpp>
#include <string>
#include <vector>

namespace claimcheck::ast {

namespace x3 = boost::spirit::x3;

// Byte range in the (folded) text the grammar ran on.
struct spanned {
    const char* first = nullptr;
    const char* last = nullptr;
};

// A phrase kept as written (event descriptions): only its span matters.
struct phrase : spanned {};

// ---------------------------------------------------------------- numbers and durations

enum class unit : std::uint8_t { day, week, month, quarter, year, decade, century };

// How many months one unit is; 0 for the units counted in days (day, week). Durations in months
// move by the calendar, the others by days (src/extract/resolve.cpp).
constexpr double months_in(unit u) {
    switch (u) {
        case unit::month: return 1;
        case unit::quarter: return 3;
        case unit::year: return 12;
        case unit::decade: return 120;
        case unit::century: return 1200;
        default: return 0;
    }
}

// How a duration is hedged. Finer than the output's modifier enum: tolerances differ between
// "more than" and "just over" (rules/tolerances.yaml); to_output() in normalize maps them.
enum class modifier : std::uint8_t {
    exact, about, more_than, just_over, less_than, nearly, at_least, at_most, vague
};

// A count: "75", "twenty-five", "a couple of", "several" (vague = the text gives no exact number).
struct quantity : spanned {
    double value = 0;
    bool vague = false;
};

// Units that count only some days: "three business days" (u day), "two weekends" (u week: one
// weekend a week). Time arithmetic reads them as their unit; the output names them apart.
enum class day_kind : std::uint8_t { any, business, weekend };

struct duration : spanned {
    modifier mod = modifier::exact;
    quantity amount;
    unit u = unit::year;
    day_kind kind = day_kind::any;  // not adapted: set by the actions of the duration rules
};

// An ordinal: "75th", "seventy-fifth", "first".
struct ordinal : spanned {
    std::uint64_t value = 0;  // "three trillionth" does not fit 32 bits
    bool word = false;  // written as a word ("second" can be a unit or a verb; digits cannot)
};

// ---------------------------------------------------------------- time expressions

// early/mid/late and beginning/end narrow an interval to a part of it.
enum class part : std::uint8_t { whole, early, mid, late, begin, end };
// Where a named month/weekday/season/unit sits relative to the anchor.
enum class shift : std::uint8_t { none, last, this_, next, past, coming };

// "Sept. 15", "9 September 1948", "September 9, 1948", "the 9th of September", "2023-09-07".
struct day_date : spanned {
    unsigned month = 0;
    unsigned day = 0;
    boost::optional<int> year;
    // the weekday written with the date ("Friday, October 1"): picks the year when none is given
    boost::optional<unsigned> weekday;
    // "the week of October 7", "the week beginning February 4": the Monday-to-Sunday week holding it
    bool week = false;
};

// "October 2015", "late October", "in September", "late October last year", "mid-May".
struct month_date : spanned {
    part p = part::whole;
    unsigned month = 0;
    boost::optional<int> year;
    shift year_shift = shift::none;   // "last year" in "late October last year"
    shift month_shift = shift::none;  // "last October"
    int week = 0;  // 1..5, or -1 for the last: "the third week of April" (the week holding its 15th)
};

// "2018", "late 2011", "the end of 2019", "mid-2019", "the 1950s", "the early 1990s",
// "the 20th century". `span_years` is 1, 10 or 100.
struct year_date : spanned {
    part p = part::whole;
    int year = 0;  // astronomical numbering: 1 BC is 0, 190 BC is -189
    int span_years = 1;
    unsigned half = 0;  // 1 or 2: "H1 2020", "the second half of 2019" (span_years 1)
    int week = 0;       // ISO week 1..53, or -1 for the last: "the first week of 2021"
    // "the first 9 months of 1997", "the first 2 weeks of 2021" (ISO weeks): that many units
    int first_count = 0;
    unit first_unit = unit::day;
};

// "summer of 2019", "last summer", "this spring"; quarter: "the first quarter of 2020", "Q3 2019".
struct season_date : spanned {
    part p = part::whole;
    unsigned season = 0;   // 1 spring, 2 summer, 3 autumn/fall, 4 winter; 0 when quarter is set
    unsigned quarter = 0;  // 1..4
    boost::optional<int> year;
    shift s = shift::none;
};

// "last month", "late last month", "this week", "later this week", "next year", "earlier this
// year", "the past decade" (the unit containing the anchor, shifted by one).
struct unit_ref : spanned {
    part p = part::whole;  // late/early ("late last month"); later = late part of the rest
    shift s = shift::this_;
    unit u = unit::week;
    bool later = false;    // "later this week": from the anchor to the end of the week
    bool earlier = false;  // "earlier this month": from the start of the unit to the anchor
    double count = 0;      // "the last three months", "the next 3 days": a span of N units
    bool weekend = false;  // "last weekend" (u is day)
    int steps = 1;         // 2 for "the week after next"
};

// "two months ago", "three years later", "a year earlier", "in two weeks" (from now).
enum class direction : std::uint8_t { ago, from_now, later, earlier };
struct offset_ref : spanned {
    duration amount;
    direction dir = direction::ago;
    std::vector<duration> more;  // "1 month and 21 days ago": the further parts of the amount
};

// "on Friday", "last Friday", "next Tuesday", "Friday's" (weekday 0 = Sunday .. 6 = Saturday).
struct weekday_ref : spanned {
    shift s = shift::none;
    unsigned weekday = 0;
    int steps = 1;  // 2 for "Friday after next"
};

// yesterday, today, tomorrow, "the day before yesterday" (days relative to the anchor).
struct deictic : spanned {
    int days = 0;
    bool now = false;  // "now", "currently": the anchor itself
};

// "that same month", "the same year", "the following year", "the previous month", "that year":
// relative to the time mentioned before, not to the article date.
enum class anaphor : std::uint8_t { same, following, previous };
struct anaphoric_ref : spanned {
    anaphor kind = anaphor::same;
    unit u = unit::year;
    part p = part::whole;  // "the end of the following week"
};

// The month of an nth weekday: "October", "July 2019", "next month", "this month".
struct month_spec : x3::variant<month_date, unit_ref> {
    using base_type::base_type;
    using base_type::operator=;
};

// "the first Friday of next month", "the last Friday in October", "3rd Wednesday in November".
struct nth_weekday : spanned {
    int n = 1;  // 1..5, or -1 for the last
    unsigned weekday = 0;
    month_spec month;
};

// A day of a month given relative to the anchor: "Tuesday the 14th", "the 20th of next month",
// "31st of this month", "next 6th of April", "this November 24".
struct relative_day : spanned {
    unsigned day = 0;   // 32: the last day of the month
    month_spec month;   // empty-ish (unit_ref this month) when only the day is given
    bool month_given = false;
};

// What a based offset counts from: "two weeks from next Tuesday", "3 days after January 12th".
struct base_time : x3::variant<deictic, weekday_ref, day_date> {
    using base_type::base_type;
    using base_type::operator=;
};

// "2 weeks before today", "three weeks from tomorrow", "more than 2 weeks after today".
struct based_offset : spanned {
    duration amount;
    direction dir = direction::later;
    base_time base;
};

struct time_expr : x3::variant<day_date, month_date, year_date, season_date, unit_ref, offset_ref,
                               weekday_ref, deictic, anaphoric_ref, based_offset, nth_weekday,
                               relative_day> {
    using base_type::base_type;
    using base_type::operator=;
};

// since/after/before/until in front of a time: the since-after forms.
enum class relation : std::uint8_t { at, since, after, before, until, from, by };

struct time_mention : spanned {
    relation rel = relation::at;
    time_expr time;
    boost::optional<time_expr> until;  // "from 2014 to 2018", "between March and May": the end
};

// ---------------------------------------------------------------- claims

// "the 75th anniversary of the founding of X", "X's 80th anniversary", "the 75th birthday",
// "marks 70 years since X", "the centenary of X".
struct anniversary : spanned {
    boost::optional<phrase> possessor;  // "the party's" in "the party's 80th anniversary"
    unsigned years = 0;
    boost::optional<phrase> event;      // "of ..." or "since ..."
};

// "the first X in more than a year", "their first talks in six years", "the first ... in years",
// "for the first time in nearly two decades".
struct first_in_interval : spanned {
    phrase event;             // the words between "first" and "in"
    duration gap;             // vague gaps ("in years") have mod vague and amount.vague
};

// "the first X since 2018", "for the first time since 2018", "since late October last year,
// when Y" (the when-clause describes the previous occurrence).
struct first_since : spanned {
    phrase event;
    // "since Kim Jong Un took power | in 2011": the date belongs to a clause of its own, so it
    // bounds the gap without dating the previous occurrence.
    boost::optional<phrase> since_clause;
    time_mention since;
    boost::optional<phrase> when_clause;
};

// "less than two months after X", "no X in about two years", "after three years of X",
// "since early 2020" (a state that began then), "N years after X".
enum class elapsed_form : std::uint8_t { after, before, since, in_negated, years_of, later };
struct elapsed : spanned {
    elapsed_form form = elapsed_form::after;
    boost::optional<duration> gap;      // absent for "since DATE"
    boost::optional<time_mention> since;
    boost::optional<phrase> event;
};

// "his fourth visit to China", "the sixth meeting between the two", "for the second time".
struct nth_occurrence : spanned {
    ordinal nth;
    phrase event;
};

// A time mention attached to the event the sentence reports: "In October 2015, Liu held talks".
struct dated_event : spanned {
    time_mention when;
    boost::optional<phrase> when_clause;  // ", when it fired a missile"
};

struct claim : x3::variant<anniversary, first_in_interval, first_since, elapsed, nth_occurrence,
                           dated_event> {
    using base_type::base_type;
    using base_type::operator=;
};

}  // namespace claimcheck::ast
