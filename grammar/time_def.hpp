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
struct postfix_mention_class;

// ================================================================ rules

time_expr_type const time_expr = "time expression";
time_mention_type const time_mention = "time mention";
x3::rule<postfix_mention_class, ast::time_mention> const postfix_mention = "time and a relation after it";

// ================================================================ grammar

// Order matters where two alternatives start alike: the longer reading first ("next week on
// Tuesday" is a weekday before it is a week; "2 weeks before today" an offset from a day before
// it is a plain offset).
auto const time_expr_def = day_date() | month_date() | season_date() | year_date() | weekday_ref() |
                           unit_ref() | based_offset() | offset_ref() | deictic() | anaphoric_ref();

// a relation ("since", "until") or a placing preposition ("in", "on"), then the time; after a
// preposition a bare "May" or "Sept." is a month
auto const postfix_relation = x3::lexeme[postfix_relations >> word_end];
auto const time_mention_def =
    word_in(relations) >> (time_expr | bare_month() | bare_season()) |
    word_in(at_words) >> (time_expr | bare_month() | bare_season()) |
    postfix_mention | x3::attr(ast::relation::at) >> time_expr;

// "2018 or later". Built in an action, so it is a rule of its own (an action anywhere in a rule's
// definition makes X3 parse the whole rule without an attribute) that records its span by hand.
auto const postfix_mention_def =
    x3::omit[(x3::eps[mark_start] >> time_expr >> postfix_relation)[spanning(build_postfix_mention)]];

BOOST_SPIRIT_DEFINE(time_expr, time_mention, postfix_mention)

}  // namespace rules

rules::time_expr_type const& time_expr() { return rules::time_expr; }
rules::time_mention_type const& time_mention() { return rules::time_mention; }

}  // namespace claimcheck::grammar