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
struct day_number_word_class;
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
x3::rule<day_number_word_class, unsigned> const day_number_word = "day of the month";
x3::rule<month_or_this_month_class, ast::month_spec> const month_or_this_month = "the month";
x3::rule<nth_of_month_class, int> const nth_of_month = "first, second ... or last";
x3::rule<month_spec_class, ast::month_spec> const month_spec = "a month";
x3::rule<base_time_class, ast::base_time> const base_time = "day an offset counts from";

// ================================================================ grammar

auto const later_word = as<bool>(kw("later") >> x3::attr(true) | kw("earlier") >> x3::attr(false));
// "the last three months", "the next 3 days", "past few days", "upcoming 2 years"
auto const unit_span =
    x3::omit[(x3::eps[mark_start] >> x3::omit[-kw("the")] >> shift_word >> quantity() >> unit_word())
                 [spanning(build_unit_span)]];
auto const weekend_ref = x3::omit[(x3::eps[mark_start] >> -part_word >> shift_word >> x3::omit[kw("weekend")])
                                      [spanning(build_weekend)]];
// "the week after next", "the month after the next"
auto const after_next =
    x3::omit[(x3::eps[mark_start] >> x3::omit[-kw("the")] >> ref_unit >> x3::omit[kw("after") >> -kw("the") >> kw("next")])
                 [spanning(build_after_next)]];
auto const unit_ref_def = after_next | unit_span | weekend_ref |
    x3::omit[(x3::eps[mark_start] >> later_word >> x3::omit[-kw("in")] >> shift_word >> ref_unit)[spanning(build_later_ref)]] |
    // "later in the year", "earlier in the week"
    x3::omit[(x3::eps[mark_start] >> later_word >> x3::omit[kw("in") >> kw("the")] >> x3::attr(ast::shift::this_) >> ref_unit)
                 [spanning(build_later_ref)]] |
    x3::omit[(x3::eps[mark_start] >> -part_word >> shift_word >> ref_unit)[spanning(build_unit_ref)]] |
    x3::omit[(x3::eps[mark_start] >> part_word >> x3::omit[-kw("the")] >> ref_unit)[spanning(build_unit_ref_the)]];

auto const direction_word = x3::lexeme[directions >> word_end];
// "two months ago", "1 month, 21 days ago", "2 weeks and 2 days ago", "three years later"
auto const further_duration = x3::omit[-x3::lit(',') >> -kw("and")] >> duration();
auto const offset_ref_def = x3::omit[(x3::eps[mark_start] >> duration() >> *further_duration >> direction_word)
                                         [spanning(build_offset)]] |
                            x3::omit[(x3::eps[mark_start] >> x3::omit[kw("in")] >> duration())[spanning(build_offset_in)]];

// "Tuesday of last week", "Saturday last week", "next week on Tuesday", "this week Friday",
// "last Friday", "Friday"
auto const weekday_ref_def =
    x3::omit[(x3::eps[mark_start] >> weekday >> x3::omit[-kw("of")] >> shift_word >> x3::omit[kw("week")])
                 [spanning(build_weekday_week)]] |
    x3::omit[(x3::eps[mark_start] >> shift_word >> x3::omit[kw("week")] >> x3::omit[-(kw("on") | x3::lit(','))] >>
              weekday)[spanning(build_week_weekday)]] |
    x3::omit[(x3::eps[mark_start] >> weekday >> x3::omit[kw("after") >> kw("next")])[spanning(build_weekday_after_next)]] |
    x3::omit[(x3::eps[mark_start] >> -shift_word >> weekday)[spanning(build_weekday)]];

// "the first Friday of next month", "the last Friday in October", "3rd Wednesday in November"
auto const nth_of_month_def = ordinal()[set_nth] | kw("last")[set_last];
auto const month_spec_def = unit_ref | month_date() | bare_month();
auto const nth_weekday_def =
    x3::omit[(x3::eps[mark_start] >> x3::omit[-kw("the")] >> nth_of_month >> weekday >>
              x3::omit[-(kw("of") | kw("in"))] >> month_spec)[spanning(build_nth_weekday)]];

// "of the month" (this month), or a month
auto const month_or_this_month_def =
    x3::omit[-kw("the") >> kw("month")] >> x3::attr(ast::month_spec{ast::unit_ref{}}) | month_spec;

// "the 20th of next month", "31st of this month", "next 6th of April", "this November 24",
// "Tuesday the 14th" (a weekday and a day: this month)
auto const day_number_word_def = day_of_month[set_day] | ordinal()[set_day_from_ordinal];
auto const relative_day_def =
    x3::omit[(x3::eps[mark_start] >> x3::omit[-kw("the")] >> day_number_word >> x3::omit[-kw("day")] >>
              x3::omit[kw("of")] >> month_spec)[spanning(build_day_of_month_spec)]] |
    x3::omit[(x3::eps[mark_start] >> x3::omit[shift_word] >> day_number_word >> x3::omit[kw("of")] >> month_spec)
                 [spanning(build_day_of_month_spec)]] |
    // "the last day of the month", "last day of next month"
    x3::omit[(x3::eps[mark_start] >> x3::omit[-kw("the") >> kw("last") >> kw("day") >> kw("of")] >>
              x3::attr(32u) >> month_or_this_month)[spanning(build_day_of_month_spec)]] |
    // digits only, and no comma: "on Thursday, the first visit in 14 years" is no date
    x3::omit[(x3::eps[mark_start] >> x3::omit[weekday >> kw("the")] >> day_of_month)[spanning(build_day_only)]];

// "2 weeks before today", "three weeks from tomorrow", "two weeks from next Tuesday", "3 days
// after January 12th": a count from a named day, not from the article date
auto const based_direction = as<ast::direction>(kw("before") >> x3::attr(ast::direction::earlier) |
                                                (kw("after") | kw("from")) >> x3::attr(ast::direction::later));
auto const base_time_def = deictic | weekday_ref | day_date();
auto const based_offset_def =
    x3::omit[(x3::eps[mark_start] >> duration() >> based_direction >> base_time)[spanning(build_based_offset)]];

auto const deictic_def = (x3::eps[mark_start] >> x3::omit[kw("the") >> kw("day") >> kw("before") >> kw("yesterday")])[spanning(set_days(-2))] |
                         (x3::eps[mark_start] >> x3::omit[kw("the") >> kw("day") >> kw("after") >> kw("tomorrow")])[spanning(set_days(2))] |
                         (x3::eps[mark_start] >> x3::omit[kw("yesterday")])[spanning(set_days(-1))] |
                         (x3::eps[mark_start] >> x3::omit[kw("today") | kw("tonight")])[spanning(set_days(0))] |
                         (x3::eps[mark_start] >> x3::omit[kw("this") >> (kw("morning") | kw("afternoon") | kw("evening"))])[spanning(set_days(0))] |
                         (x3::eps[mark_start] >> x3::omit[kw("last") >> kw("night")])[spanning(set_days(-1))] |
                         (x3::eps[mark_start] >> x3::omit[kw("tomorrow")])[spanning(set_days(1))];

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
                    month_or_this_month)

}  // namespace rules

rules::unit_ref_type const& unit_ref() { return rules::unit_ref; }
rules::offset_ref_type const& offset_ref() { return rules::offset_ref; }
rules::weekday_ref_type const& weekday_ref() { return rules::weekday_ref; }
rules::deictic_type const& deictic() { return rules::deictic; }
rules::anaphoric_ref_type const& anaphoric_ref() { return rules::anaphoric_ref; }
rules::based_offset_type const& based_offset() { return rules::based_offset; }
rules::nth_weekday_type const& nth_weekday() { return rules::nth_weekday; }
rules::relative_day_type const& relative_day() { return rules::relative_day; }

}  // namespace claimcheck::grammar
