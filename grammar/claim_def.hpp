// Definition of the top claim rule. Included by claim.cpp only.
//
// Order matters: X3 takes the first alternative that matches at a position. Specific kinds come
// before the generic dated_event, so "since 2018" inside "the first visit since 2018" belongs to
// the first_since claim and not to a dated event.
#pragma once

#include "anniversary.hpp"
#include "claim.hpp"
#include "common.hpp"
#include "dated_event.hpp"
#include "elapsed.hpp"
#include "first_in_interval.hpp"
#include "first_since.hpp"
#include "nth_occurrence.hpp"

namespace claimcheck::grammar {
namespace rules {

// ================================================================ rule IDs

struct claim_class;

// ================================================================ rules

claim_type const claim = "claim";

// ================================================================ grammar

auto const claim_def = anniversary() | first_in_interval() | first_since() | elapsed() |
                       nth_occurrence() | dated_event();

BOOST_SPIRIT_DEFINE(claim)

}  // namespace rules

rules::claim_type const& claim() { return rules::claim; }

}  // namespace claimcheck::grammar
