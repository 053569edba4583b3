// The analysis `check` and `baseline` share: corpus -> records -> findings (the review store's
// event links among the overrides), fingerprints, and which findings the suppressions (inline
// comments, suppressions.yaml) accept.
#pragma once

#include "accept/baseline.hpp"
#include "accept/suppressions.hpp"
#include "cli/commands.hpp"
#include "engine/checker.hpp"
#include "engine/knowledge.hpp"
#include "engine/records.hpp"
#include "extract/tolerances.hpp"
#include "output/findings.hpp"
#include "review/feedback.hpp"

#include <string>
#include <vector>

namespace claimcheck::cli {

struct check_run {
    std::vector<engine::article_record> articles;
    std::vector<engine::claim_record> claims;
    engine::check_result result;
    std::vector<ingest::ingest_error> errors;
    std::vector<std::string> fingerprints;
    std::vector<accept::suppression> suppressions;
    std::vector<output::finding_status> status;  // one per finding
    std::vector<output::notice> notices;
    review::check_session review;                // the review store, when there is one
    bool input_errors = false;
    bool store_error = false;                    // the review store could not be opened (reported)
};

// Runs the whole analysis (errors go to stderr as they come). `quote`: read the sentences the
// text output quotes.
void analyze_corpus(check_options const& options, extract::tolerances const& tol, engine::knowledge const& knowledge,
                    bool quote, check_run& run);

// Marks the findings `baseline` (read from `path`) lists as baselined, unless a suppression came
// first; returns the number of its entries no finding matches (stale).
std::size_t apply_baseline(accept::baseline const& baseline, std::string const& path, check_run& run);

// The ingest options of a run: the configuration's include/exclude globs.
ingest::ingest_options corpus_options(check_options const& options);

}  // namespace claimcheck::cli
