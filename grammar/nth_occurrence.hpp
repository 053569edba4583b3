// Claim kind `nth_occurrence`: "his fourth visit to China", "the sixth meeting between the two",
// "for the second time".
#pragma once

#include "ast.hpp"
#include "config.hpp"

namespace claimcheck::grammar {

namespace x3 = boost::spirit::x3;

namespace rules {
struct nth_occurrence_class;

using nth_occurrence_type = x3::rule<nth_occurrence_class, ast::nth_occurrence>;

BOOST_SPIRIT_DECLARE(nth_occurrence_type)
}  // namespace rules

rules::nth_occurrence_type const& nth_occurrence();  // Claim kind `nth_occurrence`: "his fourth visit to China", "the sixth meeting between the two",
// "for the second time".

}  // namespace claimcheck::grammar
