// The subcommands of the claimcheck binary. Each returns the process exit status:
// 0 success, 1 findings at the fail level (check), 2 usage, rules or input errors.
#pragma once

#include <cstdio>
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
    std::optional<std::string> batch;  // JSONL of {id, text, reference_date}
    std::vector<std::string> rules_dirs;
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
    std::FILE* out = nullptr;            // where --format goes: stdout unless set (claimcheck test)
    bool progress = true;                // the progress line on a terminal
};
int run_check(check_options const& options);

struct test_options {
    std::vector<std::string> dirs;        // cases, or folders of cases; none: the built-in rules' tests/
    std::vector<std::string> rules_dirs;  // more rules for every case (before the case's own rules/)
    bool update = false;                  // rewrite each case's expected.txt with what check reports
    bool verbose = false;                 // name the passing cases too
};
int run_test(test_options const& options);

// "FORMAT=PATH" -> {format, path}; an empty string when well-formed, else what is wrong.
std::string parse_output_spec(std::string const& spec, std::string& format, std::string& path);

}  // namespace claimcheck::cli
