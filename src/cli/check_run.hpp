// The analysis `check`, `report` and `baseline` share: corpus -> records -> findings (the review
// store's event links among the overrides), fingerprints, and which findings the suppressions
// (inline comments, suppressions.yaml), the baseline and the review store accept.
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
    bool baseline = false;                       // a baseline was given (check_and_accept)
    std::size_t stale = 0;                       // its entries no finding matches any more
    bool input_errors = false;
    bool store_error = false;                    // the review store could not be opened (reported)
};

// Which claims get their sentence read back from the corpus (the text and JSON outputs and the
// reports quote them): none, those of the conflicts, near misses and corroborations, or also
// those of the informational findings (--explain).
enum class quoting { none, cited, all };

// Runs the whole analysis (errors go to stderr as they come): findings, fingerprints and the
// suppressions' statuses.
void analyze_corpus(check_options const& options, extract::tolerances const& tol, engine::knowledge const& knowledge,
                    quoting quote, check_run& run);

// `check` and `report`: loads the rules and the baseline (--baseline), runs analyze_corpus, and
// marks the findings the baseline accepts. False when the run cannot go on (rules, baseline or
// review store errors, reported on stderr); input errors leave run.input_errors set.
bool check_and_accept(check_options const& options, quoting quote, check_run& run);

// Fills a report of `run`: how it was run, fingerprints, statuses and notices, the baseline's
// counts, then the review store's marks (review::annotate; suppression > baseline > review).
void accept_into(check_options const& options, check_run& run, output::check_report& report);

// Reads the sentences of the claims the findings cite back from the corpus (the informational
// findings' too with `informational`); `corpus`: the same ingest options as the analysis.
void quote_sentences(std::vector<std::string> const& paths, ingest::ingest_options const& corpus,
                     engine::check_result const& result, bool informational,
                     std::vector<engine::article_record> const& articles,
                     std::vector<engine::claim_record>& claims);

// The ingest options of a run: the configuration's include/exclude globs.
ingest::ingest_options corpus_options(check_options const& options);

}  // namespace claimcheck::cli
