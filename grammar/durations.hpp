// Durations: "more than a year", "about two years", "nearly seven decades", "six years",
// "half a century", "18-month"; and vague spans: "years", "many decades", "a long time".
#pragma once

#include "ast.hpp"
#include "config.hpp"

namespace claimcheck::grammar {

namespace x3 = boost::spirit::x3;

namespace rules {
struct duration_class;
struct gap_class;
struct unit_word_class;

using duration_type = x3::rule<duration_class, ast::duration>;
using gap_type = x3::rule<gap_class, ast::duration>;
using unit_word_type = x3::rule<unit_word_class, ast::unit>;

BOOST_SPIRIT_DECLARE(duration_type, gap_type, unit_word_type)
}  // namespace rules

rules::duration_type const& duration();    // a counted duration of calendar units, with its modifier
// a duration (also in business days or weekends, or months and days: "1 year 1 month 21 days"
// in days) or a vague span ("in years")
rules::gap_type const& gap();
rules::unit_word_type const& unit_word();  // day(s), week(s), month(s), year(s), decade(s), ...

}  // namespace claimcheck::grammar
