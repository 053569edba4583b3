// Claim kind `first_in_interval`: "the first X in more than a year", "their first talks in six
// years", "the first ... in years", "for the first time in nearly two decades".
#pragma once

#include "ast.hpp"
#include "config.hpp"

namespace claimcheck::grammar {

namespace x3 = boost::spirit::x3;

namespace rules {
struct first_in_interval_class;

using first_in_interval_type = x3::rule<first_in_interval_class, ast::first_in_interval>;

BOOST_SPIRIT_DECLARE(first_in_interval_type)
}  // namespace rules

rules::first_in_interval_type const& first_in_interval();  // Claim kind `first_in_interval`: "the first X in more than a year", "their first talks in six
// years", "the first ... in years", "for the first time in nearly two decades".

}  // namespace claimcheck::grammar
