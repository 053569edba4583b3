// Renderings of `claimcheck check` results: compiler-style text, JSON and JSON Lines here; the CI
// formats (SARIF, JUnit, GitHub workflow commands, Markdown) in ci_formats.hpp.
#pragma once

#include "engine/checker.hpp"
#include "engine/records.hpp"
#include "ingest/article.hpp"


#include <cstdio>
#include <span>
#include <string_view>
#include <string>
#include <vector>

namespace claimcheck::output {

// A finding's review, from the review store (src/review): filled by review::annotate when `check`
// uses a store. A status that passes (false-alarm, resolved) takes the finding out of the conflicts
// and near misses: it is counted as reviewed and does not fail the run.
struct review_mark {
    std::string fingerprint;   // set for stale marks (their finding no longer occurs)
    std::string status;        // open|confirmed|false-alarm|needs-research|resolved; empty: not reviewed
    std::string reason, note, reviewer, updated_at;
    bool passes = false;
};

struct check_report {
    std::vector<engine::article_record> const& articles;
    std::vector<engine::claim_record> const& claims;
    engine::check_result const& result;
    std::vector<ingest::ingest_error> const& errors;
    bool explain = false;
    bool color = false;                      // text: ANSI colours (the caller decides: --color, NO_COLOR, a tty)
    std::string fail_on = "conflict";        // conflict|warning|never: what JUnit reports as failures
    std::string version;                     // the tool's version, for SARIF
    std::vector<std::string> fingerprints;   // one per finding (fingerprint.hpp); empty: computed when needed
    // The review store's marks, one per finding, when `check` used a store (else empty), and the
    // reviews whose findings no longer occur (stale: kept, shown, never dropped).
    bool reviewed = false;
    std::vector<review_mark> reviews;
    std::vector<review_mark> stale_reviews;
};

// Whether finding i is marked false-alarm or resolved in the review store.
bool review_passes(check_report const& r, std::size_t i);

// The fingerprints of r's findings: r.fingerprints, or computed.
std::vector<std::string> fingerprints_of(check_report const& r);

struct check_counts {
    std::size_t articles = 0, claims = 0, events = 0, conflicts = 0, corroborations = 0,
                compatible = 0, unverifiable = 0, unresolved = 0;
    std::size_t reviewed = 0;  // conflicts and near misses a review passed (not in conflicts/compatible)
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

// One finding a line, each the object `findings` holds in the JSON output; nothing else (no
// summary, so that the lines concatenate across runs).
void write_findings_jsonl(check_report const& r, std::FILE* out);

// The formats `check --format` and `--output FORMAT=PATH` accept, and one dispatcher over them.
// Returns false on an unknown format (nothing written).
std::span<std::string_view const> finding_formats();
bool write_findings(std::string_view format, check_report const& r, std::FILE* out);

}  // namespace claimcheck::output
