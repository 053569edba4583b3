// Absolute dates, whole or partial: a day, a month, a year, a decade, a century, a season or a
// quarter, with early/mid/late parts ("Sept. 15", "late October last year", "the early 1990s").
// A missing year is filled in later, against the article date (src/extract/resolve.cpp).
#pragma once

#include "ast.hpp"
#include "config.hpp"

namespace claimcheck::grammar {

namespace x3 = boost::spirit::x3;

namespace rules {
struct day_date_class;
struct month_date_class;
struct bare_month_class;
struct year_date_class;
struct season_date_class;
struct bare_season_class;

using day_date_type = x3::rule<day_date_class, ast::day_date>;
using month_date_type = x3::rule<month_date_class, ast::month_date>;
using bare_month_type = x3::rule<bare_month_class, ast::month_date>;
using year_date_type = x3::rule<year_date_class, ast::year_date>;
using season_date_type = x3::rule<season_date_class, ast::season_date>;
using bare_season_type = x3::rule<bare_season_class, ast::season_date>;

BOOST_SPIRIT_DECLARE(day_date_type, month_date_type, bare_month_type, year_date_type, season_date_type, bare_season_type)
}  // namespace rules

rules::day_date_type const& day_date();  // "Sept. 15", "Monday, Jan 22, 2018", "21/04/2016", "May twenty-first"
rules::month_date_type const& month_date();  // "October 2015", "late October last year", "11/2016", "the third week of April"
rules::bare_month_type const& bare_month();  // any month name, "May" included (after a preposition)
rules::year_date_type const& year_date();  // "late 2011", "the 1950s", "the nineties", "the 20th century", "H1 2020", "567 BC"
rules::season_date_type const& season_date();  // "the summer of 2019", "last fall", "Q3 2019", "the 2001 third quarter"
rules::bare_season_type const& bare_season();  // a season name alone (after a preposition)

}  // namespace claimcheck::grammar
