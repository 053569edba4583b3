// `claimcheck baseline create|update|prune`, `claimcheck config print`, and the configuration
// file's options merged under the command line's.
#include "accept/baseline.hpp"
#include "accept/config.hpp"
#include "accept/yaml_file.hpp"
#include "cli/check_run.hpp"
#include "cli/commands.hpp"
#include "cli/rules_loader.hpp"

#include <filesystem>
#include <iostream>
#include <map>
#include <set>

namespace claimcheck::cli {

namespace {

std::string join_quoted(std::vector<std::string> const& v) {
    std::string s = "[";
    for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + accept::yaml_quoted(v[i]);
    return s + "]";
}

bool valid_date(std::string const& d) {
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (d[i] < '0' || d[i] > '9') return false;
    int month = std::stoi(d.substr(5, 2)), day = std::stoi(d.substr(8, 2));
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// At most `max` bytes, cut at a character boundary, with "…" when cut.
std::string shorten(std::string const& s, std::size_t max) {
    if (s.size() <= max) return s;
    std::size_t n = max;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    return s.substr(0, n) + "…";
}

}  // namespace

bool apply_config(check_options& o) {
    std::string path = o.config;
    std::string how = "--config";
    if (path.empty() && !o.no_config) {
        if (auto found = accept::find_config()) {
            path = *found;
            how = "found walking up from the working directory";
        }
    }
    auto cli = [&](char const* name) { return o.given.count(name) > 0; };
    auto mark = [&](char const* name, bool from_config, std::string const& where) {
        o.origin[name] = cli(name) ? "command line" : from_config ? where : "default";
    };
    if (path.empty()) {
        for (auto name : {"paths", "rules", "facts", "overrides", "include", "exclude", "fail-on", "format", "output",
                          "baseline", "db", "jobs"})
            mark(name, false, "");
        o.origin["config"] = o.no_config ? "none (--no-config)" : "none found";
        return true;
    }
    accept::config c;
    try {
        c = accept::load_config(path);
    } catch (accept::file_error const& e) {
        std::cerr << e.path << (e.line ? ":" + std::to_string(e.line) : std::string()) << ": error: " << e.message
                  << '\n';
        return false;
    }
    o.origin["config"] = path + " (" + how + ")";
    auto at = [&](char const* key) { return path + ":" + std::to_string(c.lines.count(key) ? c.lines[key] : 0); };
    auto list = [&](char const* name, char const* key, std::vector<std::string>& target,
                    std::vector<std::string> const& from) {
        bool use = !cli(name) && c.lines.count(key);
        if (use) target = from;
        mark(name, use, at(key));
    };
    list("paths", "paths", o.paths, c.paths);
    list("rules", "rules", o.rules_dirs, c.rules);
    list("facts", "facts", o.facts, c.facts);
    list("overrides", "overrides", o.overrides, c.overrides);
    list("output", "outputs", o.outputs, c.outputs);
    o.include = c.include;
    o.exclude = c.exclude;
    o.include_dir = c.dir;
    o.origin["include"] = c.lines.count("include") ? at("include") : "default";
    o.origin["exclude"] = c.lines.count("exclude") ? at("exclude") : "default";
    auto scalar = [&](char const* name, char const* key, auto& target, auto const& from) {
        bool use = !cli(name) && from.has_value();
        if (use) target = *from;
        mark(name, use, at(key));
    };
    scalar("fail-on", "fail-on", o.fail_on, c.fail_on);
    scalar("format", "format", o.format, c.format);
    scalar("baseline", "baseline", o.baseline, c.baseline);
    scalar("db", "db", o.db, c.db);
    scalar("jobs", "jobs", o.jobs, c.jobs);
    return true;
}

int run_config_print(check_options const& o) {
    auto origin = [&](char const* name) {
        auto it = o.origin.find(name);
        return it == o.origin.end() ? std::string("default") : it->second;
    };
    std::string s = "# effective configuration of `claimcheck check`\n";
    s += "# config: " + origin("config") + "\n";
    auto line = [&](char const* key, std::string const& value, char const* name) {
        s += std::string(key) + ": " + value + "  # " + origin(name) + "\n";
    };
    line("paths", join_quoted(o.paths), "paths");
    line("rules", join_quoted(o.rules_dirs), "rules");
    line("facts", join_quoted(o.facts), "facts");
    line("overrides", join_quoted(o.overrides), "overrides");
    line("include", join_quoted(o.include), "include");
    line("exclude", join_quoted(o.exclude), "exclude");
    s += "# include/exclude are relative to " + accept::yaml_quoted(o.include_dir) + "\n";
    line("fail-on", accept::yaml_quoted(o.fail_on), "fail-on");
    line("format", accept::yaml_quoted(o.format), "format");
    line("outputs", join_quoted(o.outputs), "output");
    line("baseline", o.baseline.empty() ? std::string("null") : accept::yaml_quoted(o.baseline), "baseline");
    line("db", o.db.empty() ? std::string("null") : accept::yaml_quoted(o.db), "db");
    line("jobs", std::to_string(o.jobs), "jobs");
    std::cout << s;
    return 0;
}

int run_baseline(check_options const& options, baseline_options const& b) {
    std::string const what = "claimcheck baseline " + b.action;
    if (options.baseline.empty()) {
        std::cerr << what << ": give --baseline FILE (or `baseline:` in the configuration)\n";
        return 2;
    }
    if (options.paths.empty()) {
        std::cerr << what << ": no PATH given, and no `paths` in a configuration file\n";
        return 2;
    }
    if (!b.date.empty() && !valid_date(b.date)) {
        std::cerr << what << ": --date: expected YYYY-MM-DD, got '" << b.date << "'\n";
        return 2;
    }
    std::error_code ec;
    bool exists = std::filesystem::exists(options.baseline, ec);
    accept::baseline existing;
    if (b.action == "create") {
        if (exists && !b.force) {
            std::cerr << what << ": " << options.baseline
                      << " exists; `baseline update` adds to it keeping its reasons (or --force replaces it)\n";
            return 2;
        }
    } else {
        if (!exists) {
            std::cerr << what << ": " << options.baseline << " does not exist (use `baseline create`)\n";
            return 2;
        }
        try {
            existing = accept::load_baseline(options.baseline);
        } catch (accept::file_error const& e) {
            std::cerr << e.path << (e.line ? ":" + std::to_string(e.line) : std::string())
                      << ": error: baseline: " << e.message << '\n';
            return 2;
        }
    }

    auto loaded = load_tolerances_or_report(options.rules_dirs);
    if (!loaded) return 2;
    auto known = load_knowledge_or_report(options.rules_dirs);
    if (!known) return 2;
    check_run run;
    analyze_corpus(options, *loaded, *known, quoting::none, run);
    if (run.input_errors) {
        // An incomplete corpus would drop entries that still apply: nothing is written.
        std::cerr << what << ": input errors; " << options.baseline << " not written\n";
        return 2;
    }

    // The findings a baseline accepts: active conflicts and near misses.
    std::vector<accept::baseline_entry> current;
    for (std::size_t i = 0; i < run.result.findings.size(); ++i) {
        auto const& f = run.result.findings[i];
        if (f.kind != engine::finding_kind::conflict && f.kind != engine::finding_kind::compatible) continue;
        if (run.status[i].state != output::acceptance::active) continue;
        accept::baseline_entry e;
        e.fingerprint = run.fingerprints[i];
        e.rule = f.rule;
        e.kind = engine::to_string(f.kind);
        e.event = f.event;
        e.message = shorten(f.message, 200);
        std::set<std::string> seen;
        for (auto ci : f.claims) {
            auto const& a = run.articles[run.claims[ci].article];
            if (!a.fact && seen.insert(a.id).second) e.articles.push_back(a.id);
        }
        e.reason = b.reason;
        e.added = b.date;
        current.push_back(std::move(e));
    }

    std::vector<accept::baseline_entry> entries;
    std::size_t added = 0, kept = 0, dropped = 0;
    if (b.action == "create") {
        entries = current;
        added = entries.size();
    } else if (b.action == "update") {
        std::set<std::string> have;
        for (auto const& e : existing.entries) have.insert(e.fingerprint);
        entries = existing.entries;
        kept = entries.size();
        for (auto const& e : current)
            if (!have.count(e.fingerprint)) {
                entries.push_back(e);
                ++added;
            }
    } else {  // prune
        std::set<std::string> found(run.fingerprints.begin(), run.fingerprints.end());
        for (auto const& e : existing.entries) {
            if (found.count(e.fingerprint)) {
                entries.push_back(e);
                ++kept;
            } else {
                ++dropped;
            }
        }
    }
    try {
        accept::write_atomically(options.baseline,
                                 accept::render_baseline(entries, accept::baseline_is_json(options.baseline)));
    } catch (accept::file_error const& e) {
        std::cerr << what << ": " << e.what() << '\n';
        return 2;
    }
    std::cerr << what << ": " << options.baseline << ": " << entries.size() << " entries (" << added << " added, "
              << kept << " kept, " << dropped << " dropped)\n";
    return 0;
}

}  // namespace claimcheck::cli
