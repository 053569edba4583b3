// The subcommands of the claimcheck binary. Each returns the process exit status:
// 0 success, 1 findings at the fail level (check), 2 usage, rules or input errors.
#pragma once

#include "engine/checker.hpp"
#include "engine/records.hpp"
#include "ingest/article.hpp"

#include <optional>
#include <string>
#include <vector>

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
};
int run_check(check_options const& options);

// What `check` works out for a corpus, before any rendering.
struct corpus_check {
    std::vector<engine::article_record> articles;
    std::vector<engine::claim_record> claims;
    std::vector<ingest::ingest_error> errors;
    engine::check_result result;
    bool input_errors = false;  // unreadable input, facts or overrides (the rest was checked)
};
// Runs the corpus through extraction, event resolution, corrections and the checks (the paths,
// --rules, --facts, --overrides, --jobs and --explain of `options`). False on rules errors
// (reported on stderr).
bool check_corpus(check_options const& options, corpus_check& out);
// Reads the sentences of the claims the findings cite back from the corpus (informational
// findings' too with `explain`).
void quote_sentences(std::vector<std::string> const& paths, engine::check_result const& result, bool explain,
                     std::vector<engine::article_record> const& articles,
                     std::vector<engine::claim_record>& claims);

// `claimcheck report`: the HTML or Markdown report of a corpus (the check options) or of check's
// JSON output (--from).
struct report_options {
    check_options check;                 // paths, rules, facts, overrides, jobs
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

// "FORMAT=PATH" -> {format, path}; an empty string when well-formed, else what is wrong.
std::string parse_output_spec(std::string const& spec, std::string& format, std::string& path);

}  // namespace claimcheck::cli
