// Claim kind `anniversary`: "the 75th anniversary of the founding of X", "X's 80th anniversary",
// "the 75th birthday", "marks 70 years since X", "the centenary of X".
#pragma once

#include "ast.hpp"
#include "config.hpp"

namespace claimcheck::grammar {

namespace x3 = boost::spirit::x3;

namespace rules {
struct anniversary_class;

using anniversary_type = x3::rule<anniversary_class, ast::anniversary>;

BOOST_SPIRIT_DECLARE(anniversary_type)
}  // namespace rules

rules::anniversary_type const& anniversary();  // Claim kind `anniversary`: "the 75th anniversary of the founding of X", "X's 80th anniversary",
// "the 75th birthday", "marks 70 years since X", "the centenary of X".

}  // namespace claimcheck::grammar
