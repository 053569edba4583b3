// Numbers and ordinals: "75", "1,500", "twenty-five", "one hundred and twelve", "1.5 million",
// "two point five", "a dozen", fractions ("three fifths", "a quarter of a million", "one over
// 20", "five and a quarter"), negatives ("minus 5"); counts before a unit ("two", "a couple of",
// "several"); "75th", "seventy-fifth", "twenty first", "two hundredth", "first".
#pragma once

#include "ast.hpp"
#include "config.hpp"

namespace claimcheck::grammar {

namespace x3 = boost::spirit::x3;

namespace rules {
struct number_class;
struct quantity_class;
struct ordinal_class;

using number_type = x3::rule<number_class, double>;
using quantity_type = x3::rule<quantity_class, ast::quantity>;
using ordinal_type = x3::rule<ordinal_class, ast::ordinal>;

BOOST_SPIRIT_DECLARE(number_type, quantity_type, ordinal_type)
}  // namespace rules

rules::number_type const& number();      // a cardinal, fraction or negative, digits or words
rules::quantity_type const& quantity();  // a count before a unit, exact or vague
rules::ordinal_type const& ordinal();    // an ordinal, digits or words

}  // namespace claimcheck::grammar
