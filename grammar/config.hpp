// Iterator and context types of every rule, written once. Each grammar translation unit
// instantiates its rules for exactly these types, so rules can be used across TUs.
//
// The grammar runs on ASCII-folded text (typographic quotes, dashes and no-break spaces folded by
// src/ingest/fold.hpp), one sentence at a time, skipping ASCII whitespace.
#pragma once

#include <boost/spirit/home/x3.hpp>

namespace claimcheck::grammar {

namespace x3 = boost::spirit::x3;

using iterator_type = const char*;
using skipper_type = x3::ascii::space_type;
using context_type = x3::phrase_parse_context<skipper_type>::type;

}  // namespace claimcheck::grammar
