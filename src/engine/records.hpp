// The engine's view of a corpus: one compact record per article and per claim that can take
// part in a check, kept in memory for the whole run. The article texts are not kept: the
// sentences quoted in findings are read again at the end (check_command), for the few claims
// that are cited.
#pragma once

#include "core/calendar.hpp"
#include "engine/event_resolver.hpp"
#include "engine/knowledge.hpp"
#include "extract/claim.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck::engine {

struct article_record {
    std::string id;
    std::string path;
    std::size_t first_line = 1;     // file line of the article's first text line
    bool offsets_in_file = true;    // false for JSONL: every claim is on the article's line
    std::size_t file_offset = 0;    // byte offset of the text in its file (0 for JSONL)
    std::optional<day_number> date;
    std::string date_source;        // front-matter|manifest|jsonl|inferred|""
    std::string title, source, url; // the article's metadata: reports show it, the review store's exports cite the url
    std::string date_basis;         // for an inferred date: the claim and the known date behind it
    std::optional<interval> inferred;  // an inferred date too coarse to use ("2023"), reported only
    bool fact = false;              // a --facts entry, not an article
    std::uint32_t source_group = 0; // near-duplicates share one group: they count as one source
    std::size_t claims = 0;
    std::size_t unresolved_dropped = 0;  // unresolved claims not kept (counted, not listed)
};

struct claim_record {
    std::uint32_t article = 0;
    extract::claim_kind kind = extract::claim_kind::dated_event;
    std::string form;
    std::string text;                 // as written
    std::uint32_t start = 0, end = 0; // byte offsets in the article text
    std::uint32_t line = 0, column = 0;  // file line and column
    std::optional<unsigned> ordinal;
    std::optional<extract::duration_value> duration;
    std::string time_text;            // the time expression, as written
    std::optional<interval> implied;  // the date the claim gives its event
    std::optional<interval> nominal;  // the same without the hedges' tolerance, where it differs
    // What the words allow read literally, where that is wider: "more than a year" is literally
    // true of nine years, though nobody would say it. A disagreement only the literal reading
    // resolves is reported as compatible, not as a conflict.
    std::optional<interval> literal;
    std::optional<interval> current;  // for "previous" claims: the claim's own occurrence
    constraint role = constraint::none;
    resolution event;
    std::uint32_t sentence_start = 0, sentence_end = 0;  // the sentence's bytes in the article text
    std::string sentence;             // filled for the claims a finding quotes (and for facts)
};

// The day count of a duration ("six years" -> ~2191), for slack and sizes.
double duration_days(extract::duration_value const& d);

}  // namespace claimcheck::engine
