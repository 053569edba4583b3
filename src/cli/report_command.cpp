// `claimcheck report`: check's pipeline (or check's JSON output, --from) rendered as one
// self-contained HTML page or as Markdown, written atomically to -o.
#include "cli/atomic_output.hpp"
#include "cli/check_run.hpp"
#include "cli/commands.hpp"
#include "output/ci_formats.hpp"
#include "output/fingerprint.hpp"
#include "output/report.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>

namespace claimcheck::cli {

std::string command_line(int argc, char** argv, bool output_name_only) {
    std::string out = "claimcheck";
    bool output_next = false;
    for (int i = 1; i < argc; ++i) {
        std::string kept;
        std::string_view a = argv[i];
        if (output_name_only) {
            if (output_next) {
                kept = std::filesystem::path(argv[i]).filename().string();
                a = kept;
            } else if (a.starts_with("--output=")) {
                kept = "--output=" + std::filesystem::path(argv[i] + 9).filename().string();
                a = kept;
            }
            output_next = a == "-o" || a == "--output";
        }
        bool plain = !a.empty();
        for (char ch : a)
            if (!(std::isalnum(static_cast<unsigned char>(ch)) || std::string_view("-_./=:,+@%").find(ch) != std::string_view::npos))
                plain = false;
        out += ' ';
        if (plain) {
            out += a;
            continue;
        }
        out += '\'';
        for (char ch : a) {
            if (ch == '\'') out += "'\\''";
            else out += ch;
        }
        out += '\'';
    }
    return out;
}

int run_report(report_options const& options) {
    std::string format = options.format;
    if (format.empty()) {
        auto dot = options.output.rfind('.');
        std::string ext = dot == std::string::npos ? "" : options.output.substr(dot + 1);
        for (auto& ch : ext) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        if (ext == "html" || ext == "htm") format = "html";
        else if (ext == "md" || ext == "markdown") format = "markdown";
        else {
            std::cerr << "claimcheck report: cannot tell the format of '" << options.output
                      << "' (use .html or .md, or --format)\n";
            return 2;
        }
    }
    output::report_templates templates;
    try {
        templates = options.templates ? output::load_templates(*options.templates) : output::builtin_templates();
    } catch (std::exception const& e) {
        std::cerr << "claimcheck report: " << e.what() << '\n';
        return 2;
    }
    atomic_output out(format, options.output);
    if (auto why = out.open(); !why.empty()) {
        std::cerr << "claimcheck report: cannot write " << options.output << ": " << why << '\n';
        return 2;
    }

    auto render = [&](output::check_report const& report) -> int {
        std::string why;
        try {
            why = out.commit([&](std::FILE* f) {
                if (format == "html") output::write_report_html(report, templates, f);
                else output::write_findings_markdown(report, f, output::markdown_style::report);
            });
        } catch (std::exception const& e) {
            why = e.what();
        }
        if (!why.empty()) {
            std::cerr << "claimcheck report: cannot write " << options.output << ": " << why << '\n';
            return 2;
        }
        return 0;
    };

    if (options.from) {
        output::loaded_report loaded;
        try {
            std::ifstream in(*options.from, std::ios::binary);
            if (!in) throw std::runtime_error("cannot read it");
            loaded = output::load_check_json(nlohmann::json::parse(in));
        } catch (std::exception const& e) {
            std::cerr << "claimcheck report: " << *options.from << ": " << e.what() << '\n';
            return 2;
        }
        if (!loaded.explain)
            std::cerr << "claimcheck report: note: " << *options.from
                      << " lists only the claims the findings cite (check --explain lists them all)\n";
        return render(loaded.view());
    }

    // A corpus: check's code path (suppressions, --baseline, the review store), every claim kept
    // (the per-article view lists them all); the sentences of the findings' claims are quoted.
    check_options ck = options.check;
    ck.explain = true;
    check_run run;
    if (!check_and_accept(ck, quoting::cited, run)) return 2;
    output::check_report report{run.articles, run.claims, run.result, run.errors, true};
    accept_into(ck, run, report);
    int status = render(report);
    if (status) return status;
    return run.input_errors ? 2 : 0;
}

}  // namespace claimcheck::cli
