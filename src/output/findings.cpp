#include "output/findings.hpp"

#include "output/claims_json.hpp"
#include "output/json_writer.hpp"

namespace claimcheck::output {

namespace {

using engine::claim_record;
using engine::finding;
using engine::finding_kind;

std::size_t code_points(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

// "   25 | the sentence" and "      |     ^~~~~" under the claim.
void quote_claim(std::string& out, claim_record const& c) {
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
    out += "  " + pad + " | " + std::string(code_points(std::string_view(sentence).substr(0, at)), ' ') + "^";
    std::size_t width = code_points(std::string_view(sentence).substr(at, len));
    if (width > 1) out += std::string(width - 1, '~');
    out += "\n";
}

std::string location(check_report const& r, claim_record const& c) {
    auto const& a = r.articles[c.article];
    return a.path + ":" + std::to_string(c.line) + ":" + std::to_string(c.column);
}

json interval_or_null(std::optional<interval> const& iv) { return iv ? interval_json(iv) : json(nullptr); }

json claim_json_of(check_report const& r, std::uint32_t ci) {
    auto const& c = r.claims[ci];
    auto const& a = r.articles[c.article];
    json j;
    j["article"] = a.id;
    j["path"] = a.path;
    j["kind"] = a.fact ? "fact" : std::string(extract::to_string(c.kind));
    j["text"] = c.text;
    j["line"] = c.line;
    j["column"] = c.column;
    j["start"] = a.fact ? json(nullptr) : json(a.file_offset + c.start);
    j["end"] = a.fact ? json(nullptr) : json(a.file_offset + c.end);
    j["implied"] = interval_or_null(c.implied);
    j["constraint"] = std::string(engine::to_string(c.role));
    j["event"] = c.event.key.empty() ? json(nullptr) : json(c.event.key);
    if (a.fact && !c.time_text.empty()) j["source"] = c.time_text;
    return j;
}

json resolution_json(engine::resolution const& e) {
    json j;
    j["key"] = e.key.empty() ? json(nullptr) : json(e.key);
    if (!e.also.empty()) j["also"] = e.also;
    if (!e.key.empty()) j["confidence"] = std::string(engine::to_string(e.level));
    j["how"] = e.key.empty() ? e.unresolved : e.explanation;
    if (e.overridden) j["overridden"] = true;
    return j;
}

}  // namespace

check_counts count(check_report const& r) {
    check_counts n;
    for (auto const& a : r.articles)
        if (!a.fact) ++n.articles;
    for (auto const& a : r.articles)
        if (!a.fact) n.claims += a.claims;
    n.events = r.result.events;
    for (auto const& f : r.result.findings) {
        switch (f.kind) {
            case finding_kind::conflict: ++n.conflicts; break;
            case finding_kind::corroboration: ++n.corroborations; break;
            case finding_kind::compatible: ++n.compatible; break;
            case finding_kind::unverifiable: ++n.unverifiable; break;
            case finding_kind::unresolved: break;
        }
    }
    n.unresolved = r.result.unresolved;
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
    for (auto const& a : r.articles)
        if (a.date_source == "inferred")
            out += a.path + ": note: publication date inferred as " + (a.date ? format_iso(*a.date) : "?") +
                   ": " + a.date_basis + "\n";
    for (auto const& f : r.result.findings) {
        bool info = f.kind == finding_kind::unverifiable || f.kind == finding_kind::unresolved;
        if (info && !r.explain) continue;
        auto const& subject = r.claims[f.claims.front()];
        std::string label(engine::to_string(f.kind));
        if (f.scope == "intra-article" && f.kind != finding_kind::unresolved) label += " (within one article)";
        out += location(r, subject) + ": " + label + ": ";
        if (!f.event.empty()) out += f.event + ": ";
        out += f.message + " [" + f.rule + "]\n";
        quote_claim(out, subject);
        std::size_t const shown = std::min<std::size_t>(f.claims.size(), 6);
        for (std::size_t i = 1; i < shown; ++i) {
            auto const& c = r.claims[f.claims[i]];
            auto const& a = r.articles[c.article];
            out += location(r, c) + ": note: " + (a.fact ? "fact" : std::string(extract::to_string(c.kind))) +
                   " '" + c.text + "'";
            if (c.implied) out += " → " + engine::describe(*c.implied);
            if (a.fact && !c.time_text.empty()) out += " (source: " + c.time_text + ")";
            out += "\n";
            if (!a.fact) quote_claim(out, c);
        }
        if (f.claims.size() > shown)
            out += location(r, subject) + ": note: and " + std::to_string(f.claims.size() - shown) +
                   " more claims (see --format json)\n";
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
    if (!r.errors.empty()) out += ", " + plural(r.errors.size(), "input error", "input errors");
    out += "\n";
}

namespace {

// Writes `value` as JSON indented by two spaces per level, starting `depth` levels in.
void put_indented(std::string& out, json const& value, int depth) {
    std::string text = value.dump(2);
    std::string pad(static_cast<std::size_t>(depth) * 2, ' ');
    for (std::size_t i = 0; i < text.size(); ++i) {
        out += text[i];
        if (text[i] == '\n') out += pad;
    }
}

json finding_json(check_report const& r, finding const& f) {
    json x;
    x["id"] = f.id;
    x["kind"] = std::string(engine::to_string(f.kind));
    x["rule"] = f.rule;
    x["scope"] = f.scope;
    x["event"] = f.event.empty() ? json(nullptr) : json(f.event);
    x["message"] = f.message;
    x["implied"] = interval_or_null(f.implied);
    json cs = json::array();
    for (auto ci : f.claims) cs.push_back(claim_json_of(r, ci));
    x["claims"] = std::move(cs);
    return x;
}

}  // namespace

void write_findings_json(check_report const& r, std::FILE* file) {
    sink s{file, {}};
    std::string& out = s.buffer;
    auto n = count(r);
    json summary;
    summary["articles"] = n.articles;
    summary["claims"] = n.claims;
    summary["events"] = n.events;
    summary["conflicts"] = n.conflicts;
    summary["corroborations"] = n.corroborations;
    summary["compatible"] = n.compatible;
    summary["unverifiable"] = n.unverifiable;
    summary["unresolved"] = n.unresolved;
    summary["errors"] = r.errors.size();
    out += "{\n  \"summary\": ";
    put_indented(out, summary, 1);
    // An array member, one element at a time.
    auto array = [&](char const* key, std::size_t size, auto&& element) {
        out += ",\n  \"";
        out += key;
        out += "\": [";
        bool first = true;
        for (std::size_t i = 0; i < size; ++i) {
            std::optional<json> value = element(i);
            if (!value) continue;
            out += first ? "\n    " : ",\n    ";
            first = false;
            put_indented(out, *value, 2);
            s.maybe_flush();
        }
        out += first ? "]" : "\n  ]";
    };
    array("findings", r.result.findings.size(),
          [&](std::size_t i) -> std::optional<json> { return finding_json(r, r.result.findings[i]); });
    // Articles: one compact line each (a large corpus has hundreds of thousands).
    out += ",\n  \"articles\": [";
    bool first_article = true;
    for (auto const& a : r.articles) {
        if (a.fact) continue;
        out += first_article ? "\n    " : ",\n    ";
        first_article = false;
        json_writer w(out);
        w.begin_object();
        w.key("id").value(a.id);
        w.key("path").value(a.path);
        if (a.date) w.key("date").value(format_iso(*a.date));
        else w.key("date").null();
        if (a.date_source.empty()) w.key("date_source").null();
        else w.key("date_source").value(a.date_source);
        if (!a.date_basis.empty()) w.key("date_basis").value(a.date_basis);
        w.key("source_group").value(r.articles[a.source_group].id);
        w.key("claims").value(static_cast<std::uint64_t>(a.claims));
        w.end_object();
        s.maybe_flush();
    }
    out += first_article ? "]" : "\n  ]";
    if (r.explain)
        array("claims", r.claims.size(), [&](std::size_t i) -> std::optional<json> {
            if (r.articles[r.claims[i].article].fact) return std::nullopt;
            json x = claim_json_of(r, static_cast<std::uint32_t>(i));
            x["resolution"] = resolution_json(r.claims[i].event);
            return x;
        });
    array("errors", r.errors.size(), [&](std::size_t i) -> std::optional<json> {
        auto const& e = r.errors[i];
        json x;
        x["path"] = e.path;
        x["line"] = e.line ? json(e.line) : json(nullptr);
        x["message"] = e.message;
        return x;
    });
    out += "\n}\n";
}

}  // namespace claimcheck::output
