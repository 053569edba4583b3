// Suppressions: findings accepted where they are written.
//
// Inline, in a Markdown article (an HTML comment, invisible when rendered):
//
//   <!-- claimcheck-disable-next-line event-date -- the paper's own date, quoted on purpose -->
//   The country was founded in 1949, the paper wrote.
//
// suppresses the findings of that rule with a claim of THIS article on the next line that has
// any text outside HTML comments (blank lines and comment-only lines are skipped). The rule id
// and a reason after " -- " are required.
//
// In a sidecar `suppressions.yaml` in an article's folder (for .txt and .jsonl articles, which
// cannot hold comments; Markdown articles may use it too):
//
//   suppressions:
//     - article: wire-0042             # the article id
//       rule: gap-agreement
//       text: "the first talks in six years"   # optional: the claim as written (case and
//       line: 3                        #   spacing aside); optional: the claim's file line
//       reason: "a different meeting"
//
// A directive with an unknown rule, no reason, or an unknown `claimcheck-` keyword suppresses
// nothing and is reported (invalid-suppression); a valid one that suppresses nothing is reported
// too (unused-suppression). Both are warnings.
#pragma once

#include "engine/checker.hpp"
#include "engine/records.hpp"
#include "ingest/article.hpp"
#include "output/findings.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace claimcheck::accept {

inline constexpr std::string_view sidecar_name = "suppressions.yaml";

struct suppression {
    std::string path;           // where it is written: the article, or the suppressions.yaml
    std::size_t line = 0;       // its line there
    bool in_source = true;      // an inline comment (SARIF kind inSource), else a sidecar (external)
    std::string rule, reason;
    std::string problem;        // non-empty: invalid (why), suppresses nothing
    // What it applies to. Inline: the article (by corpus index) and the claim line.
    std::uint32_t article = 0;
    std::size_t target_line = 0;  // 0: any line (sidecar without `line`)
    // Sidecar: the article id, in the sidecar's folder; optional claim text (normalized).
    std::string folder, article_id, text;
    std::size_t used = 0;
};

// The directives among a Markdown article's comments (none for other articles).
std::vector<suppression> inline_suppressions(ingest::article const& a, std::uint32_t index);

// A suppressions.yaml; throws file_error (path:line: message) when malformed.
std::vector<suppression> load_sidecar(std::string const& path);

// Marks the findings the suppressions match (status[i] suppressed), counts each suppression's
// uses, and returns the warnings: invalid and unused suppressions. `status` has one entry per
// finding.
std::vector<output::notice> apply_suppressions(std::vector<suppression>& suppressions,
                                               engine::check_result const& result,
                                               std::vector<engine::article_record> const& articles,
                                               std::vector<engine::claim_record> const& claims,
                                               std::vector<output::finding_status>& status);


}  // namespace claimcheck::accept
