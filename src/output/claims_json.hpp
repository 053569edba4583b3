// Renderings of extracted claims: JSON objects (for jsonl and json) and compiler-style text.
// All renderings are of the same claim records, and byte-identical for the same input.
#pragma once

#include "extract/claim.hpp"
#include "extract/mentions.hpp"
#include "ingest/article.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace claimcheck::output {

using json = nlohmann::ordered_json;

json interval_json(std::optional<interval> const& iv);
json time_json(extract::named_time const& t);
json duration_json(extract::duration_value const& d);

// One claim of one article as a JSON object, offsets translated to the article's file where it
// has one. Appends to `out` (the hot path of `extract`: no JSON tree is built).
void write_claim(std::string& out, ingest::article const& a, extract::claim const& c);
std::string claim_json(ingest::article const& a, extract::claim const& c);
json mention_json(extract::mention const& m, std::string_view text);
json article_json(ingest::article const& a, std::size_t claims);

// "path:line:col: kind: "text" -> implies 1945-01-01..1945-12-31 (event: ...)"
std::string claim_text_line(ingest::article const& a, extract::claim const& c);

}  // namespace claimcheck::output
