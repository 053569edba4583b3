// The subcommands of the claimcheck binary. Each returns the process exit status:
// 0 success, 1 findings at the fail level (check), 2 usage, rules or input errors.
#pragma once

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
    std::string format = "text";         // text|json
    std::string fail_on = "conflict";    // conflict|warning|never
    bool explain = false;
    unsigned jobs = 0;                   // 0: all cores
};
int run_check(check_options const& options);

}  // namespace claimcheck::cli
