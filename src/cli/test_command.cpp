// `claimcheck test`: runs rule fixtures. A case is a folder of articles with what `check` must
// report on them: `expected.txt` (the text output, paths relative to the case folder) and/or
// FINDING annotations in the articles (ruletest/annotations.hpp). A case may bring its own
// `rules/` folder, `facts.yaml` and `overrides.yaml`. Each case runs `check` in-process.
//
// Exit status: 0 all cases pass, 1 a case fails, 2 a fixture is broken (unreadable, a malformed
// annotation, input or rules errors, no expectation at all) or no case was found.
#include "cli/commands.hpp"
#include "extract/tolerances.hpp"
#include "ruletest/annotations.hpp"
#include "ruletest/diff.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace claimcheck::cli {

namespace {

namespace fs = std::filesystem;

constexpr char const* expected_name = "expected.txt";

bool is_case(fs::path const& dir) {
    std::error_code ec;
    return fs::exists(dir / expected_name, ec) || !ruletest::article_files(dir).empty();
}

// The cases under `dir`: itself when it is one, else every case below it, in sorted order.
void find_cases(fs::path const& dir, std::vector<fs::path>& out, int depth = 0) {
    if (is_case(dir)) {
        out.push_back(dir);
        return;
    }
    if (depth > 16) return;
    std::vector<fs::path> subdirs;
    std::error_code ec;
    for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
        if (it->is_directory(ec) && !it->is_symlink(ec)) subdirs.push_back(it->path());
    std::sort(subdirs.begin(), subdirs.end());
    for (auto const& d : subdirs) find_cases(d, out, depth + 1);
}

struct captured_run {
    int status = -1;
    std::string out, err;
};

// `check` in-process with stdout going to a string and std::cerr captured.
captured_run run_check_captured(check_options options) {
    captured_run r;
    char* buf = nullptr;
    std::size_t size = 0;
    std::FILE* mem = ::open_memstream(&buf, &size);
    if (!mem) {
        r.err = "cannot open a memory stream";
        return r;
    }
    std::ostringstream err;
    auto* old = std::cerr.rdbuf(err.rdbuf());
    options.out = mem;
    options.progress = false;
    options.color = "never";
    options.jobs = 1;
    options.fail_on = "never";
    try {
        r.status = run_check(options);
    } catch (std::exception const& e) {
        err << "claimcheck: error: " << e.what() << '\n';
        r.status = 2;
    }
    std::cerr.rdbuf(old);
    std::fclose(mem);
    r.out.assign(buf, size);
    std::free(buf);
    r.err = err.str();
    return r;
}

// Every occurrence of `from` in `s` replaced by `to`.
std::string replace_all(std::string s, std::string const& from, std::string const& to) {
    if (from.empty()) return s;
    for (std::size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += to.size())
        s.replace(at, from.size(), to);
    return s;
}

enum class outcome { pass, fail, broken };

struct case_result {
    outcome result = outcome::pass;
    std::string report;  // diffs or errors, indented
};

case_result run_case(fs::path const& dir, test_options const& options) {
    case_result res;
    auto broken = [&](std::string const& why) {
        res.result = outcome::broken;
        res.report += why;
        if (!why.empty() && why.back() != '\n') res.report += '\n';
    };
    std::error_code ec;
    auto files = ruletest::article_files(dir, {expected_name});
    if (files.empty()) {
        broken(dir.string() + ": no articles in the case");
        return res;
    }
    std::vector<ruletest::annotation> annotations;
    std::vector<ruletest::fixture_error> errors;
    for (auto const& f : files) ruletest::read_annotations(f, annotations, errors);
    for (auto const& e : errors)
        broken(e.path + (e.line ? ":" + std::to_string(e.line) : std::string()) + ": error: " + e.message);
    fs::path expected_path = dir / expected_name;
    // --update writes expected.txt for a case that has no annotations yet
    bool has_expected = fs::exists(expected_path, ec) || (options.update && annotations.empty());
    if (!has_expected && annotations.empty() && errors.empty())
        broken(dir.string() + ": neither expected.txt nor FINDING annotations: nothing to test");
    if (res.result == outcome::broken) return res;

    check_options ck;
    std::string prefix = dir.string();
    if (prefix.empty() || prefix.back() != '/') prefix += '/';
    for (auto const& f : files) ck.paths.push_back(prefix + f.filename().string());
    ck.rules_dirs = options.rules_dirs;
    if (fs::is_directory(dir / "rules", ec)) ck.rules_dirs.push_back((dir / "rules").string());
    if (fs::exists(dir / "facts.yaml", ec)) ck.facts.push_back((dir / "facts.yaml").string());
    if (fs::exists(dir / "overrides.yaml", ec)) ck.overrides.push_back((dir / "overrides.yaml").string());

    auto run = [&](std::string const& format, bool explain) -> std::optional<captured_run> {
        ck.format = format;
        ck.explain = explain;
        auto r = run_check_captured(ck);
        if (r.status == 2) {
            broken("check reported errors on the fixture:\n" + r.err);
            return std::nullopt;
        }
        return r;
    };

    if (has_expected) {
        auto r = run("text", false);
        if (!r) return res;
        std::string actual = replace_all(r->out, prefix, "");
        if (options.update) {
            std::ofstream(expected_path, std::ios::binary) << actual;
        } else {
            std::ifstream in(expected_path, std::ios::binary);
            if (!in) {
                broken(expected_path.string() + ": error: cannot read the file");
                return res;
            }
            std::string expected((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            auto diff = ruletest::unified_diff(ruletest::split_lines(expected), ruletest::split_lines(actual),
                                               expected_path.string(), "claimcheck check (actual)");
            if (!diff.empty()) {
                res.result = outcome::fail;
                res.report += diff;
            }
        }
    }
    if (!annotations.empty()) {
        auto r = run("json", true);
        if (!r) return res;
        auto doc = nlohmann::json::parse(r->out, nullptr, false);
        if (doc.is_discarded()) {
            broken("check wrote JSON that does not parse");
            return res;
        }
        auto cmp = ruletest::compare(annotations, ruletest::findings_from_json(doc));
        if (!cmp.ok()) {
            res.result = outcome::fail;
            std::vector<std::string> expected, actual;
            for (auto const& a : cmp.missing) expected.push_back(ruletest::describe(a));
            for (auto const& f : cmp.unexpected) actual.push_back(ruletest::describe(f));
            res.report += "--- " + prefix + " (FINDING annotations not reported)\n+++ claimcheck check (findings not annotated)\n";
            res.report += "@@ -1," + std::to_string(expected.size()) + " +1," + std::to_string(actual.size()) + " @@\n";
            for (auto const& l : expected) res.report += "-" + l + "\n";
            for (auto const& l : actual) res.report += "+" + l + "\n";
        }
    }
    return res;
}

}  // namespace

int run_test(test_options const& options) {
    std::vector<std::string> dirs = options.dirs;
    if (dirs.empty()) {
        std::string builtin = extract::find_builtin_rules_dir();
        if (builtin.empty()) {
            std::cerr << "claimcheck test: no built-in rules folder found; give the fixture folders\n";
            return 2;
        }
        dirs.push_back((fs::path(builtin) / "tests").string());
    }
    std::size_t passed = 0, failed = 0, broken = 0;
    for (auto const& d : dirs) {
        std::error_code ec;
        if (!fs::is_directory(d, ec)) {
            std::cout << "BROKEN " << d << "\n  " << d << ": error: not a folder\n";
            ++broken;
            continue;
        }
        std::vector<fs::path> cases;
        find_cases(d, cases);
        if (cases.empty()) {
            std::cout << "BROKEN " << d << "\n  " << d << ": error: no test cases (folders of articles) here\n";
            ++broken;
            continue;
        }
        for (auto const& c : cases) {
            auto r = run_case(c, options);
            char const* label = r.result == outcome::pass ? "PASS" : r.result == outcome::fail ? "FAIL" : "BROKEN";
            if (r.result != outcome::pass || options.verbose || options.update) {
                std::cout << label << ' ' << c.string() << (options.update && r.result == outcome::pass ? " (updated)" : "")
                          << '\n';
                std::istringstream lines(r.report);
                for (std::string l; std::getline(lines, l);) std::cout << "  " << l << '\n';
            }
            (r.result == outcome::pass ? passed : r.result == outcome::fail ? failed : broken) += 1;
        }
    }
    std::cout << "claimcheck test: " << passed << " passed, " << failed << " failed, " << broken << " broken\n";
    std::cout.flush();
    if (broken) return 2;
    return failed ? 1 : 0;
}

}  // namespace claimcheck::cli
