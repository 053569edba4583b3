// Renderings of `claimcheck check` results: compiler-style text and JSON.
#pragma once

#include "engine/checker.hpp"
#include "engine/records.hpp"
#include "ingest/article.hpp"


#include <cstdio>
#include <string>
#include <vector>

namespace claimcheck::output {

struct check_report {
    std::vector<engine::article_record> const& articles;
    std::vector<engine::claim_record> const& claims;
    engine::check_result const& result;
    std::vector<ingest::ingest_error> const& errors;
    bool explain = false;
};

struct check_counts {
    std::size_t articles = 0, claims = 0, events = 0, conflicts = 0, corroborations = 0,
                compatible = 0, unverifiable = 0, unresolved = 0;
};
check_counts count(check_report const& r);

// path:line:col: conflict: message [rule], the sentence with the claim underlined, then note:
// lines for the evidence; the summary line last. Unverifiable and unresolved findings and the
// resolution of every claim are shown with `explain`. Written as it goes: memory stays bounded
// by one finding, however many there are.
void write_findings_text(check_report const& r, std::FILE* out);

// {summary, findings, articles, claims (with explain), errors}, indented by two spaces, one
// element at a time.
void write_findings_json(check_report const& r, std::FILE* out);

}  // namespace claimcheck::output
