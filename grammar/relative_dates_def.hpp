// Definitions of the relative dates rules. Included by relative_dates.cpp only.
//
// Date rules build their nodes in semantic actions on whole alternatives (omit[(...)[build]]):
// the word order varies ("9 September" / "September 9") where the node does not, and an action
// on a whole alternative runs only once that alternative has matched, so a failed branch never
// leaves half-filled fields behind.
#pragma once

#include "relative_dates.hpp"
#include "calendar_words.hpp"
#include "absolute_dates.hpp"
#include "durations.hpp"

namespace claimcheck::grammar {
namespace rules {

using namespace time_detail;

// ================================================================ rule IDs

struct unit_ref_class : tag_span {};
struct offset_ref_class : tag_span {};
struct weekday_ref_class : tag_span {};
struct deictic_class : tag_span {};
struct anaphoric_ref_class : tag_span {};
struct based_offset_class : tag_span {};
struct nth_weekday_class : tag_span {};
struct relative_day_class : tag_span {};
struct year_season_class : tag_span {};
struct day_number_word_class;
struct day_number_digits_class;
struct day_ordinal_digits_class;
struct month_or_this_month_class;
struct nth_of_month_class;
struct month_spec_class;
struct base_time_class;

// ================================================================ rules

unit_ref_type const unit_ref = "relative week, month or year";
offset_ref_type const offset_ref = "offset from the anchor";
weekday_ref_type const weekday_ref = "weekday";
deictic_type const deictic = "yesterday, today or tomorrow";
anaphoric_ref_type const anaphoric_ref = "that same month";
based_offset_type const based_offset = "offset from a named day";
nth_weekday_type const nth_weekday = "nth weekday of a month";
relative_day_type const relative_day = "day of a relative month";
year_season_type const year_season = "season or quarter of a relative year";
x3::rule<day_number_word_class, unsigned> const day_number_word = "day of the month";
x3::rule<day_number_digits_class, unsigned> const day_number_digits = "day of the month in digits";
x3::rule<day_ordinal_digits_class, unsigned> const day_ordinal_digits = "day of the month like 21st";
x3::rule<month_or_this_month_class, ast::month_spec> const month_or_this_month = "the month";
x3::rule<nth_of_month_class, int> const nth_of_month = "first, second ... or last";
x3::rule<month_spec_class, ast::month_spec> const month_spec = "a month";
x3::rule<base_time_class, ast::base_time> const base_time = "day an offset counts from";

// ================================================================ grammar

auto const later_word = as<bool>(kw("later") >> x3::attr(true) | kw("earlier") >> x3::attr(false));
// "the last three months", "the next 3 days", "past few days", "upcoming 2 years". Read as the
// span of time they name (a time mention with an interval), not as a bare duration: in news
// "over the past 24 years" places what the sentence reports in those years, and a claim checker
// needs the dates. Some peer suites tag these as durations (SUTime "the last 3 months" P3M, yet
// "last 3 months" an interval); the duration rules still read them where no time may stand (gaps:
// "the first visit in the past two years").
auto const unit_span =
    x3::omit[(x3::eps[mark_start] >> x3::omit[-kw("the")] >> shift_word >> quantity() >> unit_word())
                 [spanning(build_unit_span)]];
// "last weekend", "this weekend"; "over the weekend": the one the sentence's tense points to
auto const weekend_shift = as<ast::shift>(shift_word | kw("the") >> x3::attr(ast::shift::none));
auto const weekend_ref = x3::omit[(x3::eps[mark_start] >> -part_word >> weekend_shift >> x3::omit[kw("weekend")])
                                      [spanning(build_weekend)]];
// "the week after next", "the month after the next"
auto const after_next =
    x3::omit[(x3::eps[mark_start] >> x3::omit[-kw("the")] >> ref_unit >> x3::omit[kw("after") >> -kw("the") >> kw("next")])
                 [spanning(build_after_next)]];
auto const unit_ref_def = after_next | unit_span | weekend_ref |
    x3::omit[(x3::eps[mark_start] >> later_word >> x3::omit[-kw("in")] >> shift_word >> ref_unit)[spanning(build_later_ref)]] |
    // "the rest of the week", "rest of current week", "the rest of this year": from the anchor on
    x3::omit[(x3::eps[mark_start] >> x3::omit[-kw("the") >> kw("rest") >> kw("of")] >> x3::attr(true) >> shift_word >> ref_unit)
                 [spanning(build_later_ref)]] |
    x3::omit[(x3::eps[mark_start] >> x3::omit[-kw("the") >> kw("rest") >> kw("of") >> kw("the")] >> x3::attr(true) >>
              x3::attr(ast::shift::this_) >> ref_unit)[spanning(build_later_ref)]] |
    // "later in the year", "earlier in the week"
    x3::omit[(x3::eps[mark_start] >> later_word >> x3::omit[kw("in") >> kw("the")] >> x3::attr(ast::shift::this_) >> ref_unit)
                 [spanning(build_later_ref)]] |
    // "this calendar year"
    x3::omit[(x3::eps[mark_start] >> -part_word >> shift_word >> x3::omit[-kw("calendar")] >> ref_unit)
                 [spanning(build_unit_ref)]] |
    x3::omit[(x3::eps[mark_start] >> part_word >> x3::omit[-kw("the")] >> ref_unit)[spanning(build_unit_ref_the)]];

auto const direction_word = x3::lexeme[directions >> word_end];
// "in two weeks", "in about a year": a point ahead. "in no more than 20 years", "in less than a
// week", "in over a decade" give a limit or a span, not a point: left to the duration rules.
auto const build_offset_in_point = [](auto& ctx) {  // duration
    build_offset_in(ctx);
    auto m = x3::_val(ctx).amount.mod;
    x3::_pass(ctx) = m == ast::modifier::exact || m == ast::modifier::about;
};
// "two months ago", "1 month, 21 days ago", "2 weeks and 2 days ago", "three years later"
auto const further_duration = x3::omit[-x3::lit(',') >> -kw("and")] >> duration();
auto const offset_ref_def = x3::omit[(x3::eps[mark_start] >> duration() >> *further_duration >> direction_word)
                                         [spanning(build_offset)]] |
                            x3::omit[(x3::eps[mark_start] >> x3::omit[kw("in")] >> duration())[spanning(build_offset_in_point)]];

auto const time_of_day_side = kw("earlier") | kw("later");
// "Tuesday of last week", "Saturday last week", "next week on Tuesday", "this week Friday",
// "last Friday", "Friday"
auto const weekday_ref_def =
    x3::omit[(x3::eps[mark_start] >> weekday >> x3::omit[-kw("of")] >> shift_word >> x3::omit[kw("week")])
                 [spanning(build_weekday_week)]] |
    x3::omit[(x3::eps[mark_start] >> shift_word >> x3::omit[kw("week")] >> x3::omit[-(kw("on") | x3::lit(','))] >>
              weekday)[spanning(build_week_weekday)]] |
    x3::omit[(x3::eps[mark_start] >> weekday >> x3::omit[kw("after") >> kw("next")])[spanning(build_weekday_after_next)]] |
    // "earlier Monday", "later Tuesday" (newswire: a time of that day): the day
    x3::omit[(x3::eps[mark_start] >> x3::omit[-time_of_day_side] >> -shift_word >> weekday)[spanning(build_weekday)]];

// "the first Friday of next month", "the last Friday in October", "3rd Wednesday in November"
auto const nth_of_month_def = ordinal()[set_nth] | kw("last")[set_last];
auto const month_spec_def = unit_ref | month_date() | bare_month();
auto const nth_weekday_def =
    x3::omit[(x3::eps[mark_start] >> x3::omit[-kw("the")] >> nth_of_month >> weekday >>
              x3::omit[-(kw("of") | kw("in"))] >> month_spec)[spanning(build_nth_weekday)]];

// "of the month" (this month), or a month
inline ast::month_spec this_month() {
    ast::unit_ref r;
    r.s = ast::shift::this_;
    r.u = ast::unit::month;
    return ast::month_spec{r};
}
auto const month_or_this_month_def =
    x3::omit[-kw("the") >> kw("month")] >> x3::attr(this_month()) | month_spec;

// A day number written as a word ("third", "twenty-sixth") is a day only after "the": "a third
// of March's rain", "one fifth of May" and "the last third of March" are fractions.
auto const set_day_from_digit_ordinal = [](auto& ctx) {
    auto const& o = x3::_attr(ctx);
    x3::_pass(ctx) = !o.word && o.value >= 1 && o.value <= 31;
    x3::_val(ctx) = static_cast<unsigned>(o.value);
};
auto const build_day_of_this_month = [](auto& ctx) {  // day ("Tuesday the 14th")
    auto& v = x3::_val(ctx);
    v.day = x3::_attr(ctx);
    v.month = this_month();
    v.month_given = false;
};
// "next 6th of April": the shift places the month, as in "next April"
auto const build_shifted_day_of_month = [](auto& ctx) {  // shift, day, month spec
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.day = at_c<1>(a);
    v.month = at_c<2>(a);
    v.month_given = true;
    if (auto* m = boost::get<ast::month_date>(&v.month.get()))
        if (!m->year && m->month_shift == ast::shift::none && m->year_shift == ast::shift::none)
            m->month_shift = at_c<0>(a);
};
auto const build_shifted_month_day = [](auto& ctx) {  // shift, month, day
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    ast::month_date m;
    m.month_shift = at_c<0>(a);
    m.month = at_c<1>(a);
    v.day = at_c<2>(a);
    v.month = m;
    v.month_given = true;
};
// "the 21st this month", "the 5th next month": the unit must be a plain month
auto const build_day_of_unit_month = [](auto& ctx) {  // day, unit_ref
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    ast::unit_ref const& r = at_c<1>(a);
    x3::_pass(ctx) = r.u == ast::unit::month && r.count == 0 && !r.weekend && !r.later && !r.earlier &&
                     r.p == ast::part::whole && r.steps == 1;
    v.day = at_c<0>(a);
    v.month = r;
    v.month_given = true;
};

// "the 20th of next month", "31st of this month", "next 6th of April", "this November 24",
// "Tuesday the 14th" (a weekday and a day: this month), "the twenty-sixth day of the month"
auto const day_number_word_def = day_of_month[set_day] | ordinal()[set_day_from_ordinal];
auto const day_number_digits_def = day_of_month[set_day] | ordinal()[set_day_from_digit_ordinal];
auto const day_ordinal_digits_def = ordinal()[set_day_from_digit_ordinal];
auto const relative_day_def =
    x3::omit[(x3::eps[mark_start] >> x3::omit[kw("the")] >> day_number_word >> x3::omit[-kw("day")] >>
              x3::omit[kw("of")] >> month_or_this_month)[spanning(build_day_of_month_spec)]] |
    x3::omit[(x3::eps[mark_start] >> day_number_digits >> x3::omit[-kw("day")] >>
              x3::omit[kw("of")] >> month_spec)[spanning(build_day_of_month_spec)]] |
    // "third day of the month": with "day" a word ordinal is no fraction
    x3::omit[(x3::eps[mark_start] >> day_number_word >> x3::omit[kw("day") >> kw("of")] >> month_or_this_month)
                 [spanning(build_day_of_month_spec)]] |
    x3::omit[(x3::eps[mark_start] >> shift_word >> day_number_digits >> x3::omit[kw("of")] >> month_spec)
                 [spanning(build_shifted_day_of_month)]] |
    // "this November 24", "next May 5"
    x3::omit[(x3::eps[mark_start] >> shift_word >> month_any >> day_of_month >> !x3::lit(':'))
                 [spanning(build_shifted_month_day)]] |
    // "the last day of the month", "last day of next month"
    x3::omit[(x3::eps[mark_start] >> x3::omit[-kw("the") >> kw("last") >> kw("day") >> kw("of")] >>
              x3::attr(32u) >> month_or_this_month)[spanning(build_day_of_month_spec)]] |
    x3::omit[(x3::eps[mark_start] >> x3::omit[kw("the")] >> day_ordinal_digits >> unit_ref)
                 [spanning(build_day_of_unit_month)]] |
    // digits only, and no comma: "on Thursday, the first visit in 14 years" is no date
    x3::omit[(x3::eps[mark_start] >> x3::omit[weekday >> kw("the")] >> day_of_month)[spanning(build_day_of_this_month)]];

// "this year's summer", "next year's first quarter", "last year's late autumn": the season or
// quarter of the year the shift names
auto const year_possessive = x3::omit[kw("year") >> x3::lexeme[x3::lit("'s") >> word_end]];
auto const plain_year_shift = [](ast::shift s) {
    return s == ast::shift::last || s == ast::shift::this_ || s == ast::shift::next;
};
auto const build_year_season = [](auto& ctx) {  // shift, part?, season
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.s = at_c<0>(a);
    v.p = at_c<1>(a) ? *at_c<1>(a) : ast::part::whole;
    v.season = at_c<2>(a);
    v.quarter = 0;
    v.year.reset();
    x3::_pass(ctx) = plain_year_shift(v.s);
};
auto const build_year_quarter = [](auto& ctx) {  // shift, part?, ordinal
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.s = at_c<0>(a);
    v.p = at_c<1>(a) ? *at_c<1>(a) : ast::part::whole;
    v.season = 0;
    v.quarter = static_cast<unsigned>(at_c<2>(a).value);
    v.year.reset();
    x3::_pass(ctx) = plain_year_shift(v.s) && v.quarter >= 1 && v.quarter <= 4;
};
auto const build_quarter_year_shift = [](auto& ctx) {  // ordinal, shift
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.s = at_c<1>(a);
    v.p = ast::part::whole;
    v.season = 0;
    v.quarter = static_cast<unsigned>(at_c<0>(a).value);
    v.year.reset();
    x3::_pass(ctx) = plain_year_shift(v.s) && v.quarter >= 1 && v.quarter <= 4;
};
auto const year_season_def =
    x3::omit[(x3::eps[mark_start] >> shift_word >> year_possessive >> -part_word >> word_in(seasons))
                 [spanning(build_year_season)]] |
    x3::omit[(x3::eps[mark_start] >> shift_word >> year_possessive >> -part_word >> ordinal() >>
              x3::omit[kw("quarter")])[spanning(build_year_quarter)]] |
    // "the year-earlier first quarter", "the year-ago third quarter" (financial news: the same
    // quarter of the year before)
    x3::omit[(x3::eps[mark_start] >> x3::omit[-kw("the") >> (kw("year-earlier") | kw("year-ago"))] >>
              x3::attr(ast::shift::last) >> x3::attr(boost::optional<ast::part>{}) >> ordinal() >>
              x3::omit[kw("quarter")])[spanning(build_year_quarter)]] |
    // "the third quarter this year", "the first quarter of next year"
    x3::omit[(x3::eps[mark_start] >> x3::omit[-kw("the")] >> ordinal() >> x3::omit[kw("quarter") >> -kw("of")] >>
              shift_word >> x3::omit[kw("year")])[spanning(build_quarter_year_shift)]];

// "2 weeks before today", "three weeks from tomorrow", "two weeks from next Tuesday", "3 days
// after January 12th": a count from a named day, not from the article date
auto const based_direction = as<ast::direction>(kw("before") >> x3::attr(ast::direction::earlier) |
                                                (kw("after") | kw("from")) >> x3::attr(ast::direction::later));
auto const base_time_def = deictic | weekday_ref | day_date();
// "1 year ago tomorrow", "two years ago today": the day that many units before the named day
auto const build_ago_deictic = [](auto& ctx) {  // duration, deictic
    auto& a = x3::_attr(ctx);
    auto& v = x3::_val(ctx);
    v.amount = at_c<0>(a);
    v.dir = ast::direction::earlier;
    v.base = at_c<1>(a);
};
auto const based_offset_def =
    x3::omit[(x3::eps[mark_start] >> duration() >> based_direction >> base_time)[spanning(build_based_offset)]] |
    x3::omit[(x3::eps[mark_start] >> duration() >> x3::omit[kw("ago")] >> deictic)[spanning(build_ago_deictic)]];

// "earlier today", "later yesterday": a time of that day
auto const deictic_def = (x3::eps[mark_start] >> x3::omit[kw("the") >> kw("day") >> kw("before") >> kw("yesterday")])[spanning(set_days(-2))] |
                         (x3::eps[mark_start] >> x3::omit[kw("the") >> kw("day") >> kw("after") >> kw("tomorrow")])[spanning(set_days(2))] |
                         (x3::eps[mark_start] >> x3::omit[-time_of_day_side >> kw("yesterday")])[spanning(set_days(-1))] |
                         (x3::eps[mark_start] >> x3::omit[-time_of_day_side >> (kw("today") | kw("tonight"))])[spanning(set_days(0))] |
                         (x3::eps[mark_start] >> x3::omit[kw("this") >> (kw("morning") | kw("afternoon") | kw("evening"))])[spanning(set_days(0))] |
                         (x3::eps[mark_start] >> x3::omit[kw("last") >> kw("night")])[spanning(set_days(-1))] |
                         (x3::eps[mark_start] >> x3::omit[-time_of_day_side >> kw("tomorrow")])[spanning(set_days(1))];

auto const anaphor_unit = as<ast::unit>(x3::lexeme[ref_units >> word_end] |
                                         kw("day") >> x3::attr(ast::unit::day));
auto const anaphoric_ref_def =
    x3::omit[(x3::eps[mark_start] >> x3::omit[kw("that") | kw("the")] >> x3::omit[kw("same") | kw("very")] >>
              anaphor_unit)[spanning(build_anaphor(ast::anaphor::same))]] |
    x3::omit[(x3::eps[mark_start] >> -part_word >> x3::omit[kw("the")] >>
              x3::omit[kw("following") | kw("next") | kw("subsequent") | kw("ensuing")] >>
              anaphor_unit)[spanning(build_anaphor_part(ast::anaphor::following))]] |
    x3::omit[(x3::eps[mark_start] >> -part_word >> x3::omit[kw("the")] >>
              x3::omit[kw("previous") | kw("preceding") | kw("prior")] >>
              anaphor_unit)[spanning(build_anaphor_part(ast::anaphor::previous))]] |
    x3::omit[(x3::eps[mark_start] >> x3::omit[kw("that")] >> anaphor_unit)[spanning(build_anaphor(ast::anaphor::same))]];

BOOST_SPIRIT_DEFINE(unit_ref, offset_ref, weekday_ref, deictic, anaphoric_ref, based_offset, base_time,
                    nth_weekday, nth_of_month, month_spec, relative_day, day_number_word,
                    day_number_digits, day_ordinal_digits, month_or_this_month, year_season)

}  // namespace rules

rules::unit_ref_type const& unit_ref() { return rules::unit_ref; }
rules::offset_ref_type const& offset_ref() { return rules::offset_ref; }
rules::weekday_ref_type const& weekday_ref() { return rules::weekday_ref; }
rules::deictic_type const& deictic() { return rules::deictic; }
rules::anaphoric_ref_type const& anaphoric_ref() { return rules::anaphoric_ref; }
rules::based_offset_type const& based_offset() { return rules::based_offset; }
rules::nth_weekday_type const& nth_weekday() { return rules::nth_weekday; }
rules::relative_day_type const& relative_day() { return rules::relative_day; }
rules::year_season_type const& year_season() { return rules::year_season; }

}  // namespace claimcheck::grammar
