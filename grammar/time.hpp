// Time expressions: absolute ("Sept. 15", "October 2015", "late 2011", "the 1950s"), relative to
// the article date ("yesterday", "on Friday", "late last month", "two months ago") or to the time
// mentioned before ("that same month", "the following year"); and time mentions, the same with
// their preposition or relation ("in October 2015", "since early 2020", "until 2030").
#pragma once

#include "ast.hpp"
#include "config.hpp"

namespace claimcheck::grammar {

namespace x3 = boost::spirit::x3;

namespace rules {
struct time_expr_class;
struct time_mention_class;

using time_expr_type = x3::rule<time_expr_class, ast::time_expr>;
using time_mention_type = x3::rule<time_mention_class, ast::time_mention>;

BOOST_SPIRIT_DECLARE(time_expr_type, time_mention_type)
}  // namespace rules

rules::time_expr_type const& time_expr();        // a time without its preposition
rules::time_mention_type const& time_mention();  // a time with its preposition or relation

}  // namespace claimcheck::grammar
