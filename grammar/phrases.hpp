// Phrases kept as written: the event a claim is about ("the founding of North Korea's ruling
// Workers' Party"), a possessor ("the party's"), a when-clause ("when it fired a missile").
#pragma once

#include "ast.hpp"
#include "config.hpp"

namespace claimcheck::grammar {

namespace x3 = boost::spirit::x3;

namespace rules {
struct noun_phrase_class;
struct possessor_class;
struct clause_class;

using noun_phrase_type = x3::rule<noun_phrase_class, ast::phrase>;
using possessor_type = x3::rule<possessor_class, ast::phrase>;
using clause_type = x3::rule<clause_class, ast::phrase>;

BOOST_SPIRIT_DECLARE(noun_phrase_type, possessor_type, clause_type)
}  // namespace rules

rules::noun_phrase_type const& noun_phrase();  // a noun phrase: "the founding of North Korea's ..."
rules::possessor_type const& possessor();  // "the party's" before an ordinal
rules::clause_type const& clause();  // words up to the next punctuation

}  // namespace claimcheck::grammar
