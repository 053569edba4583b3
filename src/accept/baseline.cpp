#include "accept/baseline.hpp"

#include "accept/yaml_file.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace claimcheck::accept {

bool baseline_is_json(std::string const& path) {
    return path.size() >= 5 && path.compare(path.size() - 5, 5, ".json") == 0;
}

baseline load_baseline(std::string const& path) {
    baseline b;
    b.path = path;
    YAML::Node root = load_yaml(path);
    if (!root.IsMap()) fail(path, root, "a baseline is a map with 'version' and 'findings'");
    check_keys(path, root, {"version", "findings"});
    auto version = root["version"];
    if (!version) fail(path, 1, "missing 'version: 1'");
    if (scalar(path, version, "version") != "1") fail(path, version, "unsupported baseline version '" + version.Scalar() + "' (expected 1)");
    auto findings = root["findings"];
    if (!findings) fail(path, root, "missing 'findings' (a list, possibly empty)");
    if (findings.IsNull()) return b;
    if (!findings.IsSequence()) fail(path, findings, "'findings' must be a list");
    std::set<std::string> seen;
    for (auto const& item : findings) {
        if (!item.IsMap()) fail(path, item, "a baseline entry must be a map");
        check_keys(path, item, {"fingerprint", "rule", "kind", "event", "message", "articles", "reason", "added"});
        baseline_entry e;
        e.line = line_of(item);
        auto get = [&](char const* key, std::string& out) {
            if (auto n = item[key]; n && !n.IsNull()) out = scalar(path, n, key);
        };
        get("fingerprint", e.fingerprint);
        if (e.fingerprint.empty()) fail(path, item, "a baseline entry needs a 'fingerprint'");
        if (!seen.insert(e.fingerprint).second) fail(path, item, "fingerprint '" + e.fingerprint + "' is listed twice");
        get("rule", e.rule);
        get("kind", e.kind);
        get("event", e.event);
        get("message", e.message);
        get("reason", e.reason);
        get("added", e.added);
        if (auto n = item["articles"]) e.articles = strings(path, n, "articles");
        b.entries.push_back(std::move(e));
    }
    return b;
}

std::string render_baseline(std::vector<baseline_entry> entries, bool json) {
    std::sort(entries.begin(), entries.end(),
              [](baseline_entry const& a, baseline_entry const& b) { return a.fingerprint < b.fingerprint; });
    if (json) {
        using ojson = nlohmann::ordered_json;
        ojson list = ojson::array();
        for (auto const& e : entries) {
            ojson o;
            o["fingerprint"] = e.fingerprint;
            o["rule"] = e.rule;
            o["kind"] = e.kind;
            o["event"] = e.event;
            o["message"] = e.message;
            o["articles"] = e.articles;
            o["reason"] = e.reason;
            if (!e.added.empty()) o["added"] = e.added;
            list.push_back(std::move(o));
        }
        ojson doc;
        doc["version"] = 1;
        doc["findings"] = std::move(list);
        return doc.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
    }
    std::string s =
        "# claimcheck baseline: accepted findings, matched by fingerprint (`check --baseline FILE`).\n"
        "# Edit the reasons freely; `claimcheck baseline update` and `prune` keep them.\n"
        "version: 1\n";
    if (entries.empty()) return s + "findings: []\n";
    s += "findings:\n";
    for (auto const& e : entries) {
        s += "  - fingerprint: " + yaml_quoted(e.fingerprint) + "\n";
        s += "    rule: " + yaml_quoted(e.rule) + "\n";
        s += "    kind: " + yaml_quoted(e.kind) + "\n";
        s += "    event: " + yaml_quoted(e.event) + "\n";
        s += "    message: " + yaml_quoted(e.message) + "\n";
        s += "    articles: [";
        for (std::size_t i = 0; i < e.articles.size(); ++i) s += (i ? ", " : "") + yaml_quoted(e.articles[i]);
        s += "]\n";
        s += "    reason: " + yaml_quoted(e.reason) + "\n";
        if (!e.added.empty()) s += "    added: " + yaml_quoted(e.added) + "\n";
    }
    return s;
}

}  // namespace claimcheck::accept
