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
                     "JSONL file of {id, text, reference_date, prefer?}; one result line per input line");
    expr->add_option("--prefer", xp.prefer,
                     "Which occurrence a date without a year or a bare weekday names: 'tense' (nearest the "
                     "reference date, on the side the sentence's tense points to), 'future' (the next one, as "
                     "Duckling resolves) or 'past' (the last one). A batch line's \"prefer\" overrides it")
        ->check(CLI::IsMember({"tense", "future", "past"}))
        ->capture_default_str();
    expr->add_option("--rules", xp.rules_dirs, "A rules folder (repeatable)");

    // The options of `check`, shared by `baseline` and `config print`.
    auto add_check_options = [](CLI::App* cmd, check_options& ck, bool outputs) {
        cmd->add_option("paths", ck.paths, "Files or folders (recursive); default: `paths` of the configuration");
        cmd->add_option("--rules", ck.rules_dirs, "A rules folder that extends or overrides the built-in one (repeatable)");
        cmd->add_option("--facts", ck.facts, "YAML reference facts, checked like an authoritative source (repeatable)");
        cmd->add_option("--overrides", ck.overrides, "YAML corrections: which event a claim is about (repeatable)");
        cmd->add_option("--jobs,-j", ck.jobs, "Worker threads (0: all cores)")->capture_default_str();
        cmd->add_option("--baseline", ck.baseline, "Baseline file of accepted findings (YAML, or JSON when named *.json)");
        cmd->add_option("--db", ck.db,
                        "The review store (default: .claimcheck/review.db in the first PATH's folder, when it "
                        "exists): its event links act as overrides; with check, false-alarm and resolved "
                        "findings are accepted (reviewed) and do not fail the run");
        cmd->add_option("--config", ck.config, "Configuration file (default: .claimcheck.yaml here or in a folder above)");
        cmd->add_flag("--no-config", ck.no_config, "Use no configuration file");
        if (!outputs) return;
        std::vector<std::string> formats;
        for (auto f : claimcheck::output::finding_formats()) formats.emplace_back(f);
        cmd->add_option("--format", ck.format, "Format of the findings on stdout")
            ->check(CLI::IsMember(formats))
            ->capture_default_str();
        cmd->add_option("--output,-o", ck.outputs,
                        "FORMAT=PATH: also write the findings in FORMAT to PATH, atomically (repeatable)")
            ->check([](std::string const& spec) {
                std::string format, path;
                return parse_output_spec(spec, format, path);
            });
        cmd->add_option("--color", ck.color,
                        "Colour the text output: auto (on a terminal, unless NO_COLOR is set), always, never")
            ->check(CLI::IsMember({"auto", "always", "never"}))
            ->capture_default_str();
        cmd->add_option("--fail-on", ck.fail_on,
                        "Exit 1 when a finding reaches this level (conflict: any conflict; warning: also a "
                        "compatible near miss or a suppression warning; never). Exit 2 on usage, rules or input errors")
            ->check(CLI::IsMember({"conflict", "warning", "never"}))
            ->capture_default_str();
        cmd->add_flag("--explain", ck.explain,
                      "Show how each claim's event was resolved, the informational findings and the accepted ones");
    };
    // Which options the command line gave (they override the configuration).
    auto given = [](CLI::App* cmd, check_options& ck) {
        for (auto* o : cmd->get_options())
            if (o->count() > 0) ck.given.insert(o->get_single_name());
    };

    check_options ck;
    auto* check = app.add_subcommand(
        "check", "Cross-check the claims of a corpus: conflicts, corroborations, and what cannot be checked");
    add_check_options(check, ck, true);

    check_options bl;
    baseline_options bo;
    auto* baseline = app.add_subcommand("baseline", "Accept the current findings: write them to a baseline file");
    baseline->require_subcommand(1);
    std::vector<CLI::App*> baseline_actions;
    for (auto [name, help] : {std::pair{"create", "Write a new baseline of the current conflicts and near misses"},
                              std::pair{"update", "Add the new findings; keep every existing entry and its reason"},
                              std::pair{"prune", "Drop the entries no finding matches any more; keep the rest"}}) {
        auto* sub = baseline->add_subcommand(name, help);
        add_check_options(sub, bl, false);
        sub->add_option("--reason", bo.reason, "Reason recorded for the entries added");
        sub->add_option("--date", bo.date, "Date (YYYY-MM-DD) recorded as `added` for the entries added");
        if (std::string_view(name) == "create") sub->add_flag("--force", bo.force, "Replace an existing baseline file");
        baseline_actions.push_back(sub);
    }

    check_options cf;
    auto* config = app.add_subcommand("config", "Show the configuration");
    config->require_subcommand(1);
    auto* config_print = config->add_subcommand("print", "Print the effective configuration and where each value came from");
    add_check_options(config_print, cf, true);

    review_options rv;
    auto* review = add_review_command(app, rv);
    // `review [PATH...]` with no subcommand, or `review session PATH...`: the interactive session
    // over a check run (the options of check that choose the findings).
    check_options rs;
    review_session_options rso;
    auto add_session_options = [&](CLI::App* cmd) {
        add_check_options(cmd, rs, false);
        cmd->add_option("--reviewer", rso.reviewer, "Who decides (default: $CLAIMCHECK_REVIEWER, else $USER)");
        cmd->add_flag("--all", rso.all,
                      "Go through every conflict, near miss and corroboration, reviewed or accepted ones too");
    };
    add_session_options(review);
    auto* session = review->add_subcommand(
        "session", "The interactive terminal session (the same as `review PATH...` without a subcommand)");
    add_session_options(session);

    report_options rp;
    auto* report = app.add_subcommand(
        "report", "Write a report of a corpus's conflicts and corroborations, with each finding's status "
                  "(baseline, suppressions, review store): one self-contained HTML file (-o FILE.html) or "
                  "Markdown (-o FILE.md)");
    add_check_options(report, rp.check, false);
    report->add_option("--from", rp.from, "Report on check's JSON output (claimcheck check --format json --explain), "
                                          "statuses and reviews included, instead of a corpus");
    report->add_option("--output,-o", rp.output, "The report file: .html or .md")->required();
    report->add_option("--format", rp.format, "html or markdown (default: from the output file's extension)")
        ->check(CLI::IsMember({"html", "markdown"}));
    report->add_option("--template", rp.templates,
                       "A folder of report templates (report.html.mustache, report.css, report.js) "
                       "instead of the built-in ones");

    test_options ts;
    auto* test = app.add_subcommand(
        "test", "Run rule fixtures: folders of articles with expected.txt (check's text output) or FINDING "
                "annotations; exit 1 when a case fails, 2 when a fixture is broken");
    test->add_option("dirs", ts.dirs, "Cases or folders of cases (default: the built-in rules' tests/)");
    test->add_option("--rules", ts.rules_dirs, "A rules folder for every case (repeatable; a case's own rules/ comes after)");
    test->add_flag("--update", ts.update, "Rewrite each case's expected.txt with what check reports now");
    test->add_flag("--verbose,-v", ts.verbose, "List the passing cases too");
    check_options sv;
    serve_options svo;
    auto* serve = app.add_subcommand(
        "serve", "Review the findings in a local web page: the HTML report with status buttons and a note "
                 "field per finding, each decision written to the review store at once");
    add_check_options(serve, sv, false);
    serve->add_option("--port", svo.port, "TCP port (0: any free one; the URL is printed on stderr)")->capture_default_str();
    serve->add_option("--host", svo.host,
                      "Address to listen on (default 127.0.0.1: this machine only; another only when given)")
        ->capture_default_str();
    serve->add_option("--reviewer", svo.reviewer, "Who decides (default: $CLAIMCHECK_REVIEWER, else $USER)");

    try {
        app.parse(argc, argv);
    } catch (CLI::ParseError const& e) {
        int code = app.exit(e);
        return code == 0 ? 0 : 2;
    }
    if (*extract) return run_extract(ex);
    if (*check) {
        ck.command = command_line(argc, argv);
        given(check, ck);
        if (!apply_config(ck)) return 2;
        return run_check(ck);
    }
    if (*report) {
        if (rp.from) {
            // check's JSON carries its run's statuses and reviews: there is nothing to check again.
            if (!rp.check.paths.empty() || !rp.check.baseline.empty() || !rp.check.db.empty()) {
                std::cerr << "claimcheck report: give a corpus (PATH..., with --baseline or --db if wanted) or "
                             "--from FILE.json, not both (see --help)\n";
                return 2;
            }
        } else {
            given(report, rp.check);
            if (!apply_config(rp.check)) return 2;
            if (rp.check.paths.empty()) {
                std::cerr << "claimcheck report: give a corpus (PATH..., or `paths` in a configuration file) or "
                             "--from FILE.json (see --help)\n";
                return 2;
            }
        }
        rp.check.command = command_line(argc, argv, true);
        return run_report(rp);
    }
    if (*serve) {
        given(serve, sv);
        if (!apply_config(sv)) return 2;
        sv.command = command_line(argc, argv);
        return run_serve(sv, svo);
    }
    if (*baseline) {
        for (auto* sub : baseline_actions) {
            if (!*sub) continue;
            given(sub, bl);
            bo.action = sub->get_name();
        }
        if (!apply_config(bl)) return 2;
        return run_baseline(bl, bo);
    }
    if (*review && (*session || review->get_subcommands().empty())) {
        given(*session ? session : review, rs);
        if (!apply_config(rs)) return 2;
        return run_review_session(rs, rso);
    }
    if (*review) {
        if (!apply_config(rv)) return 2;
        return run_review(rv);
    }
    if (*config_print) {
        given(config_print, cf);
        if (!apply_config(cf)) return 2;
        return run_config_print(cf);
    }
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
