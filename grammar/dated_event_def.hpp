// Definition of the dated_event rule. Included by dated_event.cpp only.
//
// Every time mention is a candidate; the extractor keeps those that place an event (a
// preposition, a day or month, or a relative expression) and drops bare numbers that only look
// like years ("2018 people").
#pragma once

#include "ast_adapted.hpp"
#include "common.hpp"
#include "dated_event.hpp"
#include "phrases.hpp"
#include "time.hpp"

namespace claimcheck::grammar {
namespace rules {

// ================================================================ rule IDs

struct dated_event_class : tag_span {};

// ================================================================ rules

dated_event_type const dated_event = "dated event";

// ================================================================ grammar

auto const dated_when_clause = x3::omit[x3::lit(',') >> kw("when")] >> clause();

auto const dated_event_def = time_mention() >> -dated_when_clause;

BOOST_SPIRIT_DEFINE(dated_event)

}  // namespace rules

rules::dated_event_type const& dated_event() { return rules::dated_event; }

}  // namespace claimcheck::grammar
