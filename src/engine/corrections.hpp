// What users tell the engine: reference facts (--facts) and event overrides (--overrides).
//
// facts.yaml:
//   facts:
//     - event: "founding(Workers' Party of Korea)"   # an event key, or
//       description: "the founding of North Korea"   # a phrase resolved like a claim's event
//       date: "1945-10-10"                           # YYYY, YYYY-MM or YYYY-MM-DD
//       source: "https://..."                        # where the fact comes from
// overrides.yaml:
//   overrides:
//     - article: "002"                      # article id
//       text: "the 70th anniversary"        # the claim as written
//       line: 25                            # optional: when the text occurs more than once
//       event: "founding(Workers' Party of Korea)"   # or "none": not about any known event
// Errors (malformed YAML, unknown keys, impossible dates) name the file and line.
#pragma once

#include "engine/event_resolver.hpp"
#include "engine/knowledge.hpp"
#include "engine/records.hpp"

#include <string>
#include <vector>

namespace claimcheck::engine {

// Appends the facts of `path` as one pseudo-article and its claims. Throws std::runtime_error.
void load_facts(std::string const& path, knowledge const& k, std::vector<article_record>& articles,
                std::vector<claim_record>& claims);

struct override_entry {
    std::string article, text, event;
    std::size_t line = 0;        // 0: any line
    // "Not about this event": when set (with event "none"), the entry applies only to a claim
    // resolved to this key; a claim resolved to another key is left alone (and counts as matched).
    std::string only_if_event;
    bool normalized_text = false;  // `text` is normalize_claim_text() of the claim (the review store's links)
    std::string where;           // file:line of the entry
    std::size_t matched = 0;
};

std::vector<override_entry> load_overrides(std::string const& path);

// Applies the overrides to the claims; returns the entries that matched no claim.
std::vector<override_entry> apply_overrides(std::vector<override_entry> entries,
                                            std::vector<article_record> const& articles,
                                            std::vector<claim_record>& claims, knowledge const& k);

// A claim's text as the review store and the fingerprints compare it: ASCII letters lower-cased,
// every run of white space one space, none at the ends.
std::string normalize_claim_text(std::string_view s);

// The type part of an event key: "founding" for "founding(Workers' Party of Korea)".
std::string key_type(std::string_view key);

}  // namespace claimcheck::engine
