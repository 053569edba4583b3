// Publication dates for undated articles, inferred from their own anniversary claims and what
// the corpus or the facts establish: "the 75th anniversary of the country's founding" with
// founding(North Korea) = 1948-09-09 puts the article at 2023-09-09.
#pragma once

#include "engine/records.hpp"

#include <string>
#include <vector>

namespace claimcheck::engine {

struct inferred_date {
    std::uint32_t article = 0;
    interval when;            // the celebration: origin + N years
    std::string basis;        // the claim and the known date behind it
    bool precise = false;
    std::string key;          // the event the anniversary is of
    std::uint32_t claim_start = 0;  // which claim: it dates the article, so it is no evidence
};

// For each undated article: the first anniversary claim whose event has a known date (from the
// facts, else the intersection of the dated articles' claims about it). `precise` when the
// result spans a month or less: only then is it used to resolve the article's relative claims
// (a year-wide date would resolve "last month" to nonsense); otherwise it is only reported.
std::vector<inferred_date> infer_dates(std::vector<article_record> const& articles,
                                       std::vector<claim_record> const& claims);

}  // namespace claimcheck::engine
