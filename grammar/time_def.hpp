// Definitions of the time-expression rules. Included by time.cpp only: the alternatives of a time
// and the prepositions or relations in front of it. The dates themselves are in
// absolute_dates_def.hpp and relative_dates_def.hpp.
#pragma once

#include "absolute_dates.hpp"
#include "calendar_words.hpp"
#include "relative_dates.hpp"
#include "time.hpp"

namespace claimcheck::grammar {
namespace rules {

using namespace time_detail;

// ================================================================ rule IDs

struct time_expr_class;
struct time_mention_class : tag_span {};

// ================================================================ rules

time_expr_type const time_expr = "time expression";
time_mention_type const time_mention = "time mention";

// ================================================================ grammar

auto const time_expr_def = day_date() | month_date() | season_date() | year_date() | unit_ref() |
                           offset_ref() | weekday_ref() | deictic() | anaphoric_ref();

// a relation ("since", "until") or a placing preposition ("in", "on"), then the time; after a
// preposition a bare "May" or "Sept." is a month
auto const time_mention_def = word_in(relations) >> (time_expr | bare_month() | bare_season()) |
                              word_in(at_words) >> (time_expr | bare_month() | bare_season()) |
                              x3::attr(ast::relation::at) >> time_expr;

BOOST_SPIRIT_DEFINE(time_expr, time_mention)

}  // namespace rules

rules::time_expr_type const& time_expr() { return rules::time_expr; }
rules::time_mention_type const& time_mention() { return rules::time_mention; }

}  // namespace claimcheck::grammar