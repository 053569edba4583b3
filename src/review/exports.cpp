#include "review/exports.hpp"

#include <nlohmann/json.hpp>

#include <map>

namespace claimcheck::review {

namespace {

using ojson = nlohmann::ordered_json;

ojson or_null(std::string const& s) { return s.empty() ? ojson(nullptr) : ojson(s); }

// fingerprint -> the finding as the last check saw it, and whether any check was recorded.
struct seen_index {
    bool checked = false;
    std::map<std::string, seen_finding> by_fingerprint;
    explicit seen_index(store const& db) : checked(db.last_check().has_value()) {
        for (auto& s : db.seen_findings()) by_fingerprint.emplace(s.fingerprint, std::move(s));
    }
    bool stale(std::string const& fp) const {
        if (!checked) return false;
        auto it = by_fingerprint.find(fp);
        return it == by_fingerprint.end() || !it->second.present;
    }
    seen_finding const* find(std::string const& fp) const {
        auto it = by_fingerprint.find(fp);
        return it == by_fingerprint.end() ? nullptr : &it->second;
    }
};

}  // namespace

bool is_stale(store const& db, std::string const& fingerprint) { return seen_index(db).stale(fingerprint); }

std::string csv_field(std::string_view s) {
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string export_csv(store const& db) {
    seen_index seen(db);
    std::string out = "type,fingerprint,article,claim,status,reason,note,verdict,evidence,event,relation,reviewer,"
                      "updated_at,stale\r\n";
    auto row = [&](std::initializer_list<std::string_view> fields) {
        bool first = true;
        for (auto f : fields) {
            if (!first) out += ',';
            first = false;
            out += csv_field(f);
        }
        out += "\r\n";
    };
    for (auto const& f : db.findings())
        row({"finding", f.fingerprint, "", "", f.status, f.reason, f.note, "", "", "", "", f.reviewer, f.updated_at,
             seen.stale(f.fingerprint) ? "true" : "false"});
    for (auto const& c : db.claim_verdicts())
        row({"claim", "", c.article, c.text, "", "", "", c.verdict, c.evidence, "", "", c.reviewer, c.updated_at,
             ""});
    for (auto const& l : db.links())
        row({"link", "", l.article, l.text, "", "", "", "", "", l.event, l.is ? "is" : "is-not", l.reviewer,
             l.updated_at, ""});
    return out;
}

std::string export_json(store const& db) {
    seen_index seen(db);
    ojson doc;
    doc["schema_version"] = db.version();
    doc["last_check"] = or_null(db.last_check().value_or(""));
    doc["findings"] = ojson::array();
    for (auto const& f : db.findings()) {
        ojson o;
        o["fingerprint"] = f.fingerprint;
        o["status"] = f.status;
        o["reason"] = or_null(f.reason);
        o["note"] = or_null(f.note);
        o["reviewer"] = f.reviewer;
        o["updated_at"] = f.updated_at;
        o["stale"] = seen.stale(f.fingerprint);
        if (auto const* s = seen.find(f.fingerprint)) {
            o["kind"] = s->kind;
            o["rule"] = s->rule;
            o["event"] = or_null(s->event);
            o["message"] = s->message;
        }
        doc["findings"].push_back(std::move(o));
    }
    doc["claims"] = ojson::array();
    for (auto const& c : db.claim_verdicts()) {
        ojson o;
        o["article"] = c.article;
        o["claim"] = c.text;
        o["normalized"] = c.claim;
        o["verdict"] = c.verdict;
        o["evidence"] = or_null(c.evidence);
        o["reviewer"] = c.reviewer;
        o["updated_at"] = c.updated_at;
        doc["claims"].push_back(std::move(o));
    }
    doc["links"] = ojson::array();
    for (auto const& l : db.links()) {
        ojson o;
        o["article"] = l.article;
        o["claim"] = l.text;
        o["normalized"] = l.claim;
        o["event"] = l.event;
        o["relation"] = l.is ? "is" : "is-not";
        o["reviewer"] = l.reviewer;
        o["updated_at"] = l.updated_at;
        doc["links"].push_back(std::move(o));
    }
    return doc.dump(2) + "\n";
}

std::string export_claimreview(store const& db) {
    std::map<std::string, seen_article> articles;
    for (auto& a : db.seen_articles()) articles.emplace(a.id, std::move(a));
    ojson out = ojson::array();
    for (auto const& c : db.claim_verdicts()) {
        ojson r;
        r["@context"] = "https://schema.org";
        r["@type"] = "ClaimReview";
        r["claimReviewed"] = c.text;
        ojson appearance;
        appearance["@type"] = "CreativeWork";
        appearance["identifier"] = c.article;
        if (auto it = articles.find(c.article); it != articles.end()) {
            if (!it->second.url.empty()) appearance["url"] = it->second.url;
            if (!it->second.date.empty()) appearance["datePublished"] = it->second.date;
        }
        r["itemReviewed"] = {{"@type", "Claim"}, {"appearance", ojson::array({appearance})}};
        ojson rating;
        rating["@type"] = "Rating";
        if (c.verdict == "correct") rating["ratingValue"] = 5;
        else if (c.verdict == "incorrect") rating["ratingValue"] = 1;
        rating["bestRating"] = 5;
        rating["worstRating"] = 1;
        rating["alternateName"] = c.verdict == "correct"     ? "Correct"
                                  : c.verdict == "incorrect" ? "Incorrect"
                                                             : "Unverifiable";
        r["reviewRating"] = std::move(rating);
        r["author"] = {{"@type", "Person"}, {"name", c.reviewer}};
        r["datePublished"] = c.updated_at.substr(0, 10);
        if (!c.evidence.empty()) r["citation"] = c.evidence;
        out.push_back(std::move(r));
    }
    return out.dump(2) + "\n";
}

}  // namespace claimcheck::review
