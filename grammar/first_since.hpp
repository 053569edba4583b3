// Claim kind `first_since`: "the first X since 2018", "for the first time since 2018", "the first
// visit since late October last year, when Y".
#pragma once

#include "ast.hpp"
#include "config.hpp"

namespace claimcheck::grammar {

namespace x3 = boost::spirit::x3;

namespace rules {
struct first_since_class;

using first_since_type = x3::rule<first_since_class, ast::first_since>;

BOOST_SPIRIT_DECLARE(first_since_type)
}  // namespace rules

rules::first_since_type const& first_since();  // Claim kind `first_since`: "the first X since 2018", "for the first time since 2018", "the first
// visit since late October last year, when Y".

}  // namespace claimcheck::grammar
