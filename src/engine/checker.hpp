// The checks: claims grouped by event key, their intervals intersected, findings out.
//
//   event-date           an event that happens once (a founding, relations established): every
//                        claim's interval must share a date. Outliers against the largest
//                        agreeing set are conflicts; the agreeing set, when it spans independent
//                        sources, is a corroboration.
//   gap-occurrence       "the first X in N years" / "since D": a dated occurrence of X inside the
//                        gap is a conflict; one at its start corroborates (compatible when it
//                        agrees only thanks to a hedge's tolerance, e.g. "about two years" vs 25
//                        months).
//   gap-agreement        two such claims about the same current occurrence must put the previous
//                        one in overlapping intervals.
//   occurrence-agreement independent articles dating the same occurrence of a repeated event.
//   single-source        an event only one source speaks of: nothing to compare (information).
//   event-unresolved     a claim whose event could not be worked out (information).
// Facts (--facts) take part as an authoritative source. Near-duplicate articles count once.
#pragma once

#include "engine/knowledge.hpp"
#include "engine/records.hpp"

#include <string>
#include <vector>

namespace claimcheck::engine {

enum class finding_kind : std::uint8_t { conflict, corroboration, compatible, unverifiable, unresolved };
std::string_view to_string(finding_kind k);

struct finding {
    finding_kind kind = finding_kind::conflict;
    std::string rule;
    std::string scope;                 // cross-article | intra-article
    std::string event;                 // the event key
    std::string message;
    std::optional<interval> implied;   // the interval the evidence agrees on (or the subject's)
    std::vector<std::uint32_t> claims; // the subject claim first, then the evidence
    std::string id;                    // stable fingerprint
};

struct check_result {
    std::vector<finding> findings;     // in a stable order: by kind, then first claim's position
    std::size_t events = 0;            // distinct event keys
    std::size_t unresolved = 0;        // claims whose event is unknown (listed with --explain)
};

check_result check(std::vector<article_record> const& articles, std::vector<claim_record> const& claims,
                   knowledge const& k);

// "1945-10-07..1945-10-12", "1945" when the interval is a whole year, "1945-10" a whole month.
std::string describe(interval const& iv);

}  // namespace claimcheck::engine
