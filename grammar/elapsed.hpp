// Claim kind `elapsed`: "less than two months after X", "no X in about two years", "after three
// years of X", "since early 2020", "20 years since X".
#pragma once

#include "ast.hpp"
#include "config.hpp"

namespace claimcheck::grammar {

namespace x3 = boost::spirit::x3;

namespace rules {
struct elapsed_class;

using elapsed_type = x3::rule<elapsed_class, ast::elapsed>;

BOOST_SPIRIT_DECLARE(elapsed_type)
}  // namespace rules

rules::elapsed_type const& elapsed();  // Claim kind `elapsed`: "less than two months after X", "no X in about two years", "after three
// years of X", "since early 2020", "20 years since X".

}  // namespace claimcheck::grammar
