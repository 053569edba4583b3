// The subcommands of the claimcheck binary. Each returns the process exit status:
// 0 success, 1 findings at the fail level (check), 2 usage, rules or input errors.
#pragma once

#include <map>
#include <cstdio>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace claimcheck::cli {

struct extract_options {
    std::vector<std::string> paths;
    std::string format = "jsonl";  // jsonl|json|text
    unsigned jobs = 1;
    std::vector<std::string> rules_dirs;
};
int run_extract(extract_options const& options);

struct expr_options {
    std::optional<std::string> reference_date;
    std::string text;
    std::optional<std::string> batch;  // JSONL of {id, text, reference_date, prefer?}
    std::vector<std::string> rules_dirs;
    std::string prefer = "tense";  // tense|future|past: see extract::preference
};
int run_expr(expr_options const& options);

struct check_options {
    std::vector<std::string> paths;
    std::vector<std::string> rules_dirs;
    std::vector<std::string> facts;      // YAML files of reference facts
    std::vector<std::string> overrides;  // YAML files of claim -> event corrections
    std::string format = "text";         // text|json|jsonl|sarif|junit|markdown|github (stdout)
    std::vector<std::string> outputs;    // FORMAT=PATH: more renderings, each written atomically
    std::string color = "auto";          // auto|always|never (text on stdout)
    std::string fail_on = "conflict";    // conflict|warning|never
    bool explain = false;
    unsigned jobs = 0;                   // 0: all cores
    std::string command;                 // the command line as run (program named "claimcheck")
    std::string baseline;                // a baseline file (accept/baseline.hpp); empty: none
    std::string db;                      // the review store; empty: .claimcheck/review.db beside the corpus, if any
    std::vector<std::string> include, exclude;  // globs from the configuration
    std::string include_dir = ".";       // the folder the globs are relative to
    // Configuration (accept/config.hpp): --config FILE, else .claimcheck.yaml found walking up.
    std::string config;
    bool no_config = false;
    std::set<std::string> given;         // the options given on the command line ("--rules", ...)
    std::map<std::string, std::string> origin;  // option -> where its value came from (config print)
    std::FILE* out = nullptr;            // where --format goes: stdout unless set (claimcheck test)
    bool progress = true;                // the progress line on a terminal
};
int run_check(check_options const& options);

// Fills the options the command line did not give from the configuration file; reports a
// malformed file on stderr and returns false.
bool apply_config(check_options& options);

struct baseline_options {
    std::string action;                  // create|update|prune
    std::string reason;                  // for the entries added
    std::string date;                    // YYYY-MM-DD for the entries added ("added"), or none
    bool force = false;                  // create: replace an existing file
};
int run_baseline(check_options const& options, baseline_options const& b);

// `claimcheck config print`: the effective options and where each came from.
int run_config_print(check_options const& options);

// `claimcheck review set|claim|link|list|history|export` (review_command.cpp): the scriptable side
// of the review store (src/review/). Registered on `app`; run_review runs the subcommand given.
struct review_options {
    std::string action;                  // set|claim|link|list|history|export
    std::string db, corpus, reviewer;    // store: --db, else .claimcheck/review.db beside --corpus, else
                                         // the configuration's `db` or first path, else beside .
    std::string fingerprint;             // set, history (a unique prefix will do)
    std::optional<std::string> status, reason, note;
    std::string article, text, verdict, event, not_event;
    std::optional<std::string> evidence;
    std::string format;                  // list: text|json; export: csv|json|claimreview
    std::string config;                  // --config FILE; else .claimcheck.yaml found walking up
    bool no_config = false;
};
CLI::App* add_review_command(CLI::App& app, review_options& options);
// Fills --db from the configuration (its `db`, else the default store beside its first path)
// when neither --db nor --corpus was given; false (reported on stderr) on a malformed file.
bool apply_config(review_options& options);
int run_review(review_options const& options);

// `claimcheck report`: the HTML or Markdown report of a corpus (the check options) or of check's
// JSON output (--from).
struct report_options {
    check_options check;                 // paths, rules, facts, overrides, jobs, baseline, db, config
    std::optional<std::string> from;     // check's JSON output instead of a corpus
    std::string output;                  // FILE.html or FILE.md
    std::string format;                  // html|markdown; empty: from the output's extension
    std::optional<std::string> templates;  // a folder of templates instead of the built-in ones
};
int run_report(report_options const& options);

// argv as one line, the program named "claimcheck", arguments quoted for a POSIX shell when
// they need it: deterministic for the same arguments, wherever the binary is. With
// `output_name_only`, the value of -o/--output is reduced to its file name (a report's footer is
// then the same wherever the report is written).
std::string command_line(int argc, char** argv, bool output_name_only = false);

// `claimcheck review [PATH...]` and `review session PATH...` (review_session.cpp): the interactive
// terminal session over the findings of a check run with `options` (refused, exit 2, when stdin
// or stdout is not a terminal).
struct review_session_options {
    bool all = false;                    // also the findings already reviewed, baselined or suppressed
    std::optional<std::string> reviewer;
};
int run_review_session(check_options const& options, review_session_options const& session);

// `claimcheck test [DIR...]` (test_command.cpp): rule fixtures, each case a `check` run in-process.
struct test_options {
    std::vector<std::string> dirs;        // cases, or folders of cases; none: the built-in rules' tests/
    std::vector<std::string> rules_dirs;  // more rules for every case (before the case's own rules/)
    bool update = false;                  // rewrite each case's expected.txt with what check reports
    bool verbose = false;                 // name the passing cases too
};
int run_test(test_options const& options);

// `claimcheck serve PATH...` (serve_command.cpp): the review in a local web page: the report of a
// check run with `options`, status buttons and a note per finding, decisions written through the
// review store (created when missing). Runs until SIGINT or SIGTERM.
struct serve_options {
    std::string host = "127.0.0.1";      // another address only when given explicitly
    int port = 8080;                     // 0: any free port (the URL on stderr says which)
    std::optional<std::string> reviewer;
};
int run_serve(check_options const& options, serve_options const& serve);

// "FORMAT=PATH" -> {format, path}; an empty string when well-formed, else what is wrong.
std::string parse_output_spec(std::string const& spec, std::string& format, std::string& path);

}  // namespace claimcheck::cli
