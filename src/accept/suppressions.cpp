#include "accept/suppressions.hpp"

#include "accept/yaml_file.hpp"
#include "engine/corrections.hpp"
#include "output/rule_docs.hpp"

#include <algorithm>
#include <filesystem>

namespace claimcheck::accept {

namespace {

constexpr std::string_view directive = "claimcheck-disable-next-line";

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

bool is_finding_rule(std::string_view id) {
    return output::find_rule_doc(id) != nullptr && id != "invalid-suppression" && id != "unused-suppression";
}

std::string folder_of(std::string const& path) {
    auto p = std::filesystem::path(path).parent_path();
    if (p.empty()) p = ".";
    return p.lexically_normal().generic_string();
}

}  // namespace

std::vector<suppression> inline_suppressions(ingest::article const& a, std::uint32_t index) {
    std::vector<suppression> out;
    if (a.comments.empty()) return out;
    // The file lines of the text that hold something outside comments (comments are blanked).
    std::vector<std::size_t> text_lines;
    {
        std::size_t line = a.line;
        bool any = false;
        for (char ch : a.text) {
            if (ch == '\n') {
                if (any) text_lines.push_back(line);
                ++line;
                any = false;
            } else if (ch != ' ' && ch != '\t' && ch != '\r' && ch != '\f' && ch != '\v') {
                any = true;
            }
        }
        if (any) text_lines.push_back(line);
    }
    for (auto const& c : a.comments) {
        std::string_view body = trim(c.body);
        if (!body.starts_with("claimcheck-")) continue;
        suppression s;
        s.path = a.path;
        s.line = c.line;
        s.in_source = true;
        s.article = index;
        auto word_end = body.find_first_of(" \t\r\n");
        std::string_view keyword = body.substr(0, word_end);
        std::string_view rest = word_end == std::string_view::npos ? std::string_view() : trim(body.substr(word_end));
        if (keyword != directive) {
            s.problem = "unknown directive '" + std::string(keyword) + "' (expected " + std::string(directive) + ")";
            out.push_back(std::move(s));
            continue;
        }
        auto dashes = rest.find("--");
        std::string_view rule = trim(rest.substr(0, dashes));
        if (dashes != std::string_view::npos) s.reason = std::string(trim(rest.substr(dashes + 2)));
        s.rule = std::string(rule);
        if (s.rule.empty()) s.problem = "no rule id (expected '" + std::string(directive) + " RULE-ID -- reason')";
        else if (s.rule.find_first_of(" \t\r\n") != std::string::npos)
            s.problem = "one rule id expected before ' -- ', got '" + s.rule + "'";
        else if (!is_finding_rule(s.rule)) s.problem = "unknown rule id '" + s.rule + "'";
        else if (s.reason.empty()) s.problem = "no reason (expected '" + std::string(directive) + " " + s.rule + " -- reason')";
        if (s.problem.empty()) {
            auto next = std::upper_bound(text_lines.begin(), text_lines.end(), c.end_line);
            if (next == text_lines.end()) s.problem = "no line with text follows it";
            else s.target_line = *next;
        }
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<suppression> load_sidecar(std::string const& path) {
    std::vector<suppression> out;
    YAML::Node root = load_yaml(path);
    if (root.IsNull()) return out;
    if (!root.IsMap()) fail(path, root, "expected a map with a 'suppressions' list");
    check_keys(path, root, {"suppressions"});
    auto list = root["suppressions"];
    if (!list || list.IsNull()) return out;
    if (!list.IsSequence()) fail(path, list, "'suppressions' must be a list");
    std::string folder = folder_of(path);
    for (auto const& item : list) {
        if (!item.IsMap()) fail(path, item, "a suppression must be a map (article, rule, reason; text, line optional)");
        check_keys(path, item, {"article", "rule", "text", "line", "reason"});
        suppression s;
        s.path = path;
        s.line = line_of(item);
        s.in_source = false;
        s.folder = folder;
        auto get = [&](char const* key) {
            auto n = item[key];
            return n && !n.IsNull() ? scalar(path, n, key) : std::string();
        };
        s.article_id = get("article");
        s.rule = get("rule");
        s.reason = std::string(trim(get("reason")));
        s.text = engine::normalize_claim_text(get("text"));
        if (auto n = item["line"]; n && !n.IsNull()) {
            std::string v = scalar(path, n, "line");
            if (v.empty() || v.find_first_not_of("0123456789") != std::string::npos || v.size() > 9 || std::stoul(v) == 0)
                fail(path, n, "line: expected a line number, got '" + v + "'");
            s.target_line = std::stoul(v);
        }
        if (s.article_id.empty()) fail(path, item, "a suppression needs an 'article' (the article id)");
        if (s.rule.empty()) s.problem = "no rule id";
        else if (!is_finding_rule(s.rule)) s.problem = "unknown rule id '" + s.rule + "'";
        else if (s.reason.empty()) s.problem = "no reason (a 'reason' is required)";
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<output::notice> apply_suppressions(std::vector<suppression>& suppressions,
                                               engine::check_result const& result,
                                               std::vector<engine::article_record> const& articles,
                                               std::vector<engine::claim_record> const& claims,
                                               std::vector<output::finding_status>& status) {
    // The sidecar entries' folders, per article (computed once).
    std::vector<std::string> folders;
    bool sidecars = false;
    for (auto const& s : suppressions) sidecars = sidecars || !s.in_source;
    if (sidecars) {
        folders.resize(articles.size());
        for (std::size_t i = 0; i < articles.size(); ++i)
            if (!articles[i].fact) folders[i] = folder_of(articles[i].path);
    }
    auto matches = [&](suppression const& s, engine::finding const& f) {
        if (!s.problem.empty() || s.rule != f.rule) return false;
        for (auto ci : f.claims) {
            auto const& c = claims[ci];
            auto const& a = articles[c.article];
            if (a.fact) continue;
            if (s.in_source) {
                if (c.article == s.article && c.line == s.target_line) return true;
                continue;
            }
            if (a.id != s.article_id || folders[c.article] != s.folder) continue;
            if (s.target_line && c.line != s.target_line) continue;
            if (!s.text.empty() && engine::normalize_claim_text(c.text) != s.text) continue;
            return true;
        }
        return false;
    };
    for (std::size_t i = 0; i < result.findings.size(); ++i) {
        auto const& f = result.findings[i];
        for (auto& s : suppressions) {
            if (!matches(s, f)) continue;
            ++s.used;
            if (status[i].state != output::acceptance::suppressed) {
                status[i].state = output::acceptance::suppressed;
                status[i].justification = s.reason;
                status[i].in_source = s.in_source;
                status[i].where = s.path + ":" + std::to_string(s.line);
            }
        }
    }
    std::vector<output::notice> notices;
    for (auto const& s : suppressions) {
        if (!s.problem.empty())
            notices.push_back({"invalid-suppression", s.path, s.line, "invalid suppression: " + s.problem});
        else if (s.used == 0)
            notices.push_back({"unused-suppression", s.path, s.line,
                               "unused suppression: no " + s.rule + " finding " +
                                   (s.in_source ? "has a claim on line " + std::to_string(s.target_line)
                                                : "matches (article '" + s.article_id + "')") +
                                   "; remove it"});
    }
    return notices;
}

}  // namespace claimcheck::accept
