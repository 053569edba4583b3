// Calendar vocabulary shared by the absolute and relative date rules: the word tables (months,
// weekdays, seasons, parts, shifts, relations), small inline parsers built on them, and the
// semantic actions that build date nodes. Header-only; its constants have internal linkage, so
// each grammar TU that includes it gets its own copy of these small tables.
#pragma once

#include "ast_adapted.hpp"
#include "common.hpp"
#include "numbers.hpp"
#include "primitives.hpp"

#include <boost/fusion/include/at_c.hpp>

namespace claimcheck::grammar {
namespace rules {

namespace time_detail {

using boost::fusion::at_c;

// Month names. Bare "May" and "March" (and abbreviations) are months only where a preposition,
// a day, a year or a modifier says so (see bare_month below): "May I ask", "they march".
struct month_table : x3::symbols<unsigned> {
    explicit month_table(bool with_ambiguous) {
        add("january", 1)("february", 2)("april", 4)("june", 6)("july", 7)("august", 8)
           ("september", 9)("october", 10)("november", 11)("december", 12);
        if (with_ambiguous)
            add("march", 3)("may", 5)("jan", 1)("feb", 2)("mar", 3)("apr", 4)("jun", 6)("jul", 7)
               ("aug", 8)("sep", 9)("sept", 9)("oct", 10)("nov", 11)("dec", 12);
    }
};
struct weekday_table : x3::symbols<unsigned> {
    weekday_table() {
        add("sunday", 0)("monday", 1)("tuesday", 2)("wednesday", 3)("thursday", 4)("friday", 5)
           ("saturday", 6);
    }
};
// Abbreviated weekdays that stand alone ("on Tue", "next Fri", "Thurs."). "Thu" and "Mon" need
// their dot (Vietnamese "Thu", the Mon of Myanmar); "Wed", "Sat" and "Sun" are English words
// ("she sat", "the sun") and stand for weekdays only next to a date (absolute_dates_def.hpp).
struct weekday_abbrev_table : x3::symbols<unsigned> {
    weekday_abbrev_table() { add("tue", 2)("tues", 2)("thur", 4)("thurs", 4)("fri", 5); }
};
struct weekday_dotted_table : x3::symbols<unsigned> {
    weekday_dotted_table() { add("mon", 1)("thu", 4); }
};
struct season_table : x3::symbols<unsigned> {
    season_table() { add("spring", 1)("summer", 2)("autumn", 3)("fall", 3)("winter", 4); }
};
struct part_table : x3::symbols<ast::part> {
    part_table() {
        using ast::part;
        add("early", part::early)("mid", part::mid)("late", part::late)
           ("the early", part::early)("the mid", part::mid)("the late", part::late)
           ("the beginning of", part::begin)("the start of", part::begin)
           ("beginning of", part::begin)("start of", part::begin)("the dawn of", part::begin)
           ("the end of", part::end)("end of", part::end)("the close of", part::end)
           ("the middle of", part::mid)("middle of", part::mid)("the height of", part::mid)
           ("the first half of", part::early)("the second half of", part::late)
           ("the latter half of", part::late)("the latter part of", part::late)
           ("the early part of", part::early)("the later part of", part::late)
           ("the turn of", part::begin);
    }
};
struct shift_table : x3::symbols<ast::shift> {
    shift_table() {
        using ast::shift;
        add("last", shift::last)("this", shift::this_)("next", shift::next)
           ("the past", shift::past)("past", shift::past)("the coming", shift::coming)
           ("coming", shift::coming)("the last", shift::last)("the current", shift::this_)
           ("current", shift::this_)("this past", shift::past)("this coming", shift::next)
           ("upcoming", shift::coming)("the upcoming", shift::coming)("previous", shift::last);
        // not "the previous month" / "the next day": those count from the time mentioned before
        // (anaphoric_ref), not from the article date
    }
};
struct relation_table : x3::symbols<ast::relation> {
    relation_table() {
        using ast::relation;
        add("since", relation::since)("ever since", relation::since)
           ("starting from", relation::since)("starting", relation::since)
           ("beginning", relation::since)("as of", relation::since)
           ("after", relation::after)("following", relation::after)
           ("before", relation::before)("prior to", relation::before)
           ("ahead of", relation::before)("until", relation::until)("till", relation::until)
           ("through", relation::until)("up to", relation::until)("up until", relation::until)
           ("by", relation::by)("no later than", relation::by)("from", relation::from)
           // comparatives, as requests and schedules phrase them
           ("later than", relation::after)("earlier than", relation::before)
           ("sooner than", relation::before)("no earlier than", relation::since)
           ("no sooner than", relation::since)("not before", relation::since)
           ("starting on", relation::since)("starting in", relation::since)
           ("starting at", relation::since)("beginning on", relation::since)
           ("beginning in", relation::since)("anytime after", relation::after)
           ("any time after", relation::after)("sometime after", relation::after)
           ("sometime before", relation::before)("sometimes before", relation::before)
           ("anytime before", relation::before)("any time before", relation::before)
           ("on or after", relation::since)("on or before", relation::until)
           ("on or earlier than", relation::until)("later than or at", relation::since)
           ("later than or in", relation::since)("after or equal to", relation::since)
           ("before or in", relation::until)("before or on", relation::until)
           ("ending with", relation::until)("ending on", relation::until)
           ("ending in", relation::until)("up till", relation::until)
           ("as early as", relation::since)("as late as", relation::until);
    }
};
// Prepositions that place an event at the time: kept in the mention's span.
struct at_table : x3::symbols<ast::relation> {
    at_table() {
        using ast::relation;
        add("in", relation::at)("on", relation::at)("at", relation::at)("during", relation::at)
           ("throughout", relation::at)("around", relation::at)("in early", relation::at)
           ("back in", relation::at)
           ("earlier in", relation::at)("later in", relation::at);
    }
};

month_table const all_months{true};
month_table const safe_months{false};
weekday_table const weekdays;
weekday_abbrev_table const weekday_abbrevs;
weekday_dotted_table const weekdays_dotted;
season_table const seasons;
part_table const parts;
shift_table const shifts;
relation_table const relations;
at_table const at_words;

template <typename Table>
auto word_in(Table const& table) {
    return x3::lexeme[table >> word_end];
}

// "Sept." and "Sept" alike; the dot is consumed so the sentence splitter's work is not undone.
auto const month_any = x3::lexeme[all_months >> -x3::lit('.') >> word_end];
auto const month_safe = x3::lexeme[safe_months >> word_end];
auto const weekday =
    x3::lexeme[as<unsigned>(weekdays | weekday_abbrevs >> -x3::lit('.') >> !x3::lit('-') |
                            weekdays_dotted >> x3::lit('.')) >>
               word_end];
// "mid-2019" and "mid 2019" alike
auto const part_word = x3::lexeme[parts >> (x3::lit('-') | word_end)];
auto const shift_word = word_in(shifts);
auto const year_suffix = as<int>(-x3::lit(',') >> year4 | kw("of") >> year4);
// "last year" / "this year" / "next year" after a month or season, optionally with "of"
auto const year_shift = x3::omit[-kw("of")] >> shift_word >> x3::omit[kw("year")];

// units that unit_ref can shift
struct ref_unit_table : x3::symbols<ast::unit> {
    ref_unit_table() {
        using ast::unit;
        add("day", unit::day)("week", unit::week)("month", unit::month)("year", unit::year)
           ("decade", unit::decade)("quarter", unit::quarter)("century", unit::century);
    }
};
ref_unit_table const ref_units;
auto const ref_unit = x3::lexeme[ref_units >> word_end];

// ---------------------------------------------------------------- node builders

// Rules whose definition has semantic actions are parsed by X3 without an attribute for the
// handler, so tag_span never sees them: the builders record the node's span themselves.
// Boost 1.74 hands an action the range from the end of its match to the end of the input, so the
// start is marked by a zero-width eps[mark_start] in front (after the skipper ran) and the end is
// where that range begins.
auto const mark_start = [](auto& ctx) { x3::_val(ctx).first = x3::_where(ctx).begin(); };
template <typename Build>
auto spanning(Build build) {
    return [build](auto& ctx) {
        build(ctx);
        x3::_val(ctx).last = x3::_where(ctx).begin();
    };
}

auto const build_mdy = [](auto& ctx) {  // month, day, year?
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.month = at_c<0>(a);
    v.day = at_c<1>(a);
    v.year = at_c<2>(a);
};
auto const build_dmy = [](auto& ctx) {  // day, month, year?
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.day = at_c<0>(a);
    v.month = at_c<1>(a);
    v.year = at_c<2>(a);
};
auto const build_ordinal_dmy = [](auto& ctx) {  // the ordinal, month, year?
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.day = at_c<0>(a).value;
    v.month = at_c<1>(a);
    v.year = at_c<2>(a);
    x3::_pass(ctx) = v.day >= 1 && v.day <= 31;
};
auto const build_iso = [](auto& ctx) {
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.year = a.year;
    v.month = a.month;
    v.day = a.day;
};
auto const build_us_numeric = [](auto& ctx) {  // month / day / year
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.month = at_c<0>(a);
    v.day = at_c<1>(a);
    v.year = at_c<2>(a);
    x3::_pass(ctx) = v.month >= 1 && v.month <= 12;
};

auto const build_month_year = [](auto& ctx) {  // part?, month, year
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.p = at_c<0>(a) ? *at_c<0>(a) : ast::part::whole;
    v.month = at_c<1>(a);
    v.year = at_c<2>(a);
};
auto const build_month_year_shift = [](auto& ctx) {  // part?, month, shift
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.p = at_c<0>(a) ? *at_c<0>(a) : ast::part::whole;
    v.month = at_c<1>(a);
    v.year_shift = at_c<2>(a);
};
auto const build_month_shift = [](auto& ctx) {  // part?, shift, month
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.p = at_c<0>(a) ? *at_c<0>(a) : ast::part::whole;
    v.month_shift = at_c<1>(a);
    v.month = at_c<2>(a);
};
auto const build_month_part = [](auto& ctx) {  // part, month
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.p = at_c<0>(a);
    v.month = at_c<1>(a);
};
auto const build_month = [](auto& ctx) { x3::_val(ctx).month = x3::_attr(ctx); };

auto const build_year = [](auto& ctx) {  // part?, year
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.p = at_c<0>(a) ? *at_c<0>(a) : ast::part::whole;
    v.year = at_c<1>(a);
    v.span_years = 1;
};
auto const build_decade = [](auto& ctx) {  // part?, first year
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.p = at_c<0>(a) ? *at_c<0>(a) : ast::part::whole;
    v.year = at_c<1>(a);
    v.span_years = 10;
};
auto const build_century = [](auto& ctx) {  // part?, ordinal
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.p = at_c<0>(a) ? *at_c<0>(a) : ast::part::whole;
    unsigned n = at_c<1>(a).value;
    x3::_pass(ctx) = n >= 1 && n <= 22;
    v.year = (static_cast<int>(n) - 1) * 100;
    v.span_years = 100;
};

auto const build_season_year = [](auto& ctx) {  // part?, season, year?
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.p = at_c<0>(a) ? *at_c<0>(a) : ast::part::whole;
    v.season = at_c<1>(a);
    v.year = at_c<2>(a);
};
auto const build_part_season = [](auto& ctx) {  // part, season, year?
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.p = at_c<0>(a);
    v.season = at_c<1>(a);
    v.year = at_c<2>(a);
};
auto const build_shift_season = [](auto& ctx) {  // part?, shift, season
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.p = at_c<0>(a) ? *at_c<0>(a) : ast::part::whole;
    v.s = at_c<1>(a);
    v.season = at_c<2>(a);
};
auto const build_season_shift = [](auto& ctx) {  // season, year shift ("summer last year")
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.season = at_c<0>(a);
    v.s = at_c<1>(a);
};
auto const build_quarter = [](auto& ctx) {  // ordinal, year?
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.quarter = at_c<0>(a).value;
    v.year = at_c<1>(a);
    x3::_pass(ctx) = v.quarter >= 1 && v.quarter <= 4;
};
auto const build_quarter_shift = [](auto& ctx) {  // ordinal, shift
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.quarter = at_c<0>(a).value;
    v.s = at_c<1>(a);
    x3::_pass(ctx) = v.quarter >= 1 && v.quarter <= 4;
};
auto const build_q_digit = [](auto& ctx) {  // digit char, year
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.quarter = static_cast<unsigned>(at_c<0>(a) - '0');
    v.year = at_c<1>(a);
    x3::_pass(ctx) = v.quarter >= 1 && v.quarter <= 4;
};

auto const build_unit_ref = [](auto& ctx) {  // part?, shift, unit
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.p = at_c<0>(a) ? *at_c<0>(a) : ast::part::whole;
    v.s = at_c<1>(a);
    v.u = at_c<2>(a);
};
auto const build_unit_ref_the = [](auto& ctx) {  // part, unit ("the end of the year")
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.p = at_c<0>(a);
    v.s = ast::shift::this_;
    v.u = at_c<1>(a);
};
auto const build_later_ref = [](auto& ctx) {  // "later"/"earlier" flag, shift, unit
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.later = at_c<0>(a);
    v.earlier = !at_c<0>(a);
    v.s = at_c<1>(a);
    v.u = at_c<2>(a);
};

auto const build_offset = [](auto& ctx) {  // duration, further durations, direction
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.amount = at_c<0>(a);
    v.more = at_c<1>(a);
    v.dir = at_c<2>(a);
};
auto const build_nth_weekday = [](auto& ctx) {  // n, weekday, month
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.n = at_c<0>(a);
    v.weekday = at_c<1>(a);
    v.month = at_c<2>(a);
};
auto const set_nth = [](auto& ctx) {
    unsigned n = x3::_attr(ctx).value;
    x3::_pass(ctx) = n >= 1 && n <= 5;
    x3::_val(ctx) = static_cast<int>(n);
};
auto const set_last = [](auto& ctx) { x3::_val(ctx) = -1; };
auto const build_after_next = [](auto& ctx) {  // unit ("the week after next")
    auto& v = x3::_val(ctx);
    v.u = x3::_attr(ctx);
    v.s = ast::shift::next;
    v.steps = 2;
};
auto const build_weekday_after_next = [](auto& ctx) {  // weekday ("Friday after next")
    auto& v = x3::_val(ctx);
    v.weekday = x3::_attr(ctx);
    v.s = ast::shift::next;
    v.steps = 2;
};
auto const set_day = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };
auto const set_day_from_ordinal = [](auto& ctx) {
    unsigned n = x3::_attr(ctx).value;
    x3::_pass(ctx) = n >= 1 && n <= 31;
    x3::_val(ctx) = n;
};
auto const build_day_of_month_spec = [](auto& ctx) {  // day, month spec
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.day = at_c<0>(a);
    v.month = at_c<1>(a);
    v.month_given = true;
};
auto const build_day_only = [](auto& ctx) {  // day ("Tuesday the 14th")
    auto& v = x3::_val(ctx);
    v.day = x3::_attr(ctx);
    v.month = ast::unit_ref{};  // this month
    v.month_given = false;
};
auto const build_weekend = [](auto& ctx) {  // part?, shift
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.p = at_c<0>(a) ? *at_c<0>(a) : ast::part::whole;
    v.s = at_c<1>(a);
    v.u = ast::unit::day;
    v.weekend = true;
};
auto const build_offset_in = [](auto& ctx) {  // duration
    auto& v = x3::_val(ctx);
    v.amount = x3::_attr(ctx);
    v.dir = ast::direction::from_now;
};

auto const build_weekday = [](auto& ctx) {  // shift?, weekday
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.s = at_c<0>(a) ? *at_c<0>(a) : ast::shift::none;
    v.weekday = at_c<1>(a);
};

auto const set_days = [](int days) { return [days](auto& ctx) { x3::_val(ctx).days = days; }; };

auto const build_unit_span = [](auto& ctx) {  // shift, quantity, unit ("the last 3 months")
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.s = at_c<0>(a);
    v.count = at_c<1>(a).value;
    v.u = at_c<2>(a);
    x3::_pass(ctx) = v.count >= 1 && v.s != ast::shift::this_;
};
auto const build_week_weekday = [](auto& ctx) {  // shift of the week, weekday
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.s = at_c<0>(a);
    v.weekday = at_c<1>(a);
};
auto const build_weekday_week = [](auto& ctx) {  // weekday, shift of the week
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.weekday = at_c<0>(a);
    v.s = at_c<1>(a);
};
auto const build_based_offset = [](auto& ctx) {  // duration, direction, base
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.amount = at_c<0>(a);
    v.dir = at_c<1>(a);
    v.base = at_c<2>(a);
};
auto const build_anaphor_part = [](ast::anaphor kind) {  // part?, unit
    return [kind](auto& ctx) {
        auto& a = x3::_attr(ctx);
        auto& v = x3::_val(ctx);
        v.kind = kind;
        v.p = at_c<0>(a) ? *at_c<0>(a) : ast::part::whole;
        v.u = at_c<1>(a);
    };
};
auto const build_anaphor = [](ast::anaphor kind) {
    return [kind](auto& ctx) {
        auto& v = x3::_val(ctx);
        v.kind = kind;
        v.u = x3::_attr(ctx);
    };
};

// After a time: "2018 or later", "1/1/2016 and after", "2020 onwards".
struct postfix_relation_table : x3::symbols<ast::relation> {
    postfix_relation_table() {
        using ast::relation;
        add("or later", relation::since)("and later", relation::since)("or after", relation::since)
           ("and after", relation::since)("and greater", relation::since)("onwards", relation::since)
           ("onward", relation::since)("and beyond", relation::since)("or earlier", relation::until)
           ("and earlier", relation::until)("or before", relation::until)("and before", relation::until);
    }
};
postfix_relation_table const postfix_relations;
struct direction_table : x3::symbols<ast::direction> {
    direction_table() {
        using ast::direction;
        add("ago", direction::ago)("earlier", direction::earlier)("later", direction::later)
           ("on", direction::later)
           ("from now", direction::from_now)("hence", direction::from_now)
           ("from today", direction::from_now)("back", direction::ago);
    }
};
direction_table const directions;

}  // namespace time_detail

}  // namespace rules
}  // namespace claimcheck::grammar
