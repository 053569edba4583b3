// `claimcheck report`: the findings of a check as one self-contained HTML page (mustache
// templates from reports/, embedded at build time, or another set with --template), and the
// report's view model; check's JSON output read back into a check_report (report --from).
#pragma once

#include "output/findings.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck::output {

// A check_report together with the records it refers to: what `report --from` reads back from
// check's JSON output.
struct loaded_report {
    std::vector<engine::article_record> articles;
    std::vector<engine::claim_record> claims;
    engine::check_result result;
    std::vector<ingest::ingest_error> errors;
    std::vector<std::string> fingerprints;
    std::string version, command;
    std::vector<std::string> paths, rules_dirs, facts, overrides;
    bool explain = false;
    // The acceptance of check's run: each finding's status and review, the warnings and the
    // baseline's and the review store's stale entries.
    std::vector<finding_status> status;
    std::vector<notice> notices;
    bool baseline = false, reviewed = false;
    std::string baseline_path, db_path;  // the JSON's run.baseline and run.db
    std::size_t stale = 0;
    std::vector<review_mark> reviews, stale_reviews;
    check_report view() const;
};
// Throws std::runtime_error on a document that is not check's JSON output.
loaded_report load_check_json(nlohmann::json const& doc);

// The templates of a report: report.html.mustache, report.css, report.js.
struct report_templates {
    std::string html, css, js;
};
report_templates builtin_templates();
// The files of `dir`, each falling back to the built-in one when the folder lacks it. Throws
// std::runtime_error when the folder cannot be read or the HTML template does not parse.
report_templates load_templates(std::string const& dir);

// "between 4 September 2021 and 4 March 2023", "in June 2019", "on 9 September 1948",
// "on or before 1 May 2020", "at any time" (unbounded).
std::string plain_interval(interval const& iv);
// "about 1 year and 6 months", "12 days": a span of days in words.
std::string plain_span(long days);
// A finding's arithmetic in plain words: one sentence per claim, then what the intervals say
// together (how far apart they are, or what they share).
std::vector<std::string> plain_words(check_report const& r, engine::finding const& f);
// The claim's article as a reader names it: the source, else the title, else the article id.
std::string source_name(engine::article_record const& a);

// What a report shows as finding i's status: "suppressed" or "baselined" when they accepted it,
// else its review's status (open, confirmed, false-alarm, needs-research, resolved), else "open".
// The review is shown beside it either way (review_of).
std::string report_status(check_report const& r, std::size_t i);

// Whether a URL may become a link: http and https only.
bool linkable_url(std::string_view url);
// JSON text made safe inside an HTML <script> element: '<', '>', '&', U+2028 and U+2029 as
// \u escapes (so no "</script>" or "<!--" can appear), which JSON.parse reads back unchanged.
std::string script_safe_json(std::string_view json_text);

// The findings grouped by event, conflicts first, then near misses, agreements and the rest
// (ties in the order of their first finding); findings whose event is unknown last, together.
struct event_findings {
    std::string key;
    std::vector<std::size_t> findings;  // indexes into result.findings, in order
};
std::vector<event_findings> findings_by_event(check_report const& r);

// Above this many claims, the page leaves out the claims whose event is unknown and that no
// check cites (counted in claims_left_out).
inline constexpr std::size_t report_claims_in_full = 20000;

// The report's data (embedded in the page as JSON, rendered by report.js): counts, articles,
// claims, events (conflicts first) and findings with their plain-words arithmetic.
nlohmann::ordered_json report_model(check_report const& r);

// The whole page. `serve`: the page of `claimcheck serve` (null: the static report, unchanged byte
// for byte): the template's `serve` section is drawn with `json` (this object, made safe for a
// <script> element: the CSRF token and each finding's review version) and `js` (serve_script()).
std::string render_report_html(check_report const& r, report_templates const& t,
                               nlohmann::ordered_json const* serve = nullptr);
// reports/serve.js, embedded: the status buttons and note field `claimcheck serve` adds to the page.
std::string serve_script();
void write_report_html(check_report const& r, report_templates const& t, std::FILE* out);

}  // namespace claimcheck::output
