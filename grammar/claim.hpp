// The top rule: any claim kind. Adding a kind means one more alternative here and in ast::claim.
#pragma once

#include "ast.hpp"
#include "config.hpp"

namespace claimcheck::grammar {

namespace x3 = boost::spirit::x3;

namespace rules {
struct claim_class;

using claim_type = x3::rule<claim_class, ast::claim>;

BOOST_SPIRIT_DECLARE(claim_type)
}  // namespace rules

rules::claim_type const& claim();  // The top rule: any claim kind. Adding a kind means one more alternative here and in ast::claim.

}  // namespace claimcheck::grammar
