#include "ruletest/annotations.hpp"

#include "output/rule_docs.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>
#include <string_view>

namespace claimcheck::ruletest {

namespace fs = std::filesystem;

namespace {

constexpr std::array<std::string_view, 5> kinds = {"conflict", "corroboration", "compatible", "unverifiable",
                                                   "unresolved"};

bool known_kind(std::string const& k) { return std::find(kinds.begin(), kinds.end(), k) != kinds.end(); }

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

}  // namespace

bool must_be_annotated(std::string const& kind) {
    return kind == "conflict" || kind == "corroboration" || kind == "compatible";
}

void read_annotations(fs::path const& file, std::vector<annotation>& out, std::vector<fixture_error>& errors) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        errors.push_back({file.string(), 0, "cannot read the file"});
        return;
    }
    std::string text;
    std::size_t n = 0, claim_line = 0;
    constexpr std::string_view marker = "<!-- FINDING";
    constexpr std::string_view tag = "<!-- FINDING: ";
    while (std::getline(in, text)) {
        ++n;
        if (!text.empty() && text.back() == '\r') text.pop_back();
        if (!starts_with(text, marker)) {
            if (!starts_with(text, "<!--")) claim_line = n;
            continue;
        }
        auto fail = [&](std::string const& why) { errors.push_back({file.string(), n, why}); };
        if (!starts_with(text, tag)) {
            fail("malformed annotation: expected '<!-- FINDING: KIND RULE [EVENT] -->'");
            continue;
        }
        std::string_view body(text);
        body.remove_prefix(tag.size());
        while (!body.empty() && body.back() == ' ') body.remove_suffix(1);
        if (body.size() < 3 || body.substr(body.size() - 3) != "-->") {
            fail("malformed annotation: no closing '-->' on the line");
            continue;
        }
        body.remove_suffix(3);
        annotation a;
        a.file = file.filename().string();
        a.line = claim_line;
        a.written_at = n;
        std::istringstream words{std::string(body)};
        words >> a.kind >> a.rule;
        std::getline(words, a.event);
        while (!a.event.empty() && a.event.front() == ' ') a.event.erase(0, 1);
        while (!a.event.empty() && a.event.back() == ' ') a.event.pop_back();
        if (a.kind.empty() || a.rule.empty()) {
            fail("malformed annotation: expected '<!-- FINDING: KIND RULE [EVENT] -->'");
            continue;
        }
        if (!known_kind(a.kind)) {
            std::string list;
            for (auto k : kinds) list += (list.empty() ? "" : ", ") + std::string(k);
            fail("unknown finding kind '" + a.kind + "' (one of " + list + ")");
            continue;
        }
        if (!output::find_rule_doc(a.rule)) {
            std::string list;
            for (auto const& d : output::rule_docs()) list += (list.empty() ? "" : ", ") + std::string(d.id);
            fail("unknown rule '" + a.rule + "' (one of " + list + ")");
            continue;
        }
        if (claim_line == 0) {
            fail("annotation with no claim line above it");
            continue;
        }
        out.push_back(std::move(a));
    }
}

std::vector<fs::path> article_files(fs::path const& folder, std::vector<std::string> const& except) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (auto it = fs::directory_iterator(folder, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        auto const& p = it->path();
        auto ext = p.extension().string();
        if (ext != ".md" && ext != ".markdown" && ext != ".txt" && ext != ".jsonl") continue;
        if (std::find(except.begin(), except.end(), p.filename().string()) != except.end()) continue;
        files.push_back(p);
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::vector<reported_finding> findings_from_json(nlohmann::json const& document) {
    std::vector<reported_finding> out;
    if (!document.is_object() || !document.contains("findings")) return out;
    for (auto const& f : document["findings"]) {
        reported_finding r;
        r.kind = f.value("kind", "");
        r.rule = f.value("rule", "");
        if (f.contains("event") && f["event"].is_string()) r.event = f["event"].get<std::string>();
        r.message = f.value("message", "");
        if (f.contains("claims"))
            for (auto const& c : f["claims"]) {
                std::string path = c.contains("path") && c["path"].is_string() ? c["path"].get<std::string>() : "";
                std::size_t line = c.contains("line") && c["line"].is_number() ? c["line"].get<std::size_t>() : 0;
                r.claims.emplace_back(fs::path(path).filename().string(), line);
            }
        out.push_back(std::move(r));
    }
    return out;
}

bool matches(annotation const& a, reported_finding const& f) {
    if (f.kind != a.kind || f.rule != a.rule) return false;
    if (!a.event.empty() && f.event != a.event) return false;
    return std::any_of(f.claims.begin(), f.claims.end(),
                       [&](auto const& c) { return c.first == a.file && c.second == a.line; });
}

comparison compare(std::vector<annotation> const& annotations, std::vector<reported_finding> const& findings) {
    comparison c;
    for (auto const& a : annotations)
        if (std::none_of(findings.begin(), findings.end(), [&](auto const& f) { return matches(a, f); }))
            c.missing.push_back(a);
    for (auto const& f : findings) {
        if (!must_be_annotated(f.kind)) continue;
        if (std::none_of(annotations.begin(), annotations.end(), [&](auto const& a) { return matches(a, f); }))
            c.unexpected.push_back(f);
    }
    return c;
}

std::string describe(annotation const& a) {
    std::string s = a.file + ":" + std::to_string(a.line) + ": " + a.kind + " " + a.rule;
    if (!a.event.empty()) s += " " + a.event;
    return s;
}

std::string describe(reported_finding const& f) {
    std::string s;
    for (std::size_t i = 0; i < f.claims.size(); ++i)
        s += (i ? ", " : "") + f.claims[i].first + ":" + std::to_string(f.claims[i].second);
    if (!s.empty()) s += ": ";
    s += f.kind + " " + f.rule;
    if (!f.event.empty()) s += " " + f.event;
    return s;
}

}  // namespace claimcheck::ruletest
