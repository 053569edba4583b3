#include "output/ci_formats.hpp"

#include "output/fingerprint.hpp"
#include "output/report.hpp"
#include "output/rule_docs.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

namespace claimcheck::output {

namespace {

using engine::claim_record;
using engine::finding;
using engine::finding_kind;

// At most `max` bytes of s, cut at a character boundary, with "…" when cut.
std::string clip(std::string_view s, std::size_t max) {
    if (s.size() <= max) return std::string(s);
    std::size_t n = max;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    return std::string(s.substr(0, n)) + "…";
}

bool is_info(finding_kind k) { return k == finding_kind::unverifiable || k == finding_kind::unresolved; }

// Whether a renderer shows a finding: conflicts, near misses and agreements always, the
// informational findings with --explain (as the text output does).
bool shown(check_report const& r, finding const& f) { return r.explain || !is_info(f.kind); }

// SARIF results become code scanning alerts, and GitHub does not document result.kind: only what
// needs attention (conflicts, near misses) unless --explain asks for everything.
bool in_sarif(check_report const& r, finding const& f) {
    return r.explain || f.kind == finding_kind::conflict || f.kind == finding_kind::compatible;
}

// Where a claim is, as the CI formats give it.
struct place {
    std::string path;      // as given, or relative to the working directory when under it
    std::string uri;       // path as a URI reference
    bool relative = true;  // uri is relative (to %SRCROOT%, the working directory)
    std::size_t line = 0;  // 0: unknown
    std::size_t column = 0, end_line = 0, end_column = 0;  // 0: unknown (JSONL, facts)
};

// A path as the CI formats name files: relative to the working directory when under it.
std::string where_path(std::string const& path) {
    bool relative = false;
    path_to_uri(path, relative);
    if (!relative) return path;
    std::error_code ec;
    auto rel = std::filesystem::absolute(path, ec).lexically_normal().lexically_relative(std::filesystem::current_path(ec));
    return !ec && !rel.empty() ? rel.generic_string() : path;
}

place where(check_report const& r, claim_record const& c) {
    auto const& a = r.articles[c.article];
    place p;
    p.uri = path_to_uri(a.path, p.relative);
    p.path = a.path;
    if (p.relative) {
        // the URI decoded back: a path relative to the working directory
        std::error_code ec;
        auto rel = std::filesystem::absolute(a.path, ec).lexically_normal().lexically_relative(
            std::filesystem::current_path(ec));
        if (!ec && !rel.empty()) p.path = rel.generic_string();
    }
    p.line = c.line;
    if (a.fact || !a.offsets_in_file || c.column == 0) return p;
    // The claim's text is the exact substring of the article; columns count code points, 1-based,
    // and the end column is the one after the claim's last character (SARIF's convention).
    p.column = c.column;
    std::string_view text = c.text;
    auto nl = text.rfind('\n');
    if (nl == std::string_view::npos) {
        p.end_line = p.line;
        p.end_column = p.column + code_points(text);
    } else {
        p.end_line = p.line + static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
        p.end_column = 1 + code_points(text.substr(nl + 1));
    }
    return p;
}

std::string level_of(finding_kind k) {
    switch (k) {
        case finding_kind::conflict: return "error";
        case finding_kind::compatible: return "warning";
        case finding_kind::corroboration: return "none";
        default: return "note";
    }
}

// "conflict: founding(X): message", the sentence a finding is reported with.
std::string headline(finding const& f) {
    std::string s(engine::to_string(f.kind));
    if (f.scope == "intra-article" && f.kind != finding_kind::unresolved) s += " (within one article)";
    s += ": ";
    if (!f.event.empty()) s += f.event + ": ";
    s += f.message;
    return s;
}

// The same without the kind: "founding(X): message" (for formats that give the kind apart).
std::string body_of(finding const& f) {
    std::string s;
    if (f.scope == "intra-article" && f.kind != finding_kind::unresolved) s += "(within one article) ";
    if (!f.event.empty()) s += f.event + ": ";
    return s + f.message;
}

// "first_in_interval 'their first talks in six years' → 2018-09-04..2020-03-04"
std::string claim_summary(check_report const& r, claim_record const& c) {
    auto const& a = r.articles[c.article];
    std::string s = a.fact ? std::string("fact") : std::string(extract::to_string(c.kind));
    s += " '" + c.text + "'";
    if (c.implied) s += " → " + engine::describe(*c.implied);
    if (a.fact && !c.time_text.empty()) s += " (source: " + c.time_text + ")";
    return s;
}

// A sink for the string-built formats: the whole text, then one write.
void put(std::FILE* out, std::string const& s) { std::fwrite(s.data(), 1, s.size(), out); }

}  // namespace

// ---------------------------------------------------------------------------------------------
// shared helpers

std::string path_to_uri(std::string const& path, bool& relative) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path abs = fs::absolute(path, ec).lexically_normal();
    fs::path cwd = fs::current_path(ec);
    std::string s;
    relative = false;
    if (!ec) {
        fs::path rel = abs.lexically_relative(cwd);
        if (!rel.empty() && *rel.begin() != "..") {
            relative = true;
            s = rel.generic_string();
        }
    }
    if (!relative) s = abs.generic_string();
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out = relative ? "" : "file://";
    for (unsigned char c : s) {
        bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                    c == '.' || c == '_' || c == '~' || c == '/';
        if (keep) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

namespace {

// A SARIF location at a file and, when known (non-zero), a line.
nlohmann::json sarif_file_location(std::string const& path, std::size_t line) {
    bool relative = true;
    nlohmann::json loc;
    loc["physicalLocation"]["artifactLocation"]["uri"] = path_to_uri(path, relative);
    if (relative) loc["physicalLocation"]["artifactLocation"]["uriBaseId"] = "%SRCROOT%";
    if (line) loc["physicalLocation"]["region"]["startLine"] = line;
    return loc;
}

}  // namespace

std::string xml_escape(std::string_view s, bool attribute) {
    std::string out;
    out.reserve(s.size());
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        if (!attribute && (ch == '"' || ch == '\'' || ch == '\n' || ch == '\t')) {
            out += ch;
            continue;
        }
        switch (ch) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            case '\n': out += "&#10;"; break;
            case '\r': out += "&#13;"; break;
            case '\t': out += "&#9;"; break;
            default:
                if (c < 0x20) out += "\xEF\xBF\xBD";  // not allowed in XML 1.0: U+FFFD
                else out += ch;
        }
    }
    return out;
}

std::string github_escape_data(std::string_view s) {
    std::string out;
    for (char ch : s) {
        switch (ch) {
            case '%': out += "%25"; break;
            case '\r': out += "%0D"; break;
            case '\n': out += "%0A"; break;
            default: out += ch;
        }
    }
    return out;
}

std::string github_escape_property(std::string_view s) {
    // a property value is data that also may not hold the separators of the property list
    std::string out;
    for (char ch : github_escape_data(s)) {
        if (ch == ':') out += "%3A";
        else if (ch == ',') out += "%2C";
        else out += ch;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// SARIF 2.1.0

void write_findings_sarif(check_report const& r, std::FILE* out) {
    using json = nlohmann::ordered_json;
    auto const fps = fingerprints_of(r);

    json rules = json::array();
    for (auto const& d : rule_docs()) {
        json rule;
        rule["id"] = d.id;
        rule["name"] = d.name;
        rule["shortDescription"] = {{"text", d.summary}};
        rule["fullDescription"] = {{"text", d.description}};
        rule["help"] = {{"text", d.description}, {"markdown", d.help_markdown}};
        rule["defaultConfiguration"] = {{"level", d.level}};
        rule["properties"] = {{"tags", {"claimcheck", "dates", "consistency"}}};
        rules.push_back(std::move(rule));
    }
    json driver;
    driver["name"] = "claimcheck";
    driver["version"] = r.version;
    if (!r.version.empty()) driver["semanticVersion"] = r.version;
    driver["informationUri"] = information_uri;
    driver["rules"] = std::move(rules);

    auto physical = [&](place const& p) {
        json loc;
        loc["artifactLocation"]["uri"] = p.uri;
        if (p.relative) loc["artifactLocation"]["uriBaseId"] = "%SRCROOT%";
        if (p.line) {
            json region;
            region["startLine"] = p.line;
            if (p.column) {
                region["startColumn"] = p.column;
                region["endLine"] = p.end_line;
                region["endColumn"] = p.end_column;
            }
            loc["region"] = std::move(region);
        }
        return loc;
    };

    json results = json::array();
    for (std::size_t i = 0; i < r.result.findings.size(); ++i) {
        auto const& f = r.result.findings[i];
        if (!in_sarif(r, f)) continue;
        json res;
        res["ruleId"] = f.rule;
        int index = rule_index(f.rule);
        if (index >= 0) res["ruleIndex"] = index;
        if (f.kind == finding_kind::corroboration) res["kind"] = "pass";
        else if (is_info(f.kind)) res["kind"] = "informational";
        res["level"] = is_info(f.kind) ? "none" : level_of(f.kind);
        res["message"] = {{"text", headline(f)}};
        auto const& subject = r.claims[f.claims.front()];
        json primary;
        primary["physicalLocation"] = physical(where(r, subject));
        primary["message"] = {{"text", claim_summary(r, subject)}};
        res["locations"] = json::array({std::move(primary)});
        if (f.claims.size() > 1) {
            json related = json::array();
            for (std::size_t k = 1; k < f.claims.size(); ++k) {
                auto const& c = r.claims[f.claims[k]];
                json rel;
                rel["id"] = k;
                rel["physicalLocation"] = physical(where(r, c));
                rel["message"] = {{"text", claim_summary(r, c)}};
                related.push_back(std::move(rel));
            }
            res["relatedLocations"] = std::move(related);
        }
        res["partialFingerprints"] = {{std::string(fingerprint_scheme), fps[i]}};
        auto const& st = status_of(r, i);
        // With a baseline: "unchanged" for the findings it lists, "new" for the rest. Accepted
        // findings carry one suppression per reason that accepts them: the suppression (inSource
        // for a comment in the article, external for suppressions.yaml) or the baseline entry
        // (external), then a passing review (external), which a baselined or suppressed finding
        // can carry too.
        if (r.baseline) res["baselineState"] = st.state == acceptance::baselined ? "unchanged" : "new";
        json sups = json::array();
        if (st.state == acceptance::baselined || st.state == acceptance::suppressed) {
            json sup;
            sup["kind"] = st.state == acceptance::suppressed && st.in_source ? "inSource" : "external";
            sup["status"] = "accepted";
            sup["justification"] = st.justification.empty() ? std::string(to_string(st.state)) : st.justification;
            if (st.state == acceptance::suppressed) {
                auto colon = st.where.rfind(':');
                sup["location"] = sarif_file_location(
                    st.where.substr(0, colon), colon != std::string::npos ? std::stoul(st.where.substr(colon + 1)) : 0);
            }
            sups.push_back(std::move(sup));
        }
        if (review_passes(r, i)) {
            json sup;
            sup["kind"] = "external";
            sup["status"] = "accepted";
            sup["justification"] = review_summary(review_of(r, i));
            sups.push_back(std::move(sup));
        }
        if (!sups.empty()) res["suppressions"] = std::move(sups);
        json props;
        props["finding"] = engine::to_string(f.kind);
        props["status"] = to_string(st.state);
        if (auto const& m = review_of(r, i); !m.status.empty()) props["review"] = m.status;
        props["scope"] = f.scope;
        if (!f.event.empty()) props["event"] = f.event;
        props["id"] = f.id;
        res["properties"] = std::move(props);
        results.push_back(std::move(res));
    }
    // Suppression problems: warnings at the directive.
    for (auto const& n : r.notices) {
        json res;
        res["ruleId"] = n.rule;
        int index = rule_index(n.rule);
        if (index >= 0) res["ruleIndex"] = index;
        res["level"] = "warning";
        res["message"] = {{"text", n.message}};
        res["locations"] = json::array({sarif_file_location(n.path, n.line)});
        res["partialFingerprints"] = {{std::string(fingerprint_scheme), stable_hash(n.rule + "\n" + n.path + "\n" + n.message)}};
        if (r.baseline) res["baselineState"] = "new";
        results.push_back(std::move(res));
    }

    json run;
    run["tool"]["driver"] = std::move(driver);
    // Relative URIs are relative to the working directory of the run (the repository root in CI).
    run["originalUriBaseIds"]["%SRCROOT%"]["description"] = {
        {"text", "The working directory claimcheck ran in (in CI, the repository root)."}};
    json invocation;
    invocation["executionSuccessful"] = true;
    if (!r.errors.empty()) {
        json notes = json::array();
        for (auto const& e : r.errors) {
            json n;
            n["level"] = "error";
            n["message"] = {{"text", e.message}};
            n["locations"] = json::array({sarif_file_location(e.path, e.line)});
            notes.push_back(std::move(n));
        }
        invocation["toolExecutionNotifications"] = std::move(notes);
    }
    run["invocations"] = json::array({std::move(invocation)});
    run["columnKind"] = "unicodeCodePoints";
    run["results"] = std::move(results);
    if (r.baseline || !r.status.empty() || r.reviewed) {
        auto n = count(r);
        run["properties"] = {{"baselined", n.baselined}, {"stale", n.stale}, {"suppressed", n.suppressed}};
        if (r.reviewed) {
            run["properties"]["reviewed"] = n.reviewed;
            run["properties"]["staleReviews"] = r.stale_reviews.size();
        }
    }

    json log;
    log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
    log["version"] = "2.1.0";
    log["runs"] = json::array({std::move(run)});
    put(out, log.dump(2, ' ', false, json::error_handler_t::replace) + "\n");
}

// ---------------------------------------------------------------------------------------------
// JUnit XML

void write_findings_junit(check_report const& r, std::FILE* out) {
    struct testcase {
        std::string name, file;
        std::vector<std::size_t> failing, passing;  // findings
        std::vector<std::size_t> errors;            // input errors
        std::vector<std::size_t> notices;           // suppression warnings
    };
    std::vector<testcase> cases;
    std::vector<std::size_t> case_of(r.articles.size(), std::size_t(-1));
    std::map<std::string, std::size_t> case_of_path;
    for (std::size_t i = 0; i < r.articles.size(); ++i) {
        auto const& a = r.articles[i];
        if (a.fact) continue;
        case_of[i] = cases.size();
        case_of_path.emplace(a.path, cases.size());
        cases.push_back({a.id, a.path, {}, {}, {}, {}});
    }
    // An input error belongs to its file's test case, or gets one of its own.
    for (std::size_t e = 0; e < r.errors.size(); ++e) {
        auto const& err = r.errors[e];
        auto it = case_of_path.find(err.path);
        if (it == case_of_path.end()) {
            it = case_of_path.emplace(err.path, cases.size()).first;
            cases.push_back({err.path, err.path, {}, {}, {}, {}});
        }
        cases[it->second].errors.push_back(e);
    }
    for (std::size_t k = 0; k < r.notices.size(); ++k) {
        auto const& n = r.notices[k];
        auto it = case_of_path.find(n.path);
        if (it == case_of_path.end()) {
            it = case_of_path.emplace(n.path, cases.size()).first;
            cases.push_back({n.path, n.path, {}, {}, {}, {}});
        }
        cases[it->second].notices.push_back(k);
    }
    bool const warning_fails = r.fail_on == "warning";
    bool const conflict_fails = r.fail_on != "never";
    for (std::size_t i = 0; i < r.result.findings.size(); ++i) {
        auto const& f = r.result.findings[i];
        if (!shown(r, f)) continue;
        // the subject's article (the first claim not from the facts)
        std::size_t at = std::size_t(-1);
        for (auto ci : f.claims) {
            auto ai = r.claims[ci].article;
            if (case_of[ai] != std::size_t(-1)) {
                at = case_of[ai];
                break;
            }
        }
        if (at == std::size_t(-1)) continue;
        bool fails = is_active(r, i) && ((f.kind == finding_kind::conflict && conflict_fails) ||
                                         (f.kind == finding_kind::compatible && warning_fails));
        (fails ? cases[at].failing : cases[at].passing).push_back(i);
    }
    // Unique names: a shared id gets its path, and a counter if that is not enough.
    std::map<std::string, std::size_t> uses;
    for (auto const& c : cases) ++uses[c.name];
    std::set<std::string> taken;
    for (auto& c : cases) {
        if (uses[c.name] > 1) c.name += " (" + c.file + ")";
        std::string base = c.name;
        for (unsigned n = 2; !taken.insert(c.name).second; ++n) c.name = base + " #" + std::to_string(n);
    }

    std::size_t failures = 0, errors = 0;
    for (auto const& c : cases) {
        failures += !c.failing.empty() || (warning_fails && !c.notices.empty());
        errors += !c.errors.empty();
    }
    auto finding_line = [&](std::size_t i) {
        auto const& f = r.result.findings[i];
        auto p = where(r, r.claims[f.claims.front()]);
        auto const& st = status_of(r, i);
        std::string s = p.path + ":" + std::to_string(p.line) + (p.column ? ":" + std::to_string(p.column) : "") +
                        ": " + headline(f) + " [" + f.rule + "]" +
                        (st.state == acceptance::active
                             ? std::string()
                             : " (" + std::string(to_string(st.state)) + ": " + st.justification + ")") +
                        "\n";
        if (auto const& m = review_of(r, i); !m.status.empty() && st.state != acceptance::reviewed)
            s += "  review: " + review_summary(m) + "\n";
        for (std::size_t k = 1; k < f.claims.size(); ++k) {
            auto q = where(r, r.claims[f.claims[k]]);
            s += "  " + q.path + ":" + std::to_string(q.line) + ": " + claim_summary(r, r.claims[f.claims[k]]) + "\n";
        }
        return s;
    };
    std::string s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    std::string counts = " tests=\"" + std::to_string(cases.size()) + "\" failures=\"" + std::to_string(failures) +
                         "\" errors=\"" + std::to_string(errors) + "\"";
    s += "<testsuites name=\"claimcheck\"" + counts + ">\n";
    s += "  <testsuite name=\"claimcheck\"" + counts + " skipped=\"0\">\n";
    for (auto const& c : cases) {
        s += "    <testcase name=\"" + xml_escape(c.name) + "\" classname=\"claimcheck\" file=\"" +
             xml_escape(c.file) + "\"";
        std::string notes;
        for (auto k : c.notices) {
            auto const& n = r.notices[k];
            notes += n.path + ":" + std::to_string(n.line) + ": warning: " + n.message + " [" + n.rule + "]\n";
        }
        if (c.failing.empty() && c.passing.empty() && c.errors.empty() && c.notices.empty()) {
            s += "/>\n";
            continue;
        }
        s += ">\n";
        if (!c.failing.empty()) {
            std::size_t conflicts = 0, compatible = 0;
            for (auto i : c.failing) (r.result.findings[i].kind == finding_kind::conflict ? conflicts : compatible)++;
            std::string message;
            if (conflicts) message = std::to_string(conflicts) + (conflicts == 1 ? " conflict" : " conflicts");
            if (compatible)
                message += (message.empty() ? "" : ", ") + std::to_string(compatible) + " compatible (near miss)";
            message += ": " + body_of(r.result.findings[c.failing.front()]);
            if (c.failing.size() > 1) message += " (and " + std::to_string(c.failing.size() - 1) + " more)";
            std::string body;
            for (auto i : c.failing) body += finding_line(i);
            if (warning_fails) body += notes;
            s += "      <failure type=\"" + std::string(conflicts ? "conflict" : "compatible") + "\" message=\"" +
                 xml_escape(clip(message, 1000)) + "\">" + xml_escape(body, false) + "</failure>\n";
        } else if (warning_fails && !c.notices.empty()) {
            s += "      <failure type=\"suppression\" message=\"" +
                 xml_escape(clip(r.notices[c.notices.front()].message, 1000)) + "\">" + xml_escape(notes, false) +
                 "</failure>\n";
        }
        for (auto e : c.errors) {
            auto const& err = r.errors[e];
            std::string where_ = err.path + (err.line ? ":" + std::to_string(err.line) : "");
            s += "      <error type=\"input-error\" message=\"" + xml_escape(err.message) + "\">" +
                 xml_escape(where_ + ": error: " + err.message, false) + "</error>\n";
        }
        if (!c.passing.empty() || (!warning_fails && !c.notices.empty())) {
            std::string body;
            if (!warning_fails) body += notes;
            for (auto i : c.passing) body += finding_line(i);
            s += "      <system-out>" + xml_escape(body, false) + "</system-out>\n";
        }
        s += "    </testcase>\n";
    }
    s += "  </testsuite>\n</testsuites>\n";
    put(out, s);
}

// ---------------------------------------------------------------------------------------------
// GitHub Actions workflow commands

void write_findings_github(check_report const& r, std::FILE* out) {
    std::string s;
    for (auto const& n : r.notices) {
        s += "::warning file=" + github_escape_property(where_path(n.path));
        if (n.line) s += ",line=" + std::to_string(n.line);
        s += ",title=" + github_escape_property("claimcheck [" + n.rule + "]") + "::" + github_escape_data(n.message) + "\n";
    }
    for (std::size_t fi = 0; fi < r.result.findings.size(); ++fi) {
        auto const& f = r.result.findings[fi];
        // Baselined and suppressed findings make no annotation; reviewed ones a notice.
        if (!shown(r, f) || !is_listed(r, fi)) continue;
        char const* command = !is_active(r, fi)                    ? "notice"
                              : f.kind == finding_kind::conflict   ? "error"
                              : f.kind == finding_kind::compatible ? "warning"
                                                                   : "notice";
        auto p = where(r, r.claims[f.claims.front()]);
        s += "::";
        s += command;
        s += " file=" + github_escape_property(p.path);
        if (p.line) s += ",line=" + std::to_string(p.line);
        if (p.column) {
            s += ",col=" + std::to_string(p.column);
            if (p.end_line == p.line) s += ",endColumn=" + std::to_string(p.end_column);
            else s += ",endLine=" + std::to_string(p.end_line);
        }
        s += ",title=" + github_escape_property("claimcheck " + std::string(engine::to_string(f.kind)) + " [" +
                                                f.rule + "]" + (is_active(r, fi) ? "" : " (reviewed)"));
        std::string message = body_of(f);
        for (std::size_t k = 1; k < f.claims.size() && k <= 5; ++k) {
            auto const& c = r.claims[f.claims[k]];
            auto q = where(r, c);
            message += "\n" + q.path + ":" + std::to_string(q.line) + ": " + claim_summary(r, c);
        }
        if (f.claims.size() > 6) message += "\n(and " + std::to_string(f.claims.size() - 6) + " more claims)";
        if (auto const& m = review_of(r, fi); !m.status.empty()) message += "\nreview: " + review_summary(m);
        s += "::" + github_escape_data(message) + "\n";
    }
    put(out, s);
}

// ---------------------------------------------------------------------------------------------
// Markdown

namespace {

// Backslash before the characters Markdown could read as markup; '<' and '>' as entities.
std::string md(std::string_view s) {
    std::string out;
    for (char ch : s) {
        switch (ch) {
            case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '~': case '#':
            case '!':
                out += '\\';
                out += ch;
                break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '&': out += "&amp;"; break;
            case '\n': case '\r': out += ' '; break;
            default: out += ch;
        }
    }
    return out;
}

// `code`, with backticks inside turned into quotes.
std::string code(std::string_view s) {
    std::string out = "`";
    for (char ch : s) out += (ch == '`') ? '\'' : (ch == '\n' || ch == '\r') ? ' ' : ch;
    return out + "`";
}

}  // namespace

namespace {

// "| articles | claims | ... |" and its row.
std::string markdown_counts(check_report const& r) {
    auto n = count(r);
    std::string s;
    s += "| articles | claims | events | conflicts | compatible | corroborations | unverifiable | unresolved | "
         "input errors |\n";
    s += "|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    s += "| " + std::to_string(n.articles) + " | " + std::to_string(n.claims) + " | " + std::to_string(n.events) +
         " | " + std::to_string(n.conflicts) + " | " + std::to_string(n.compatible) + " | " +
         std::to_string(n.corroborations) + " | " + std::to_string(n.unverifiable) + " | " +
         std::to_string(n.unresolved) + " | " + std::to_string(r.errors.size()) + " |\n";
    return s;
}

// "Accepted, not failing: N baselined, ..." after the counts, when anything can be accepted.
std::string markdown_accepted(check_report const& r) {
    auto n = count(r);
    if (!(r.baseline || n.suppressed || n.baselined || r.reviewed)) return {};
    return "\nAccepted, not failing: " +
           (r.baseline ? std::to_string(n.baselined) + " baselined, " + std::to_string(n.stale) + " stale baseline " +
                             (n.stale == 1 ? "entry, " : "entries, ")
                       : std::string()) +
           std::to_string(n.suppressed) + " suppressed" +
           (r.reviewed ? ", " + std::to_string(n.reviewed) + " reviewed" : "") + ".\n";
}

// A finding's status and review as report lines: "- status: **baselined**: the reason (where)",
// "- review: **false-alarm** (misparse) by ana at ...: the note". Nothing for an open finding
// nobody reviewed.
std::string markdown_status(check_report const& r, std::size_t i) {
    std::string s;
    auto const& st = status_of(r, i);
    if (st.state == acceptance::baselined || st.state == acceptance::suppressed)
        s += "- status: **" + report_status(r, i) + "**" + (st.justification.empty() ? "" : ": " + md(clip(st.justification, 400))) +
             (st.where.empty() ? "" : " (" + code(st.where) + ")") + "\n";
    if (auto const& m = review_of(r, i); !m.status.empty())
        s += "- review: **" + md(m.status) + "**" + (m.reason.empty() ? "" : " (" + md(m.reason) + ")") + " by " +
             md(m.reviewer) + (m.updated_at.empty() ? "" : " at " + md(m.updated_at)) +
             (m.note.empty() ? "" : ": " + md(clip(m.note, 400))) + "\n";
    return s;
}

// A claim quoted in its sentence, the claim in bold, then where it comes from.
std::string markdown_quote(check_report const& r, claim_record const& c) {
    auto const& a = r.articles[c.article];
    std::string s;
    if (a.fact) {
        s += "> reference fact: **" + md(c.text) + "**";
        if (!c.time_text.empty()) s += " (" + md(clip(c.time_text, 300)) + ")";
        return s + "\n";
    }
    std::string_view sentence = c.sentence;
    std::size_t at = c.start >= c.sentence_start ? c.start - c.sentence_start : 0;
    std::size_t len = c.end > c.start ? c.end - c.start : 0;
    if (!sentence.empty() && at + len <= sentence.size() && sentence.substr(at, len) == c.text)
        s += "> " + md(clip(sentence.substr(0, at), 600)) + "**" + md(c.text) + "**" +
             md(clip(sentence.substr(at + len), 600)) + "\n";
    else
        s += "> **" + md(c.text) + "**\n";
    s += ">\n> — ";
    std::string title = a.title.empty() ? a.id : a.title;
    if (linkable_url(a.url)) {
        std::string url;
        for (char ch : a.url) url += ch == '(' ? "%28" : ch == ')' ? "%29" : std::string(1, ch);
        s += "[" + md(clip(title, 200)) + "](" + url + ")";
    } else {
        s += "*" + md(clip(title, 200)) + "*";
    }
    if (!a.source.empty()) s += ", " + md(clip(a.source, 120));
    if (a.date) s += ", " + format_iso(*a.date) + (a.date_source.empty() ? "" : " (date: " + md(a.date_source) + ")");
    else s += ", undated";
    s += " · " + code(a.path + ":" + std::to_string(c.line)) + "\n";
    return s;
}

void write_markdown_report(check_report const& r, std::FILE* out) {
    auto n = count(r);
    auto plural = [](std::size_t k, char const* one, char const* many) {
        return std::to_string(k) + " " + (k == 1 ? one : many);
    };
    std::string s = "## claimcheck report: " + plural(n.conflicts, "conflict", "conflicts") + ", " +
                    std::to_string(n.compatible) + " compatible, " +
                    plural(n.corroborations, "corroboration", "corroborations") + "\n\n";
    s += markdown_counts(r);
    s += markdown_accepted(r);
    std::string footer = "\n---\n\n<sub>claimcheck " + md(r.version) + " · rules: built-in";
    for (auto const& d : r.rules_dirs) footer += ", " + code(d);
    for (auto const& f : r.facts) footer += ", facts " + code(f);
    for (auto const& o : r.overrides) footer += ", overrides " + code(o);
    if (!r.baseline_file.empty()) footer += ", baseline " + code(r.baseline_file);
    if (!r.review_db.empty()) footer += ", review store " + code(r.review_db);
    footer += " · " + code(clip(r.command, 1000)) + "</sub>\n";
    std::size_t const tail_room = 512 + footer.size();
    bool full = false;
    std::size_t left_out = 0;
    auto add = [&](std::string const& item) {
        if (full || s.size() + item.size() + tail_room > markdown_limit) {
            full = true;
            return false;
        }
        s += item;
        return true;
    };

    // The conflicts and near misses in full: every side quoted, then the arithmetic.
    std::size_t headed = 0;
    for (auto kind : {finding_kind::conflict, finding_kind::compatible}) {
        for (std::size_t fi = 0; fi < r.result.findings.size(); ++fi) {
            auto const& f = r.result.findings[fi];
            if (f.kind != kind) continue;
            std::string item;
            if (headed != static_cast<std::size_t>(kind) + 1)
                item += kind == finding_kind::conflict ? "\n### Conflicts\n" : "\n### Near misses (compatible)\n";
            item += "\n#### " + (f.event.empty() ? std::string("(unknown event)") : md(f.event)) + " · " + code(f.rule) +
                    (f.scope == "intra-article" ? " · within one article" : "") + " · " + report_status(r, fi) + "\n\n";
            if (auto status = markdown_status(r, fi); !status.empty()) item += status + "\n";
            std::size_t const shown_claims = std::min<std::size_t>(f.claims.size(), 6);
            for (std::size_t k = 0; k < shown_claims; ++k) item += markdown_quote(r, r.claims[f.claims[k]]) + "\n";
            if (f.claims.size() > shown_claims)
                item += "and " + std::to_string(f.claims.size() - shown_claims) + " more claims\n\n";
            for (auto const& line : plain_words(r, f)) item += "- " + md(clip(line, 600)) + "\n";
            if (add(item)) headed = static_cast<std::size_t>(kind) + 1;
            else ++left_out;
        }
    }
    if (n.conflicts == 0 && n.compatible == 0) add("\nNo conflicts or near misses.\n");

    // Every event with findings, collapsed.
    bool by_event = false;
    for (auto const& g : findings_by_event(r)) {
        std::map<std::string, std::size_t> tally;
        std::size_t listed_here = 0;
        for (auto i : g.findings)
            if (!is_info(r.result.findings[i].kind)) ++tally[std::string(engine::to_string(r.result.findings[i].kind))];
        if (tally.empty()) continue;
        std::string counts;
        for (auto const& [k, v] : tally) counts += (counts.empty() ? "" : ", ") + std::to_string(v) + " " + k;
        std::string item;
        if (!by_event) item += "\n### By event\n";
        item += "\n<details><summary><b>" + md(g.key.empty() ? "(unknown event)" : g.key) + "</b>: " + counts +
                "</summary>\n\n";
        for (auto i : g.findings) {
            auto const& f = r.result.findings[i];
            if (is_info(f.kind)) continue;
            ++listed_here;
            auto words = plain_words(r, f);
            auto status = report_status(r, i);
            item += "- **" + std::string(engine::to_string(f.kind)) + "** (" + code(f.rule) + (status == "open" ? "" : ", " + status) + "): " +
                    md(clip(words.empty() ? f.message : words.back(), 600)) + "\n";
            for (std::size_t k = 0; k + 1 < words.size() && k < 6; ++k) item += "  - " + md(clip(words[k], 400)) + "\n";
        }
        item += "\n</details>\n";
        if (add(item)) by_event = true;
        else left_out += listed_here;
    }
    if (full && left_out > 0)
        s += "\n… and " + std::to_string(left_out) + " more (see the HTML report or the JSON output).\n";
    if (!r.errors.empty())
        s += "\n" + plural(r.errors.size(), "input error", "input errors") +
             ": the files named were not (or not wholly) checked; see the log.\n";
    s += footer;
    put(out, s);
}

}  // namespace

void write_findings_markdown(check_report const& r, std::FILE* out, markdown_style style) {
    if (style == markdown_style::report) {
        write_markdown_report(r, out);
        return;
    }
    auto n = count(r);
    std::string s = "## claimcheck: ";
    auto plural = [](std::size_t k, char const* one, char const* many) {
        return std::to_string(k) + " " + (k == 1 ? one : many);
    };
    s += plural(n.conflicts, "conflict", "conflicts") + ", " + std::to_string(n.compatible) + " compatible, " +
         plural(n.corroborations, "corroboration", "corroborations") + "\n\n";
    s += "| articles | claims | events | conflicts | compatible | corroborations | unverifiable | unresolved | "
         "input errors |\n";
    s += "|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    s += "| " + std::to_string(n.articles) + " | " + std::to_string(n.claims) + " | " + std::to_string(n.events) +
         " | " + std::to_string(n.conflicts) + " | " + std::to_string(n.compatible) + " | " +
         std::to_string(n.corroborations) + " | " + std::to_string(n.unverifiable) + " | " +
         std::to_string(n.unresolved) + " | " + std::to_string(r.errors.size()) + " |\n";
    s += markdown_accepted(r);

    // Conflicts, then near misses, then agreements (then, with --explain, the rest), each in the
    // report's order, until the budget is spent.
    std::size_t const tail_room = 512;  // for the "and N more" line and the errors note
    std::size_t listed = 0, total = 0;
    for (std::size_t i = 0; i < r.result.findings.size(); ++i) total += shown(r, r.result.findings[i]) && is_listed(r, i);
    struct section {
        finding_kind kind;
        char const* title;
    };
    static constexpr section sections[] = {{finding_kind::conflict, "Conflicts"},
                                           {finding_kind::compatible, "Compatible (near misses)"},
                                           {finding_kind::corroboration, "Corroborations"},
                                           {finding_kind::unverifiable, "Unverifiable (single source)"},
                                           {finding_kind::unresolved, "Unresolved events"}};
    bool full = false;
    for (auto const& sec : sections) {
        bool headed = false;
        for (std::size_t fi = 0; fi < r.result.findings.size(); ++fi) {
            auto const& f = r.result.findings[fi];
            if (full) break;
            if (f.kind != sec.kind || !shown(r, f) || !is_listed(r, fi)) continue;
            std::string item;
            if (!headed) item += std::string("\n### ") + sec.title + "\n\n";
            auto const& subject = r.claims[f.claims.front()];
            auto p = where(r, subject);
            item += "- " +
                    code(p.path + ":" + std::to_string(p.line) + (p.column ? ":" + std::to_string(p.column) : "")) +
                    " " + (f.event.empty() ? std::string() : "**" + md(f.event) + "**: ") +
                    md(clip(f.message, 1500)) + " (" + code(f.rule) +
                    (f.scope == "intra-article" ? ", within one article" : "") + ")\n";
            if (auto const& m = review_of(r, fi); !m.status.empty()) {  // the review store's status
                item += "  - review: **" + md(m.status) + "**" + (m.reason.empty() ? "" : " (" + md(m.reason) + ")") +
                        " by " + md(m.reviewer) + (m.note.empty() ? "" : ": " + md(clip(m.note, 400))) + "\n";
            }
            std::size_t const evidence = std::min<std::size_t>(f.claims.size(), 6);
            for (std::size_t k = 1; k < evidence; ++k) {
                auto const& c = r.claims[f.claims[k]];
                auto q = where(r, c);
                item += "  - " + code(q.path + ":" + std::to_string(q.line)) + " " +
                        md(clip(claim_summary(r, c), 400)) + "\n";
            }
            if (f.claims.size() > evidence)
                item += "  - and " + std::to_string(f.claims.size() - evidence) + " more claims\n";
            if (s.size() + item.size() + tail_room > markdown_limit) {
                full = true;
                break;
            }
            s += item;
            headed = true;
            ++listed;
        }
    }
    if (!r.notices.empty() && !full) {
        std::string part = "\n### Suppression warnings\n\n";
        std::size_t shown_notices = 0;
        for (auto const& n : r.notices) {
            std::string item = "- " + code(where_path(n.path) + ":" + std::to_string(n.line)) + " " + md(clip(n.message, 400)) +
                               " (" + code(n.rule) + ")\n";
            if (s.size() + part.size() + item.size() + tail_room > markdown_limit) break;
            part += item;
            ++shown_notices;
        }
        if (shown_notices < r.notices.size())
            part += "- and " + std::to_string(r.notices.size() - shown_notices) + " more\n";
        s += part;
    }
    if (listed < total)
        s += "\n… and " + std::to_string(total - listed) + " more findings (see the JSON or SARIF output).\n";
    if (total == 0) s += "\nNo conflicts, near misses or corroborations.\n";
    if (!r.errors.empty())
        s += "\n" + plural(r.errors.size(), "input error", "input errors") +
             ": the files named were not (or not wholly) checked; see the log.\n";
    put(out, s);
}

}  // namespace claimcheck::output
