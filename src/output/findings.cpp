#include "output/findings.hpp"

#include "output/ci_formats.hpp"
#include "output/claims_json.hpp"
#include "output/fingerprint.hpp"
#include "output/json_writer.hpp"

#include <array>

namespace claimcheck::output {

namespace {

using engine::claim_record;
using engine::finding;
using engine::finding_kind;


// "   25 | the sentence" and "      |     ^~~~~" under the claim.
// ANSI SGR codes, only when colour is on.
struct painter {
    bool on = false;
    std::string operator()(char const* sgr, std::string const& s) const {
        if (!on) return s;
        return std::string("\033[") + sgr + "m" + s + "\033[0m";
    }
};
constexpr char const* bold = "1";
constexpr char const* bold_red = "1;31";
constexpr char const* bold_green = "1;32";
constexpr char const* bold_magenta = "1;35";
constexpr char const* bold_cyan = "1;36";
constexpr char const* green = "32";

char const* colour_of(finding_kind k) {
    switch (k) {
        case finding_kind::conflict: return bold_red;
        case finding_kind::compatible: return bold_magenta;
        case finding_kind::corroboration: return bold_green;
        default: return bold_cyan;
    }
}

void quote_claim(std::string& out, claim_record const& c, painter const& paint = {}) {
    if (c.sentence.empty()) return;
    std::string sentence = c.sentence;
    for (auto& ch : sentence)
        if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
    std::size_t at = c.start >= c.sentence_start ? c.start - c.sentence_start : 0;
    std::size_t len = c.end > c.start ? c.end - c.start : 1;
    if (at > sentence.size()) at = sentence.size();
    if (at + len > sentence.size()) len = sentence.size() - at;
    std::string gutter = std::to_string(c.line);
    std::string pad(gutter.size(), ' ');
    out += "  " + gutter + " | " + sentence + "\n";
    out += "  " + pad + " | " + std::string(code_points(std::string_view(sentence).substr(0, at)), ' ');
    std::string caret = "^";
    std::size_t width = code_points(std::string_view(sentence).substr(at, len));
    if (width > 1) caret += std::string(width - 1, '~');
    out += paint(green, caret) + "\n";
}

std::string location(check_report const& r, claim_record const& c) {
    auto const& a = r.articles[c.article];
    return a.path + ":" + std::to_string(c.line) + ":" + std::to_string(c.column);
}

// {"from": ..., "to": ...}, or null when the claim implies no date; open ends are null.
void put_interval(json_writer& w, std::optional<interval> const& iv) {
    if (!iv) {
        w.null();
        return;
    }
    w.begin_object();
    if (iv->bounded_below()) w.key("from").value(format_iso(iv->from));
    else w.key("from").null();
    if (iv->bounded_above()) w.key("to").value(format_iso(iv->to));
    else w.key("to").null();
    w.end_object();
}

// The fields of a claim as findings cite it (the caller opens and closes the object).
void put_claim_fields(json_writer& w, check_report const& r, std::uint32_t ci) {
    auto const& c = r.claims[ci];
    auto const& a = r.articles[c.article];
    w.key("article").value(a.id);
    w.key("path").value(a.path);
    w.key("kind").value(a.fact ? std::string_view("fact") : extract::to_string(c.kind));
    w.key("text").value(c.text);
    w.key("line").value(static_cast<std::uint64_t>(c.line));
    w.key("column").value(static_cast<std::uint64_t>(c.column));
    if (a.fact) {
        w.key("start").null();
        w.key("end").null();
    } else {
        w.key("start").value(static_cast<std::uint64_t>(a.file_offset + c.start));
        w.key("end").value(static_cast<std::uint64_t>(a.file_offset + c.end));
    }
    w.key("implied");
    put_interval(w, c.implied);
    w.key("constraint").value(engine::to_string(c.role));
    if (c.event.key.empty()) w.key("event").null();
    else w.key("event").value(c.event.key);
    if (a.fact && !c.time_text.empty()) w.key("source").value(c.time_text);
    // The sentence around the claim, where it was read (the sentence is before + text + after).
    if (!a.fact && !c.sentence.empty()) {
        std::size_t at = c.start >= c.sentence_start ? c.start - c.sentence_start : 0;
        std::size_t len = c.end > c.start ? c.end - c.start : 0;
        std::string_view sentence = c.sentence;
        if (at <= sentence.size() && at + len <= sentence.size() && sentence.substr(at, len) == c.text) {
            w.key("context").begin_object();
            w.key("before").value(sentence.substr(0, at));
            w.key("after").value(sentence.substr(at + len));
            w.end_object();
        }
    }
}

void put_resolution(json_writer& w, engine::resolution const& e) {
    w.begin_object();
    if (e.key.empty()) w.key("key").null();
    else w.key("key").value(e.key);
    if (!e.also.empty()) {
        w.key("also").begin_array();
        for (auto const& x : e.also) w.value(x);
        w.end_array();
    }
    if (!e.key.empty()) w.key("confidence").value(engine::to_string(e.level));
    w.key("how").value(e.key.empty() ? e.unresolved : e.explanation);
    if (e.overridden) w.key("overridden").value(true);
    w.end_object();
}

// A finding's review: null when not reviewed, else {status, reason, note, reviewer, updated_at}.
void put_review(json_writer& w, review_mark const& m) {
    if (m.status.empty()) {
        w.null();
        return;
    }
    w.begin_object();
    if (!m.fingerprint.empty()) w.key("fingerprint").value(m.fingerprint);
    w.key("status").value(m.status);
    if (m.reason.empty()) w.key("reason").null();
    else w.key("reason").value(m.reason);
    if (m.note.empty()) w.key("note").null();
    else w.key("note").value(m.note);
    w.key("reviewer").value(m.reviewer);
    w.key("updated_at").value(m.updated_at);
    w.end_object();
}

// "review: false-alarm (misparse) by ana at 2025-...: the note".
std::string review_line(review_mark const& m) {
    std::string s = "review: " + m.status;
    if (!m.reason.empty()) s += " (" + m.reason + ")";
    s += " by " + m.reviewer + " at " + m.updated_at;
    if (!m.note.empty()) s += ": " + m.note;
    return s;
}

// One finding as the JSON and JSON Lines outputs give it.
void put_finding(json_writer& w, check_report const& r, std::size_t i, std::string const& fingerprint) {
    auto const& f = r.result.findings[i];
    w.begin_object();
    w.key("id").value(f.id);
    w.key("fingerprint").value(fingerprint);
    w.key("kind").value(engine::to_string(f.kind));
    w.key("rule").value(f.rule);
    w.key("scope").value(f.scope);
    if (f.event.empty()) w.key("event").null();
    else w.key("event").value(f.event);
    w.key("message").value(f.message);
    auto const& st = status_of(r, i);
    w.key("status").value(to_string(st.state));
    if (st.state != acceptance::active) {
        w.key("justification").value(st.justification);
        if (st.state == acceptance::suppressed) {
            w.key("suppressed_by").begin_object();
            w.key("kind").value(st.in_source ? "inSource" : "external");
            w.key("where").value(st.where);
            w.end_object();
        }
    }
    w.key("implied");
    put_interval(w, f.implied);
    if (r.reviewed) {
        w.key("review");
        put_review(w, review_of(r, i));
    }
    w.key("claims").begin_array();
    for (auto ci : f.claims) {
        w.begin_object();
        put_claim_fields(w, r, ci);
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

}  // namespace

std::string_view to_string(acceptance a) {
    switch (a) {
        case acceptance::baselined: return "baselined";
        case acceptance::suppressed: return "suppressed";
        case acceptance::reviewed: return "reviewed";
        default: return "active";
    }
}

finding_status const& status_of(check_report const& r, std::size_t i) {
    static finding_status const active;
    return i < r.status.size() ? r.status[i] : active;
}

std::vector<std::string> fingerprints_of(check_report const& r) {
    if (r.fingerprints.size() == r.result.findings.size()) return r.fingerprints;
    return fingerprints(r.result, r.articles, r.claims);
}

review_mark const& review_of(check_report const& r, std::size_t i) {
    static review_mark const none;
    return i < r.reviews.size() ? r.reviews[i] : none;
}

bool review_passes(check_report const& r, std::size_t i) { return review_of(r, i).passes; }

std::string review_summary(review_mark const& m) {
    return m.status + (m.reason.empty() ? "" : " (" + m.reason + ")") + " by " + m.reviewer +
           (m.note.empty() ? "" : ": " + m.note);
}

check_counts count(check_report const& r) {
    check_counts n;
    for (auto const& a : r.articles)
        if (!a.fact) ++n.articles;
    for (auto const& a : r.articles)
        if (!a.fact) n.claims += a.claims;
    n.events = r.result.events;
    for (std::size_t i = 0; i < r.result.findings.size(); ++i) {
        auto const& f = r.result.findings[i];
        auto state = status_of(r, i).state;
        if (state == acceptance::baselined) {
            ++n.baselined;
            continue;
        }
        if (state == acceptance::suppressed) {
            ++n.suppressed;
            continue;
        }
        if (state == acceptance::reviewed) {
            ++n.reviewed;
            continue;
        }
        switch (f.kind) {
            case finding_kind::conflict: ++n.conflicts; break;
            case finding_kind::corroboration: ++n.corroborations; break;
            case finding_kind::compatible: ++n.compatible; break;
            case finding_kind::unverifiable: ++n.unverifiable; break;
            case finding_kind::unresolved: break;
        }
    }
    n.unresolved = r.result.unresolved;
    n.stale = r.stale;
    n.warnings = r.notices.size();
    return n;
}

namespace {

// Accumulates text and hands it to the FILE in large pieces.
struct sink {
    std::FILE* file;
    std::string buffer;
    void flush() {
        std::fwrite(buffer.data(), 1, buffer.size(), file);
        buffer.clear();
    }
    void maybe_flush() {
        if (buffer.size() >= (1u << 20)) flush();
    }
    ~sink() { flush(); }
};

}  // namespace

void write_findings_text(check_report const& r, std::FILE* file) {
    sink s{file, {}};
    std::string& out = s.buffer;
    for (auto const& a : r.articles) {
        if (a.date_source == "inferred")
            out += a.path + ": note: publication date inferred as " + (a.date ? format_iso(*a.date) : "?") +
                   ": " + a.date_basis + "\n";
        else if (a.inferred)
            out += a.path + ": note: publication date inferred to lie in " + engine::describe(*a.inferred) + ": " +
                   a.date_basis + " (too coarse to resolve its relative dates)\n";
    }
    painter paint{r.color};
    for (auto const& n : r.notices)
        out += paint(bold, n.path + ":" + std::to_string(n.line) + ":") + " " + paint(bold_magenta, "warning:") + " " +
               n.message + " [" + n.rule + "]\n";
    for (std::size_t fi = 0; fi < r.result.findings.size(); ++fi) {
        auto const& f = r.result.findings[fi];
        bool info = f.kind == finding_kind::unverifiable || f.kind == finding_kind::unresolved;
        if (info && !r.explain) continue;
        auto const& st = status_of(r, fi);
        if (!is_listed(r, fi) && !r.explain) continue;  // baselined, suppressed: counted in the summary
        auto const& subject = r.claims[f.claims.front()];
        std::string label(engine::to_string(f.kind));
        if (f.scope == "intra-article" && f.kind != finding_kind::unresolved) label += " (within one article)";
        if (st.state == acceptance::reviewed) label += " (reviewed: " + review_of(r, fi).status + ")";
        else if (st.state != acceptance::active)
            label += " (" + std::string(to_string(st.state)) + ": " + st.justification + ")";
        out += paint(bold, location(r, subject) + ":") + " " +
               paint(st.state == acceptance::active ? colour_of(f.kind) : bold_cyan, label + ":") + " ";
        if (!f.event.empty()) out += f.event + ": ";
        out += f.message + " [" + f.rule + "]\n";
        if (auto const& m = review_of(r, fi); !m.status.empty())
            out += paint(bold, location(r, subject) + ":") + " " + paint(bold_cyan, "note:") + " " + review_line(m) +
                   "\n";
        quote_claim(out, subject, paint);
        std::size_t const shown = std::min<std::size_t>(f.claims.size(), 6);
        for (std::size_t i = 1; i < shown; ++i) {
            auto const& c = r.claims[f.claims[i]];
            auto const& a = r.articles[c.article];
            out += paint(bold, location(r, c) + ":") + " " + paint(bold_cyan, "note:") + " " +
                   (a.fact ? "fact" : std::string(extract::to_string(c.kind))) + " '" + c.text + "'";
            if (c.implied) out += " → " + engine::describe(*c.implied);
            if (a.fact && !c.time_text.empty()) out += " (source: " + c.time_text + ")";
            out += "\n";
            if (!a.fact) quote_claim(out, c, paint);
        }
        if (f.claims.size() > shown)
            out += paint(bold, location(r, subject) + ":") + " " + paint(bold_cyan, "note:") + " and " +
                   std::to_string(f.claims.size() - shown) + " more claims (see --format json)\n";
        s.maybe_flush();
    }
    if (r.explain) {
        for (auto const& c : r.claims) {
            if (r.articles[c.article].fact) continue;
            out += location(r, c) + ": event: '" + c.text + "' → ";
            if (c.event.key.empty()) {
                out += "unresolved (" + c.event.unresolved + ")\n";
                continue;
            }
            out += c.event.key + " [" + std::string(engine::to_string(c.event.level)) + "]";
            for (auto const& a : c.event.also) out += ", also " + a;
            if (!c.event.explanation.empty()) out += ": " + c.event.explanation;
            out += "\n";
            s.maybe_flush();
        }
    }
    auto n = count(r);
    auto plural = [](std::size_t k, char const* one, char const* many) {
        return std::to_string(k) + " " + (k == 1 ? one : many);
    };
    out += "claimcheck: " + plural(n.articles, "article", "articles") + ", " + plural(n.claims, "claim", "claims") +
           ", " + plural(n.events, "event", "events") + ", " + plural(n.conflicts, "conflict", "conflicts") + ", " +
           plural(n.corroborations, "corroboration", "corroborations") + ", " + std::to_string(n.compatible) +
           " compatible, " + std::to_string(n.unverifiable) + " unverifiable, " + std::to_string(n.unresolved) +
           " unresolved";
    if (r.baseline) out += ", " + std::to_string(n.baselined) + " baselined, " + std::to_string(n.stale) + " stale";
    if (n.suppressed) out += ", " + std::to_string(n.suppressed) + " suppressed";
    if (r.reviewed) out += ", " + std::to_string(n.reviewed) + " reviewed";
    if (!r.stale_reviews.empty()) out += ", " + plural(r.stale_reviews.size(), "stale review", "stale reviews");
    if (n.warnings) out += ", " + plural(n.warnings, "warning", "warnings");
    if (!r.errors.empty()) out += ", " + plural(r.errors.size(), "input error", "input errors");
    out += "\n";
}

void write_findings_json(check_report const& r, std::FILE* file) {
    sink s{file, {}};
    std::string& out = s.buffer;
    auto n = count(r);
    out += "{\n  \"summary\": ";
    {
        json_writer w(out);
        w.begin_object();
        w.key("articles").value(static_cast<std::uint64_t>(n.articles));
        w.key("claims").value(static_cast<std::uint64_t>(n.claims));
        w.key("events").value(static_cast<std::uint64_t>(n.events));
        w.key("conflicts").value(static_cast<std::uint64_t>(n.conflicts));
        w.key("corroborations").value(static_cast<std::uint64_t>(n.corroborations));
        w.key("compatible").value(static_cast<std::uint64_t>(n.compatible));
        w.key("unverifiable").value(static_cast<std::uint64_t>(n.unverifiable));
        w.key("unresolved").value(static_cast<std::uint64_t>(n.unresolved));
        w.key("baselined").value(static_cast<std::uint64_t>(n.baselined));
        w.key("stale").value(static_cast<std::uint64_t>(n.stale));
        w.key("suppressed").value(static_cast<std::uint64_t>(n.suppressed));
        w.key("reviewed").value(static_cast<std::uint64_t>(n.reviewed));
        w.key("stale_reviews").value(static_cast<std::uint64_t>(r.stale_reviews.size()));
        w.key("warnings").value(static_cast<std::uint64_t>(n.warnings));
        w.key("errors").value(static_cast<std::uint64_t>(r.errors.size()));
        w.end_object();
    }
    // An array member, one element a line: `element(w, i)` writes element i and returns false
    // to leave it out (nothing written).
    auto array = [&](char const* key, std::size_t size, auto&& element) {
        out += ",\n  \"";
        out += key;
        out += "\": [";
        bool first = true;
        for (std::size_t i = 0; i < size; ++i) {
            std::size_t mark = out.size();
            out += first ? "\n    " : ",\n    ";
            json_writer w(out);
            if (!element(w, i)) {
                out.resize(mark);
                continue;
            }
            first = false;
            s.maybe_flush();
        }
        out += first ? "]" : "\n  ]";
    };
    auto const fps = fingerprints_of(r);
    array("findings", r.result.findings.size(), [&](json_writer& w, std::size_t i) {
        put_finding(w, r, i, fps[i]);
        return true;
    });
    array("articles", r.articles.size(), [&](json_writer& w, std::size_t i) {
        auto const& a = r.articles[i];
        if (a.fact) return false;
        w.begin_object();
        w.key("id").value(a.id);
        w.key("path").value(a.path);
        if (a.date) w.key("date").value(format_iso(*a.date));
        else w.key("date").null();
        if (a.date_source.empty()) w.key("date_source").null();
        else w.key("date_source").value(a.date_source);
        if (a.inferred) {
            w.key("date_inferred");
            put_interval(w, a.inferred);
        }
        if (!a.date_basis.empty()) w.key("date_basis").value(a.date_basis);
        auto text_or_null = [&](char const* key, std::string const& v) {
            if (v.empty()) w.key(key).null();
            else w.key(key).value(v);
        };
        text_or_null("title", a.title);
        text_or_null("source", a.source);
        text_or_null("url", a.url);
        w.key("source_group").value(r.articles[a.source_group].id);
        w.key("claims").value(static_cast<std::uint64_t>(a.claims));
        w.end_object();
        return true;
    });
    if (r.explain)
        array("claims", r.claims.size(), [&](json_writer& w, std::size_t i) {
            auto const& c = r.claims[i];
            if (r.articles[c.article].fact) return false;
            w.begin_object();
            put_claim_fields(w, r, static_cast<std::uint32_t>(i));
            w.key("resolution");
            put_resolution(w, c.event);
            w.end_object();
            return true;
        });
    array("warnings", r.notices.size(), [&](json_writer& w, std::size_t i) {
        auto const& n = r.notices[i];
        w.begin_object();
        w.key("rule").value(n.rule);
        w.key("path").value(n.path);
        w.key("line").value(static_cast<std::uint64_t>(n.line));
        w.key("message").value(n.message);
        w.end_object();
        return true;
    });
    if (r.reviewed)
        array("stale_reviews", r.stale_reviews.size(), [&](json_writer& w, std::size_t i) {
            put_review(w, r.stale_reviews[i]);
            return true;
        });
    array("errors", r.errors.size(), [&](json_writer& w, std::size_t i) {
        auto const& e = r.errors[i];
        w.begin_object();
        w.key("path").value(e.path);
        if (e.line) w.key("line").value(static_cast<std::uint64_t>(e.line));
        else w.key("line").null();
        w.key("message").value(e.message);
        w.end_object();
        return true;
    });
    out += ",\n  \"run\": ";
    {
        json_writer w(out);
        w.begin_object();
        w.key("version").value(r.version);
        auto list = [&](char const* key, std::vector<std::string> const& v) {
            w.key(key).begin_array();
            for (auto const& x : v) w.value(x);
            w.end_array();
        };
        list("paths", r.paths);
        list("rules", r.rules_dirs);
        list("facts", r.facts);
        list("overrides", r.overrides);
        auto path_or_null = [&](char const* key, std::string const& v) {
            if (v.empty()) w.key(key).null();
            else w.key(key).value(v);
        };
        path_or_null("baseline", r.baseline_file);
        path_or_null("db", r.review_db);
        w.key("explain").value(r.explain);
        w.end_object();
    }
    out += "\n}\n";
}

void write_findings_jsonl(check_report const& r, std::FILE* file) {
    sink s{file, {}};
    auto const fps = fingerprints_of(r);
    for (std::size_t i = 0; i < r.result.findings.size(); ++i) {
        json_writer w(s.buffer);
        put_finding(w, r, i, fps[i]);
        s.buffer += '\n';
        s.maybe_flush();
    }
}

namespace {
constexpr std::array<std::string_view, 7> formats{"text", "json", "jsonl", "sarif", "junit", "markdown", "github"};
}

std::span<std::string_view const> finding_formats() { return formats; }

bool write_findings(std::string_view format, check_report const& r, std::FILE* out) {
    if (format == "text") write_findings_text(r, out);
    else if (format == "json") write_findings_json(r, out);
    else if (format == "jsonl") write_findings_jsonl(r, out);
    else if (format == "sarif") write_findings_sarif(r, out);
    else if (format == "junit") write_findings_junit(r, out);
    else if (format == "markdown") write_findings_markdown(r, out);
    else if (format == "github") write_findings_github(r, out);
    else return false;
    return true;
}

std::size_t code_points(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

}  // namespace claimcheck::output
