// claimcheck: cross-checks the claims news articles make about time.
// The binary is a thin shell over the libraries: parse the command line, run a command.
#include "cli/commands.hpp"
#include "output/findings.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

#ifndef CLAIMCHECK_VERSION
#define CLAIMCHECK_VERSION "0.0.0"
#endif

int main(int argc, char** argv) {
    using namespace claimcheck::cli;
    CLI::App app{"claimcheck: cross-checks the claims news articles make about time"};
    app.set_version_flag("--version", CLAIMCHECK_VERSION);
    app.require_subcommand(1);

    extract_options ex;
    auto* extract = app.add_subcommand(
        "extract", "Extract typed, dated claims from articles (Markdown/text with front matter, "
                   ".txt with a manifest.yaml sidecar, or JSONL)");
    extract->add_option("paths", ex.paths, "Files or folders (recursive)")->required();
    extract->add_option("--format", ex.format, "Output format")
        ->check(CLI::IsMember({"jsonl", "json", "text"}))
        ->capture_default_str();
    extract->add_option("--jobs,-j", ex.jobs, "Worker threads (0: all cores)")->capture_default_str();
    extract->add_option("--rules", ex.rules_dirs, "A rules folder that extends or overrides the built-in one (repeatable)");

    expr_options xp;
    auto* expr = app.add_subcommand(
        "expr", "Show the numbers, ordinals, durations and time expressions found in TEXT, as JSON");
    expr->add_option("--reference-date", xp.reference_date, "Date that relative expressions count from (YYYY-MM-DD)");
    expr->add_option("text", xp.text, "The text to analyse");
    expr->add_option("--batch", xp.batch,
                     "JSONL file of {id, text, reference_date}; one result line per input line");
    expr->add_option("--rules", xp.rules_dirs, "A rules folder (repeatable)");

    check_options ck;
    auto* check = app.add_subcommand(
        "check", "Cross-check the claims of a corpus: conflicts, corroborations, and what cannot be checked");
    check->add_option("paths", ck.paths, "Files or folders (recursive)")->required();
    check->add_option("--rules", ck.rules_dirs, "A rules folder that extends or overrides the built-in one (repeatable)");
    check->add_option("--facts", ck.facts, "YAML reference facts, checked like an authoritative source (repeatable)");
    check->add_option("--overrides", ck.overrides, "YAML corrections: which event a claim is about (repeatable)");
    std::vector<std::string> formats;
    for (auto f : claimcheck::output::finding_formats()) formats.emplace_back(f);
    check->add_option("--format", ck.format, "Format of the findings on stdout")
        ->check(CLI::IsMember(formats))
        ->capture_default_str();
    check->add_option("--output,-o", ck.outputs,
                      "FORMAT=PATH: also write the findings in FORMAT to PATH, atomically (repeatable)")
        ->check([](std::string const& spec) {
            std::string format, path;
            return parse_output_spec(spec, format, path);
        });
    check->add_option("--color", ck.color,
                      "Colour the text output: auto (on a terminal, unless NO_COLOR is set), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    check->add_option("--fail-on", ck.fail_on,
                      "Exit 1 when a finding reaches this level (conflict: any conflict; warning: also a "
                      "compatible near miss; never). Exit 2 on usage, rules or input errors")
        ->check(CLI::IsMember({"conflict", "warning", "never"}))
        ->capture_default_str();
    check->add_flag("--explain", ck.explain, "Show how each claim's event was resolved, and the informational findings");
    check->add_option("--jobs,-j", ck.jobs, "Worker threads (0: all cores)")->capture_default_str();

    test_options ts;
    auto* test = app.add_subcommand(
        "test", "Run rule fixtures: folders of articles with expected.txt (check's text output) or FINDING "
                "annotations; exit 1 when a case fails, 2 when a fixture is broken");
    test->add_option("dirs", ts.dirs, "Cases or folders of cases (default: the built-in rules' tests/)");
    test->add_option("--rules", ts.rules_dirs, "A rules folder for every case (repeatable; a case's own rules/ comes after)");
    test->add_flag("--update", ts.update, "Rewrite each case's expected.txt with what check reports now");
    test->add_flag("--verbose,-v", ts.verbose, "List the passing cases too");

    try {
        app.parse(argc, argv);
    } catch (CLI::ParseError const& e) {
        int code = app.exit(e);
        return code == 0 ? 0 : 2;
    }
    if (*extract) return run_extract(ex);
    if (*check) return run_check(ck);
    if (*test) return run_test(ts);
    if (*expr) {
        if (!xp.batch && xp.text.empty()) {
            std::cerr << "claimcheck expr: give TEXT or --batch FILE (see --help)\n";
            return 2;
        }
        return run_expr(xp);
    }
    return 2;
}
