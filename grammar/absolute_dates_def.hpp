// Definitions of the absolute dates rules. Included by absolute_dates.cpp only.
//
// Date rules build their nodes in semantic actions on whole alternatives (omit[(...)[build]]):
// the word order varies ("9 September" / "September 9") where the node does not, and an action
// on a whole alternative runs only once that alternative has matched, so a failed branch never
// leaves half-filled fields behind.
#pragma once

#include "absolute_dates.hpp"
#include "calendar_words.hpp"

namespace claimcheck::grammar {
namespace rules {

using namespace time_detail;

// ================================================================ rule IDs

struct day_date_class : tag_span {};
struct month_date_class : tag_span {};
struct bare_month_class : tag_span {};
struct year_date_class : tag_span {};
struct season_date_class : tag_span {};
struct bare_season_class : tag_span {};

// ================================================================ rules

day_date_type const day_date = "day";
month_date_type const month_date = "month";
bare_month_type const bare_month = "month after a preposition";
year_date_type const year_date = "year, decade or century";
season_date_type const season_date = "season or quarter";
bare_season_type const bare_season = "season after a preposition";

// ================================================================ grammar

auto const weekday_prefix = x3::omit[-(weekday >> -x3::lit(','))];
auto const us_numeric_date = x3::lexeme[x3::uint_parser<unsigned, 10, 1, 2>{} >> '/' >>
                                        x3::uint_parser<unsigned, 10, 1, 2>{} >> '/' >> year4];

auto const day_date_def =
    weekday_prefix >>
    (x3::omit[(x3::eps[mark_start] >> month_any >> day_of_month >> -(-x3::lit(',') >> year4))[spanning(build_mdy)]] |
     x3::omit[(x3::eps[mark_start] >> day_of_month >> x3::omit[-kw("of")] >> month_any >>
               -(-x3::lit(',') >> year4))[spanning(build_dmy)]] |
     x3::omit[(x3::eps[mark_start] >> x3::omit[kw("the")] >> ordinal() >> x3::omit[kw("of")] >> month_any >>
               -(-x3::lit(',') >> year4))[spanning(build_ordinal_dmy)]] |
     x3::omit[(x3::eps[mark_start] >> iso_date)[spanning(build_iso)]] | x3::omit[(x3::eps[mark_start] >> us_numeric_date)[spanning(build_us_numeric)]]);

auto const month_date_def =
    x3::omit[(x3::eps[mark_start] >> -part_word >> month_any >> year_suffix)[spanning(build_month_year)]] |
    x3::omit[(x3::eps[mark_start] >> -part_word >> month_any >> year_shift)[spanning(build_month_year_shift)]] |
    x3::omit[(x3::eps[mark_start] >> -part_word >> shift_word >> month_any)[spanning(build_month_shift)]] |
    x3::omit[(x3::eps[mark_start] >> part_word >> month_any)[spanning(build_month_part)]] | x3::omit[(x3::eps[mark_start] >> month_safe)[spanning(build_month)]];

// after "in", "since", "until"...: any month name, "May" and "Sept." included
auto const bare_month_def = x3::omit[(x3::eps[mark_start] >> month_any)[spanning(build_month)]];

auto const year_date_def =
    x3::omit[(x3::eps[mark_start] >> -part_word >> x3::omit[-kw("the")] >> decade_digits)[spanning(build_decade)]] |
    x3::omit[(x3::eps[mark_start] >> -part_word >> x3::omit[-kw("the")] >> ordinal() >>
              x3::omit[kw("century")])[spanning(build_century)]] |
    x3::omit[(x3::eps[mark_start] >> -part_word >> year4)[spanning(build_year)]];

auto const season_word = x3::lexeme[seasons >> word_end];
// "the summer of 2019", "spring 2020", "early summer", "last fall", "summer last year",
// "the first quarter of 2020", "Q3 2019". A season alone ("the 2018 Winter Olympics", "will fall
// on Friday") is no time: it needs "the", a year, a part or a shift, or a preposition
// (bare_season, after "in" or "since").
auto const season_date_def =
    x3::omit[(x3::eps[mark_start] >> -part_word >> x3::omit[kw("the")] >> season_word >> -year_suffix)
                 [spanning(build_season_year)]] |
    x3::omit[(x3::eps[mark_start] >> -part_word >> season_word >> year_suffix)[spanning(build_season_year)]] |
    x3::omit[(x3::eps[mark_start] >> part_word >> season_word >> -year_suffix)[spanning(build_part_season)]] |
    x3::omit[(x3::eps[mark_start] >> -part_word >> shift_word >> season_word)[spanning(build_shift_season)]] |
    x3::omit[(x3::eps[mark_start] >> season_word >> year_shift)[spanning(build_season_shift)]] |
    x3::omit[(x3::eps[mark_start] >> x3::omit[-kw("the")] >> ordinal() >> x3::omit[kw("quarter")] >>
              -(x3::omit[kw("of")] >> year4))[spanning(build_quarter)]] |
    x3::omit[(x3::eps[mark_start] >> x3::omit[-kw("the")] >> ordinal() >> x3::omit[kw("quarter")] >>
              year_shift)[spanning(build_quarter_shift)]] |
    x3::omit[(x3::eps[mark_start] >> x3::lexeme['q' >> x3::char_("1-4") >> word_end] >>
              x3::omit[-x3::lit(',')] >> year4)[spanning(build_q_digit)]];

auto const build_bare_season = [](auto& ctx) { x3::_val(ctx).season = x3::_attr(ctx); };
auto const bare_season_def = x3::omit[(x3::eps[mark_start] >> season_word)[spanning(build_bare_season)]];

BOOST_SPIRIT_DEFINE(day_date, month_date, bare_month, year_date, season_date, bare_season)

}  // namespace rules

rules::day_date_type const& day_date() { return rules::day_date; }
rules::month_date_type const& month_date() { return rules::month_date; }
rules::bare_month_type const& bare_month() { return rules::bare_month; }
rules::year_date_type const& year_date() { return rules::year_date; }
rules::season_date_type const& season_date() { return rules::season_date; }
rules::bare_season_type const& bare_season() { return rules::bare_season; }

}  // namespace claimcheck::grammar
