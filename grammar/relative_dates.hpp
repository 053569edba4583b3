// Dates relative to the article date ("last month", "on Friday", "two months ago") or to the time
// mentioned before ("that same month", "the following year").
#pragma once

#include "ast.hpp"
#include "config.hpp"

namespace claimcheck::grammar {

namespace x3 = boost::spirit::x3;

namespace rules {
struct unit_ref_class;
struct offset_ref_class;
struct weekday_ref_class;
struct deictic_class;
struct anaphoric_ref_class;
struct based_offset_class;
struct nth_weekday_class;
struct relative_day_class;
struct year_season_class;

using unit_ref_type = x3::rule<unit_ref_class, ast::unit_ref>;
using offset_ref_type = x3::rule<offset_ref_class, ast::offset_ref>;
using weekday_ref_type = x3::rule<weekday_ref_class, ast::weekday_ref>;
using deictic_type = x3::rule<deictic_class, ast::deictic>;
using anaphoric_ref_type = x3::rule<anaphoric_ref_class, ast::anaphoric_ref>;
using based_offset_type = x3::rule<based_offset_class, ast::based_offset>;
using nth_weekday_type = x3::rule<nth_weekday_class, ast::nth_weekday>;
using relative_day_type = x3::rule<relative_day_class, ast::relative_day>;
using year_season_type = x3::rule<year_season_class, ast::season_date>;

BOOST_SPIRIT_DECLARE(unit_ref_type, offset_ref_type, weekday_ref_type, deictic_type, anaphoric_ref_type,
                     based_offset_type, nth_weekday_type, relative_day_type, year_season_type)
}  // namespace rules

rules::unit_ref_type const& unit_ref();  // "last month", "later this week", "the past year"
rules::offset_ref_type const& offset_ref();  // "two months ago", "three years later"
rules::weekday_ref_type const& weekday_ref();  // "Friday", "last Tuesday"
rules::deictic_type const& deictic();  // "yesterday", "today", "tomorrow"
rules::anaphoric_ref_type const& anaphoric_ref();
rules::based_offset_type const& based_offset();
rules::nth_weekday_type const& nth_weekday();  // "the first Friday of next month"
rules::relative_day_type const& relative_day();  // "the 20th of next month", "Tuesday the 14th"
rules::year_season_type const& year_season();  // "this year's summer", "next year's first quarter"

}  // namespace claimcheck::grammar
