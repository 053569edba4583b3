// Renderings of `claimcheck check` results: compiler-style text, JSON and JSON Lines here; the CI
// formats (SARIF, JUnit, GitHub workflow commands, Markdown) in ci_formats.hpp.
#pragma once

#include "engine/checker.hpp"
#include "engine/records.hpp"
#include "ingest/article.hpp"


#include <cstdint>
#include <cstdio>
#include <span>
#include <string_view>
#include <string>
#include <vector>

namespace claimcheck::output {

// Whether a finding counts: active, or accepted. Three things accept a finding, and each
// finding is in exactly one bucket, taken in this order:
//   suppressed  an inline comment or a suppressions.yaml entry (the most specific, in the repository)
//   baselined   an entry of the baseline file (`check --baseline`)
//   reviewed    a review in the review store (`check --db`) with status false-alarm or resolved
// Accepted findings never fail a run; they are counted in their bucket, not under their kind, and
// JSON, JSON Lines and SARIF still carry them. A finding's review is shown whatever its bucket
// (a baselined finding can carry a false-alarm review): see review_mark.
enum class acceptance : std::uint8_t { active, baselined, suppressed, reviewed };
std::string_view to_string(acceptance a);

struct finding_status {
    acceptance state = acceptance::active;
    std::string justification;  // the baseline entry's or the suppression's reason; a review's summary
    bool in_source = false;     // suppressed by a comment in the article (else a sidecar)
    std::string where;          // the suppression's file:line
};

// A warning about the run's own configuration, at a file and line: a suppression that is
// invalid (rule "invalid-suppression") or suppresses nothing ("unused-suppression").
struct notice {
    std::string rule;
    std::string path;
    std::size_t line = 0;
    std::string message;
};

// A finding's review, from the review store (src/review): filled by review::annotate when `check`
// uses a store. A status that passes (false-alarm, resolved) accepts the finding (bucket
// `reviewed`) unless a suppression or the baseline accepted it first.
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
    // How the run was made, for the JSON output's `run` and the reports' footer.
    std::string command;                     // the command line, the program named "claimcheck"
    std::vector<std::string> paths;          // the corpus as given (the JSON's run.paths)
    std::vector<std::string> rules_dirs;     // --rules folders (the built-in rules come first)
    std::vector<std::string> facts, overrides;
    std::string baseline_file;               // --baseline (the JSON's run.baseline), empty: none
    std::string review_db;                   // the review store used (run.db), empty: none
    std::vector<finding_status> status;      // one per finding; empty: all active
    bool baseline = false;                   // a baseline was given (SARIF baselineState, "N baselined, M stale")
    std::size_t stale = 0;                   // baseline entries no finding matches any more
    std::vector<notice> notices;             // suppression problems (warnings)
    // The review store's marks, one per finding, when `check` used a store (else empty), and the
    // reviews whose findings no longer occur (stale: kept, shown, never dropped).
    bool reviewed = false;
    std::vector<review_mark> reviews;
    std::vector<review_mark> stale_reviews;
};

// The status of finding i (active when r.status is empty).
finding_status const& status_of(check_report const& r, std::size_t i);
inline bool is_active(check_report const& r, std::size_t i) { return status_of(r, i).state == acceptance::active; }
// Whether finding i is listed in the text, Markdown and GitHub outputs without --explain: active
// ones, and reviewed ones (demoted, with their review). Baselined and suppressed ones are counted.
inline bool is_listed(check_report const& r, std::size_t i) {
    auto s = status_of(r, i).state;
    return s == acceptance::active || s == acceptance::reviewed;
}

// Finding i's review (an empty mark when it has none), and whether it is false-alarm or resolved.
review_mark const& review_of(check_report const& r, std::size_t i);
bool review_passes(check_report const& r, std::size_t i);
// "false-alarm (misparse) by ana: the note": a review as a suppression's justification.
std::string review_summary(review_mark const& m);

// The characters (code points) of UTF-8 text: columns, underlines.
std::size_t code_points(std::string_view s);

// The fingerprints of r's findings: r.fingerprints, or computed.
std::vector<std::string> fingerprints_of(check_report const& r);

// The kinds count active findings only; accepted ones are counted once, in their bucket
// (baselined, suppressed or reviewed). stale: baseline entries matching nothing.
struct check_counts {
    std::size_t articles = 0, claims = 0, events = 0, conflicts = 0, corroborations = 0,
                compatible = 0, unverifiable = 0, unresolved = 0;
    std::size_t baselined = 0, suppressed = 0, reviewed = 0, stale = 0, warnings = 0;
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
