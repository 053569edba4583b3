#include "accept/config.hpp"

#include "accept/yaml_file.hpp"
#include "output/findings.hpp"

#include <filesystem>

namespace claimcheck::accept {

namespace fs = std::filesystem;

std::optional<std::string> find_config() {
    std::error_code ec;
    fs::path dir = fs::current_path(ec);
    if (ec) return std::nullopt;
    std::string prefix;
    for (;;) {
        if (fs::is_regular_file(dir / config_name, ec)) return prefix + std::string(config_name);
        if (!dir.has_parent_path() || dir.parent_path() == dir) return std::nullopt;
        dir = dir.parent_path();
        prefix += "../";
    }
}

bool glob_match(std::string_view p, std::string_view s) {
    if (p.empty()) return s.empty();
    if (p.starts_with("**")) {
        std::string_view rest = p.substr(2);
        if (rest.starts_with('/')) {
            // "**/" : zero or more whole folders
            rest.remove_prefix(1);
            if (glob_match(rest, s)) return true;
            for (std::size_t i = 0; i < s.size(); ++i)
                if (s[i] == '/' && glob_match(rest, s.substr(i + 1))) return true;
            return false;
        }
        for (std::size_t i = 0; i <= s.size(); ++i)
            if (glob_match(rest, s.substr(i))) return true;
        return false;
    }
    if (p.front() == '*') {
        for (std::size_t i = 0; i <= s.size(); ++i) {
            if (glob_match(p.substr(1), s.substr(i))) return true;
            if (i < s.size() && s[i] == '/') break;
        }
        return false;
    }
    if (s.empty()) return false;
    if (p.front() == '?') return s.front() != '/' && glob_match(p.substr(1), s.substr(1));
    return p.front() == s.front() && glob_match(p.substr(1), s.substr(1));
}

bool selected(std::string const& file, std::string const& dir, std::vector<std::string> const& include,
              std::vector<std::string> const& exclude) {
    std::error_code ec;
    fs::path abs_file = fs::absolute(file, ec).lexically_normal();
    fs::path abs_dir = fs::absolute(dir.empty() ? "." : dir, ec).lexically_normal();
    std::string rel = abs_file.lexically_relative(abs_dir).generic_string();
    bool outside = rel.empty() || rel.starts_with("../") || rel == "..";
    if (!include.empty()) {
        bool any = false;
        for (auto const& g : include) any = any || (!outside && glob_match(g, rel));
        if (!any) return false;
    }
    for (auto const& g : exclude)
        if (!outside && glob_match(g, rel)) return false;
    return true;
}

config load_config(std::string const& path) {
    config c;
    c.path = path;
    fs::path dir = fs::path(path).parent_path();
    c.dir = dir.empty() ? "." : dir.lexically_normal().generic_string();
    if (c.dir.size() > 1 && c.dir.back() == '/') c.dir.pop_back();
    YAML::Node root = load_yaml(path);
    if (root.IsNull()) return c;
    if (!root.IsMap()) fail(path, root, "a configuration is a map of options");
    check_keys(path, root,
               {"paths", "rules", "facts", "overrides", "include", "exclude", "fail-on", "format", "outputs",
                "baseline", "db", "jobs"});
    auto resolve = [&](std::string const& p) {
        if (p.empty() || fs::path(p).is_absolute() || c.dir == ".") return fs::path(p).lexically_normal().generic_string();
        return (fs::path(c.dir) / p).lexically_normal().generic_string();
    };
    for (auto const& kv : root) {
        std::string key = kv.first.Scalar();
        YAML::Node const& v = kv.second;
        c.lines[key] = line_of(kv.first);
        auto path_list = [&](std::vector<std::string>& out) {
            for (auto const& p : strings(path, v, key)) out.push_back(resolve(p));
        };
        if (key == "paths") path_list(c.paths);
        else if (key == "rules") path_list(c.rules);
        else if (key == "facts") path_list(c.facts);
        else if (key == "overrides") path_list(c.overrides);
        else if (key == "include") c.include = strings(path, v, key);
        else if (key == "exclude") c.exclude = strings(path, v, key);
        else if (key == "baseline") c.baseline = resolve(scalar(path, v, key));
        else if (key == "db") c.db = resolve(scalar(path, v, key));
        else if (key == "fail-on") {
            c.fail_on = scalar(path, v, key);
            if (*c.fail_on != "conflict" && *c.fail_on != "warning" && *c.fail_on != "never")
                fail(path, v, "fail-on: expected conflict, warning or never, got '" + *c.fail_on + "'");
        } else if (key == "format") {
            c.format = scalar(path, v, key);
            bool ok = false;
            for (auto f : output::finding_formats()) ok = ok || f == *c.format;
            if (!ok) fail(path, v, "format: unknown format '" + *c.format + "'");
        } else if (key == "jobs") {
            std::string j = scalar(path, v, key);
            if (j.empty() || j.size() > 4 || j.find_first_not_of("0123456789") != std::string::npos)
                fail(path, v, "jobs: expected a number, got '" + j + "'");
            c.jobs = static_cast<unsigned>(std::stoul(j));
        } else if (key == "outputs") {
            auto add = [&](std::string const& format, std::string const& p, YAML::Node const& at) {
                bool ok = false;
                for (auto f : output::finding_formats()) ok = ok || f == format;
                if (!ok) fail(path, at, "outputs: unknown format '" + format + "'");
                if (p.empty()) fail(path, at, "outputs: no path for '" + format + "'");
                c.outputs.push_back(format + "=" + resolve(p));
            };
            if (v.IsMap()) {
                for (auto const& o : v) add(scalar(path, o.first, "outputs"), scalar(path, o.second, "outputs"), o.first);
            } else if (v.IsSequence()) {
                for (auto const& o : v) {
                    std::string spec = scalar(path, o, "outputs");
                    auto eq = spec.find('=');
                    if (eq == std::string::npos) fail(path, o, "outputs: expected FORMAT=PATH, got '" + spec + "'");
                    add(spec.substr(0, eq), spec.substr(eq + 1), o);
                }
            } else if (!v.IsNull()) {
                fail(path, v, "outputs: expected a list of FORMAT=PATH or a map FORMAT: PATH");
            }
        }
    }
    return c;
}

}  // namespace claimcheck::accept
