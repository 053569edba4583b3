#include "output/report.hpp"

#include "output/ci_formats.hpp"
#include "output/rule_docs.hpp"

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>

namespace claimcheck::output {

// The built-in templates, embedded at build time (cmake/embed_files.cmake).
struct embedded_file {
    char const* name;
    char const* text;
};
extern embedded_file const builtin_report_files[];
extern std::size_t const builtin_report_files_count;

namespace {

using engine::claim_record;
using engine::finding;
using engine::finding_kind;
using json = nlohmann::json;
using ojson = nlohmann::ordered_json;

std::string const month_names[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

std::string plain_day(day_number d) {
    auto c = to_civil(d);
    return std::to_string(c.day) + " " + month_names[c.month - 1] + " " + std::to_string(c.year);
}

template <class Enum, std::size_t N>
Enum enum_from(std::string_view s, Enum const (&all)[N], char const* what) {
    for (auto e : all)
        if (to_string(e) == s) return e;
    throw std::runtime_error(std::string("unknown ") + what + " '" + std::string(s) + "'");
}

std::optional<interval> interval_from(json const& j) {
    if (!j.is_object()) return std::nullopt;
    interval iv;
    auto end = [](json const& v, day_number open) -> day_number {
        if (v.is_null()) return open;
        auto d = parse_iso(v.get<std::string>());
        if (!d) throw std::runtime_error("not a date: " + v.get<std::string>());
        return *d;
    };
    iv.from = end(j.value("from", json()), unbounded_past);
    iv.to = end(j.value("to", json()), unbounded_future);
    return iv;
}

std::string str(json const& j, char const* key) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_string()) return {};
    return it->get<std::string>();
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// check's JSON read back

check_report loaded_report::view() const {
    check_report r{articles, claims, result, errors, explain};
    r.version = version;
    r.fingerprints = fingerprints;
    r.command = command;
    r.paths = paths;
    r.rules_dirs = rules_dirs;
    r.facts = facts;
    r.overrides = overrides;
    r.status = status;
    r.notices = notices;
    r.baseline = baseline;
    r.baseline_file = baseline_path;
    r.review_db = db_path;
    r.stale = stale;
    r.reviewed = reviewed;
    r.reviews = reviews;
    r.stale_reviews = stale_reviews;
    return r;
}

namespace {

review_mark review_from(json const& j) {
    review_mark m;
    if (!j.is_object()) return m;
    m.fingerprint = str(j, "fingerprint");
    m.status = str(j, "status");
    m.reason = str(j, "reason");
    m.note = str(j, "note");
    m.reviewer = str(j, "reviewer");
    m.updated_at = str(j, "updated_at");
    m.passes = m.status == "false-alarm" || m.status == "resolved";
    return m;
}

}  // namespace

loaded_report load_check_json(json const& doc) {
    if (!doc.is_object() || !doc.contains("summary") || !doc.contains("findings") || !doc.contains("articles"))
        throw std::runtime_error("not the JSON output of claimcheck check (no summary, findings or articles)");
    static constexpr extract::claim_kind kinds[] = {
        extract::claim_kind::anniversary, extract::claim_kind::first_in_interval, extract::claim_kind::first_since,
        extract::claim_kind::elapsed,     extract::claim_kind::dated_event,       extract::claim_kind::nth_occurrence};
    static constexpr engine::constraint roles[] = {engine::constraint::none, engine::constraint::origin,
                                                   engine::constraint::occurrence, engine::constraint::previous};
    static constexpr engine::confidence levels[] = {engine::confidence::high, engine::confidence::medium,
                                                    engine::confidence::low};
    static constexpr finding_kind finding_kinds[] = {finding_kind::conflict, finding_kind::corroboration,
                                                     finding_kind::compatible, finding_kind::unverifiable,
                                                     finding_kind::unresolved};
    using engine::to_string;
    using extract::to_string;
    loaded_report out;
    std::map<std::string, std::uint32_t> article_index;
    for (auto const& a : doc["articles"]) {
        engine::article_record rec;
        rec.id = str(a, "id");
        rec.path = str(a, "path");
        if (auto d = str(a, "date"); !d.empty()) rec.date = parse_iso(d);
        rec.date_source = str(a, "date_source");
        rec.date_basis = str(a, "date_basis");
        if (a.contains("date_inferred")) rec.inferred = interval_from(a["date_inferred"]);
        rec.title = str(a, "title");
        rec.source = str(a, "source");
        rec.url = str(a, "url");
        rec.claims = a.value("claims", std::size_t{0});
        article_index.emplace(rec.id, static_cast<std::uint32_t>(out.articles.size()));
        out.articles.push_back(std::move(rec));
    }
    std::size_t a_i = 0;
    for (auto const& a : doc["articles"]) {
        auto it = article_index.find(str(a, "source_group"));
        out.articles[a_i++].source_group = it == article_index.end() ? static_cast<std::uint32_t>(a_i - 1) : it->second;
    }
    // Claims: the --explain list, then those only the findings cite (facts), each once.
    std::map<std::tuple<std::string, std::string, std::uint64_t, std::uint64_t>, std::uint32_t> claim_index;
    auto claim = [&](json const& c) -> std::uint32_t {
        std::string article = str(c, "article");
        bool fact = str(c, "kind") == "fact";
        std::uint64_t line = c.value("line", std::uint64_t{0});
        std::uint64_t start = c.contains("start") && c["start"].is_number() ? c["start"].get<std::uint64_t>() : line;
        auto key = std::make_tuple(article, str(c, "text"), start, line);
        if (auto it = claim_index.find(key); it != claim_index.end()) {
            auto& known = out.claims[it->second];
            if (known.sentence.empty() && c.contains("context")) {
                std::string before = str(c["context"], "before");
                known.sentence = before + known.text + str(c["context"], "after");
                known.start = static_cast<std::uint32_t>(before.size());
                known.end = static_cast<std::uint32_t>(before.size() + known.text.size());
            }
            return it->second;
        }
        auto ai = article_index.find(article);
        if (ai == article_index.end()) {
            if (!fact) throw std::runtime_error("a claim of an unknown article '" + article + "'");
            engine::article_record rec;
            rec.id = article;
            rec.path = str(c, "path");
            rec.fact = true;
            rec.source_group = static_cast<std::uint32_t>(out.articles.size());
            ai = article_index.emplace(article, static_cast<std::uint32_t>(out.articles.size())).first;
            out.articles.push_back(std::move(rec));
        }
        claim_record rec;
        rec.article = ai->second;
        rec.kind = fact ? extract::claim_kind::dated_event : enum_from(str(c, "kind"), kinds, "claim kind");
        rec.text = str(c, "text");
        rec.line = static_cast<std::uint32_t>(line);
        rec.column = static_cast<std::uint32_t>(c.value("column", std::uint64_t{0}));
        rec.implied = interval_from(c.value("implied", json()));
        rec.role = enum_from(c.value("constraint", std::string("none")), roles, "constraint");
        rec.event.key = str(c, "event");
        if (fact) {
            rec.time_text = str(c, "source");
            rec.sentence = rec.text;
        }
        if (c.contains("context")) {
            std::string before = str(c["context"], "before");
            rec.sentence = before + rec.text + str(c["context"], "after");
            rec.start = static_cast<std::uint32_t>(before.size());
            rec.end = static_cast<std::uint32_t>(before.size() + rec.text.size());
        }
        if (c.contains("resolution")) {
            auto const& res = c["resolution"];
            if (!str(res, "key").empty()) {
                rec.event.key = str(res, "key");
                rec.event.explanation = str(res, "how");
                rec.event.level = enum_from(res.value("confidence", std::string("high")), levels, "confidence");
            } else {
                rec.event.unresolved = str(res, "how");
            }
            if (res.contains("also"))
                for (auto const& x : res["also"]) rec.event.also.push_back(x.get<std::string>());
            rec.event.overridden = res.value("overridden", false);
        }
        auto index = static_cast<std::uint32_t>(out.claims.size());
        claim_index.emplace(key, index);
        out.claims.push_back(std::move(rec));
        return index;
    };
    if (doc.contains("claims"))
        for (auto const& c : doc["claims"]) claim(c);
    for (auto const& f : doc["findings"]) {
        finding rec;
        rec.kind = enum_from(str(f, "kind"), finding_kinds, "finding kind");
        rec.rule = str(f, "rule");
        rec.scope = str(f, "scope");
        rec.event = str(f, "event");
        rec.message = str(f, "message");
        rec.implied = interval_from(f.value("implied", json()));
        rec.id = str(f, "id");
        for (auto const& c : f["claims"]) rec.claims.push_back(claim(c));
        if (rec.claims.empty()) throw std::runtime_error("a finding without claims");
        out.fingerprints.push_back(str(f, "fingerprint"));
        out.result.findings.push_back(std::move(rec));
        // Its acceptance (absent from the JSON of older versions: active) and its review.
        static constexpr acceptance states[] = {acceptance::active, acceptance::baselined, acceptance::suppressed,
                                                acceptance::reviewed};
        finding_status st;
        st.state = enum_from(f.value("status", std::string("active")), states, "finding status");
        st.justification = str(f, "justification");
        if (f.contains("suppressed_by")) {
            st.in_source = str(f["suppressed_by"], "kind") == "inSource";
            st.where = str(f["suppressed_by"], "where");
        }
        out.status.push_back(std::move(st));
        if (f.contains("review")) out.reviewed = true;
        out.reviews.push_back(review_from(f.value("review", json())));
    }
    if (doc.contains("stale_reviews")) {
        out.reviewed = true;
        for (auto const& m : doc["stale_reviews"]) out.stale_reviews.push_back(review_from(m));
    }
    if (!out.reviewed) out.reviews.clear();
    if (doc.contains("warnings"))
        for (auto const& w : doc["warnings"])
            out.notices.push_back({str(w, "rule"), str(w, "path"), w.value("line", std::size_t{0}), str(w, "message")});
    auto const& summary = doc["summary"];
    out.result.events = summary.value("events", std::size_t{0});
    out.result.unresolved = summary.value("unresolved", std::size_t{0});
    out.stale = summary.value("stale", std::size_t{0});
    if (doc.contains("errors"))
        for (auto const& e : doc["errors"])
            out.errors.push_back({str(e, "path"), e.value("line", json()).is_number() ? e["line"].get<std::size_t>() : 0,
                                  str(e, "message")});
    if (doc.contains("run")) {
        auto const& run = doc["run"];
        out.version = str(run, "version");
        out.explain = run.value("explain", false);
        for (auto const& x : run.value("paths", json::array())) out.paths.push_back(x.get<std::string>());
        for (auto const& x : run.value("rules", json::array())) out.rules_dirs.push_back(x.get<std::string>());
        for (auto const& x : run.value("facts", json::array())) out.facts.push_back(x.get<std::string>());
        for (auto const& x : run.value("overrides", json::array())) out.overrides.push_back(x.get<std::string>());
        out.baseline_path = str(run, "baseline");
        out.db_path = str(run, "db");
    } else {
        out.explain = doc.contains("claims");
    }
    // The check that made the document, as far as it tells.
    out.command = "claimcheck check";
    for (auto const& p : out.paths) out.command += " " + p;
    for (auto const& d : out.rules_dirs) out.command += " --rules " + d;
    for (auto const& f : out.facts) out.command += " --facts " + f;
    for (auto const& o : out.overrides) out.command += " --overrides " + o;
    out.baseline = !out.baseline_path.empty();
    if (out.baseline) out.command += " --baseline " + out.baseline_path;
    if (!out.db_path.empty()) out.command += " --db " + out.db_path;
    out.command += std::string(" --format json") + (out.explain ? " --explain" : "");
    return out;
}

// ---------------------------------------------------------------------------------------------
// Templates

report_templates builtin_templates() {
    report_templates t;
    for (std::size_t i = 0; i < builtin_report_files_count; ++i) {
        std::string_view name = builtin_report_files[i].name;
        if (name == "report.html.mustache") t.html = builtin_report_files[i].text;
        else if (name == "report.css") t.css = builtin_report_files[i].text;
        else if (name == "report.js") t.js = builtin_report_files[i].text;
    }
    return t;
}

report_templates load_templates(std::string const& dir) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) throw std::runtime_error("--template: " + dir + " is not a folder");
    report_templates t = builtin_templates();
    auto read = [&](char const* name, std::string& into) {
        fs::path p = fs::path(dir) / name;
        if (!fs::exists(p, ec)) return;
        std::ifstream in(p, std::ios::binary);
        if (!in) throw std::runtime_error("--template: cannot read " + p.string());
        std::ostringstream s;
        s << in.rdbuf();
        into = s.str();
    };
    read("report.html.mustache", t.html);
    read("report.css", t.css);
    read("report.js", t.js);
    kainjow::mustache::mustache check{t.html};
    if (!check.is_valid())
        throw std::runtime_error("--template: " + (fs::path(dir) / "report.html.mustache").string() + ": " +
                                 check.error_message());
    return t;
}

// ---------------------------------------------------------------------------------------------
// Plain words

std::string plain_interval(interval const& iv) {
    if (!iv.bounded_below() && !iv.bounded_above()) return "at any time";
    if (!iv.bounded_below()) return "on or before " + plain_day(iv.to);
    if (!iv.bounded_above()) return "on or after " + plain_day(iv.from);
    if (iv.from == iv.to) return "on " + plain_day(iv.from);
    auto a = to_civil(iv.from), b = to_civil(iv.to);
    if (a.year == b.year && a.month == 1 && a.day == 1 && b.month == 12 && b.day == 31)
        return "in " + std::to_string(a.year);
    if (a.year == b.year && a.month == b.month && a.day == 1 && b.day == days_in_month(b.year, b.month))
        return "in " + month_names[a.month - 1] + " " + std::to_string(a.year);
    return "between " + plain_day(iv.from) + " and " + plain_day(iv.to);
}

std::string plain_span(long days) {
    auto plural = [](long n, char const* unit) { return std::to_string(n) + " " + unit + (n == 1 ? "" : "s"); };
    if (days < 62) return plural(days, "day");
    long months = std::lround(static_cast<double>(days) / 30.436875);
    if (months < 24) return "about " + plural(months, "month");
    long years = months / 12, rest = months % 12;
    if (rest == 0 || years >= 10) return "about " + plural(std::lround(months / 12.0), "year");
    return "about " + plural(years, "year") + " and " + plural(rest, "month");
}

std::string source_name(engine::article_record const& a) {
    if (a.fact) return "reference fact";
    if (!a.source.empty()) return a.source;
    if (!a.title.empty()) return a.title;
    return a.id;
}

namespace {

std::string what_it_dates(claim_record const& c) {
    switch (c.role) {
        case engine::constraint::previous: return "the previous occurrence";
        case engine::constraint::origin: return "the event";
        default: return "it";
    }
}

std::string claim_in_words(check_report const& r, claim_record const& c) {
    auto const& a = r.articles[c.article];
    if (a.fact) {
        std::string s = "The reference fact dates it " + (c.implied ? plain_interval(*c.implied) : "nowhere");
        if (!c.time_text.empty()) s += " (" + c.time_text + ")";
        return s + ".";
    }
    std::string s = source_name(a);
    if (a.date) s += " (" + plain_day(*a.date) + ")";
    s += ": \u201c" + c.text + "\u201d";
    if (!c.implied) return s + " gives no date.";
    return s + " puts " + what_it_dates(c) + " " + plain_interval(*c.implied) + ".";
}

}  // namespace

std::vector<std::string> plain_words(check_report const& r, finding const& f) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < f.claims.size() && i < 6; ++i) out.push_back(claim_in_words(r, r.claims[f.claims[i]]));
    if (f.claims.size() > 6) out.push_back("… and " + std::to_string(f.claims.size() - 6) + " more claims.");
    auto const& subject = r.claims[f.claims.front()];
    switch (f.kind) {
        case finding_kind::conflict: {
            // The subject against what the others agree on (or, without that, each other claim).
            std::optional<interval> other = f.implied;
            if (other && subject.implied && *other == *subject.implied) other.reset();
            if (!other && f.claims.size() > 1) other = r.claims[f.claims[1]].implied;
            if (subject.implied && other && !subject.implied->overlaps(*other)) {
                bool before = subject.implied->to < other->from;
                interval const& first = before ? *subject.implied : *other;
                interval const& second = before ? *other : *subject.implied;
                long gap = static_cast<long>(second.from) - static_cast<long>(first.to);
                out.push_back(std::string("They cannot all be true: ") +
                              (before ? "the first claim's interval ends on " : "the others' interval ends on ") +
                              plain_day(first.to) + ", " + plain_span(gap) + " before " +
                              (before ? "the others' begins" : "the first claim's begins") + " on " +
                              plain_day(second.from) + ".");
            } else {
                out.push_back("They cannot all be true: the intervals have no date in common.");
            }
            break;
        }
        case finding_kind::corroboration:
            if (f.implied)
                out.push_back("They agree: every interval includes the dates " + plain_interval(*f.implied) + ".");
            break;
        case finding_kind::compatible:
            out.push_back("They agree only within a hedge's tolerance (\u201cabout\u201d, \u201cmore than\u201d): worth a look, "
                          "not a contradiction.");
            break;
        case finding_kind::unverifiable: out.push_back("Only one source speaks of this event: nothing to compare."); break;
        case finding_kind::unresolved:
            if (!subject.event.unresolved.empty())
                out.push_back("The event could not be worked out: " + subject.event.unresolved + ".");
            break;
    }
    return out;
}

std::string report_status(check_report const& r, std::size_t i) {
    auto state = status_of(r, i).state;
    if (state == acceptance::suppressed) return "suppressed";
    if (state == acceptance::baselined) return "baselined";
    auto const& m = review_of(r, i);
    return m.status.empty() ? std::string("open") : m.status;
}

bool linkable_url(std::string_view url) {
    auto lower = [](std::string_view s) {
        std::string o(s);
        for (auto& ch : o) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        return o;
    };
    std::string u = lower(url.substr(0, 8));
    if (!(u.starts_with("http://") || u.starts_with("https://"))) return false;
    for (unsigned char ch : url)
        if (ch < 0x21 || ch == '"' || ch == '<' || ch == '>' || ch == '\\' || ch == '`') return false;
    return true;
}

std::string script_safe_json(std::string_view s) {
    std::string out;
    out.reserve(s.size() + s.size() / 16);
    for (std::size_t i = 0; i < s.size(); ++i) {
        char ch = s[i];
        if (ch == '<') out += "\\u003c";
        else if (ch == '>') out += "\\u003e";
        else if (ch == '&') out += "\\u0026";
        else if (ch == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80' && (s[i + 2] == '\xA8' || s[i + 2] == '\xA9')) {
            out += s[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
            i += 2;
        } else out += ch;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// The view model

namespace {

int kind_rank(finding_kind k) {
    switch (k) {
        case finding_kind::conflict: return 0;
        case finding_kind::compatible: return 1;
        case finding_kind::corroboration: return 2;
        case finding_kind::unverifiable: return 3;
        case finding_kind::unresolved: return 4;
    }
    return 5;
}

ojson iso_or_null(std::optional<interval> const& iv, bool from) {
    if (!iv) return nullptr;
    if (from ? !iv->bounded_below() : !iv->bounded_above()) return nullptr;
    return format_iso(from ? iv->from : iv->to);
}

}  // namespace

std::vector<event_findings> findings_by_event(check_report const& r) {
    struct group {
        int rank = 9;
        std::size_t first = 0;
        std::vector<std::size_t> findings;
    };
    std::map<std::string, group> events;
    for (std::size_t i = 0; i < r.result.findings.size(); ++i) {
        auto const& f = r.result.findings[i];
        auto& g = events[f.event];
        if (g.findings.empty()) g.first = i;
        g.rank = std::min(g.rank, kind_rank(f.kind));
        g.findings.push_back(i);
    }
    std::vector<std::pair<std::string const*, group*>> ordered;
    for (auto& [key, g] : events) ordered.emplace_back(&key, &g);
    std::sort(ordered.begin(), ordered.end(), [](auto const& x, auto const& y) {
        if (x.first->empty() != y.first->empty()) return y.first->empty();
        if (x.second->rank != y.second->rank) return x.second->rank < y.second->rank;
        return x.second->first < y.second->first;
    });
    std::vector<event_findings> out;
    for (auto& [key, g] : ordered) out.push_back({*key, std::move(g->findings)});
    return out;
}

ojson report_model(check_report const& r) {
    auto n = count(r);
    auto fps = fingerprints_of(r);
    ojson m;
    m["counts"] = {{"articles", n.articles},         {"claims", n.claims},       {"events", n.events},
                   {"conflicts", n.conflicts},       {"corroborations", n.corroborations},
                   {"compatible", n.compatible},     {"unverifiable", n.unverifiable},
                   {"unresolved", n.unresolved},     {"errors", r.errors.size()}};
    // Accepted findings are counted here, not under their kind (as check's summary counts them).
    m["counts"]["baselined"] = n.baselined;
    m["counts"]["suppressed"] = n.suppressed;
    m["counts"]["reviewed"] = n.reviewed;

    // Articles (facts too: they are cited), in corpus order.
    ojson articles = ojson::array();
    for (auto const& a : r.articles) {
        ojson o;
        o["id"] = a.id;
        if (a.fact) o["fact"] = true;
        o["path"] = a.path;
        if (!a.title.empty()) o["title"] = a.title;
        if (!a.source.empty()) o["source"] = a.source;
        if (linkable_url(a.url)) o["url"] = a.url;
        if (a.date) o["date"] = format_iso(*a.date);
        if (!a.date_source.empty()) o["date_source"] = a.date_source;
        if (!a.date_basis.empty()) o["date_basis"] = a.date_basis;
        if (a.inferred) o["date_inferred"] = engine::describe(*a.inferred);
        if (a.source_group != static_cast<std::uint32_t>(&a - r.articles.data())) o["group"] = r.articles[a.source_group].id;
        o["n"] = a.claims;
        articles.push_back(std::move(o));
    }
    m["articles"] = std::move(articles);

    // Claims: compact (short keys; the explanations interned), the sentence only where a finding
    // that is not informational quotes it.
    std::vector<bool> quoted(r.claims.size(), false);
    for (auto const& f : r.result.findings)
        if (f.kind != finding_kind::unverifiable && f.kind != finding_kind::unresolved)
            for (auto ci : f.claims) quoted[ci] = true;
    // A large corpus leaves out the claims whose event is unknown and that no check cites (and
    // their event-unresolved findings): the page stays a few MB. They are counted.
    bool const trim = r.claims.size() > report_claims_in_full;
    std::vector<std::int64_t> blob_index(r.claims.size(), -1);
    std::size_t left_out = 0;
    for (std::size_t i = 0, next = 0; i < r.claims.size(); ++i) {
        if (trim && !quoted[i] && r.claims[i].event.key.empty()) ++left_out;
        else blob_index[i] = static_cast<std::int64_t>(next++);
    }
    m["claims_left_out"] = left_out;
    auto claim_list = [&](std::vector<std::uint32_t> const& cs) {
        std::vector<std::int64_t> out;
        for (auto ci : cs)
            if (blob_index[ci] >= 0) out.push_back(blob_index[ci]);
        return out;
    };
    std::map<std::string, std::size_t> how_index;
    ojson hows = ojson::array();
    auto intern = [&](std::string const& s) {
        auto [it, fresh] = how_index.emplace(s, how_index.size());
        if (fresh) hows.push_back(s);
        return it->second;
    };
    std::map<std::string, std::size_t> kind_index, key_index;
    ojson kinds = ojson::array(), keys = ojson::array();
    auto intern_kind = [&](std::string const& s) {
        auto [it, fresh] = kind_index.emplace(s, kind_index.size());
        if (fresh) kinds.push_back(s);
        return it->second;
    };
    auto intern_key = [&](std::string const& s) {
        auto [it, fresh] = key_index.emplace(s, key_index.size());
        if (fresh) keys.push_back(s);
        return it->second;
    };
    ojson claims = ojson::array();
    for (std::size_t i = 0; i < r.claims.size(); ++i) {
        if (blob_index[i] < 0) continue;
        auto const& c = r.claims[i];
        auto const& a = r.articles[c.article];
        ojson o;
        o["a"] = c.article;
        o["k"] = intern_kind(a.fact ? std::string("fact") : std::string(extract::to_string(c.kind)));
        o["t"] = c.text;
        o["l"] = c.line;
        if (c.implied) {
            o["f"] = iso_or_null(c.implied, true);
            o["u"] = iso_or_null(c.implied, false);
        }
        if (c.role != engine::constraint::none) o["r"] = intern_kind(std::string(engine::to_string(c.role)));
        if (!c.event.key.empty()) {
            o["e"] = intern_key(c.event.key);
            o["q"] = std::string(engine::to_string(c.event.level));
            if (!c.event.explanation.empty()) o["h"] = intern(c.event.explanation);
        } else if (!c.event.unresolved.empty()) {
            o["h"] = intern(c.event.unresolved);
        }
        if (a.fact && !c.time_text.empty()) o["s"] = c.time_text;
        if (quoted[i] && !a.fact && !c.sentence.empty()) {
            std::size_t at = c.start >= c.sentence_start ? c.start - c.sentence_start : 0;
            std::size_t len = c.end > c.start ? c.end - c.start : 0;
            std::string_view s = c.sentence;
            if (at + len <= s.size() && s.substr(at, len) == c.text) {
                auto flat = [](std::string_view x) {
                    std::string o(x);
                    for (auto& ch : o)
                        if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
                    return o;
                };
                o["b"] = flat(s.substr(0, at));
                o["x"] = flat(s.substr(at + len));
            }
        }
        claims.push_back(std::move(o));
    }
    m["claims"] = std::move(claims);
    m["hows"] = std::move(hows);
    m["kinds"] = std::move(kinds);
    m["keys"] = std::move(keys);

    // Findings, in the check's order, and the events they fall in.
    ojson findings = ojson::array();
    std::set<std::string> rules;
    std::vector<std::int64_t> finding_index(r.result.findings.size(), -1);
    for (std::size_t i = 0; i < r.result.findings.size(); ++i) {
        auto const& f = r.result.findings[i];
        if (claim_list(f.claims).empty()) continue;
        finding_index[i] = static_cast<std::int64_t>(findings.size());
        ojson o;
        o["kind"] = std::string(engine::to_string(f.kind));
        o["rule"] = f.rule;
        o["event"] = f.event;
        o["claims"] = claim_list(f.claims);
        rules.insert(f.rule);
        // Its status ("open" when left out), whether it is accepted (it does not fail a check),
        // why, and its review.
        if (auto status = report_status(r, i); status != "open") o["status"] = status;
        auto const& st = status_of(r, i);
        if (st.state != acceptance::active) o["accepted"] = true;
        if (st.state == acceptance::baselined || st.state == acceptance::suppressed) {
            if (!st.justification.empty()) o["why"] = st.justification;
            if (!st.where.empty()) o["where"] = st.where;
        }
        if (auto const& rv = review_of(r, i); !rv.status.empty()) {
            ojson v;
            v["status"] = rv.status;
            if (!rv.reason.empty()) v["reason"] = rv.reason;
            if (!rv.note.empty()) v["note"] = rv.note;
            v["reviewer"] = rv.reviewer;
            v["at"] = rv.updated_at;
            o["review"] = std::move(v);
        }
        // The informational findings (most of a large corpus's) are drawn from their claims alone.
        if (f.kind == finding_kind::unverifiable || f.kind == finding_kind::unresolved) {
            findings.push_back(std::move(o));
            continue;
        }
        o["id"] = f.id;
        o["fp"] = i < fps.size() ? fps[i] : std::string();
        o["scope"] = f.scope;
        o["message"] = f.message;
        // The page shows each claim's interval on its card: the conclusion is what it adds.
        auto words = plain_words(r, f);
        std::size_t per_claim = std::min<std::size_t>(f.claims.size(), 6) + (f.claims.size() > 6 ? 1 : 0);
        o["plain"] = std::vector<std::string>(words.begin() + static_cast<std::ptrdiff_t>(std::min(per_claim, words.size())),
                                              words.end());
        if (f.implied) {
            o["f"] = iso_or_null(f.implied, true);
            o["u"] = iso_or_null(f.implied, false);
        }
        findings.push_back(std::move(o));
    }
    m["findings"] = std::move(findings);
    ojson ev = ojson::array();
    for (auto const& g : findings_by_event(r)) {
        std::vector<std::int64_t> fs;
        for (auto i : g.findings)
            if (finding_index[i] >= 0) fs.push_back(finding_index[i]);
        if (!fs.empty()) ev.push_back({{"key", g.key}, {"findings", fs}});
    }
    m["events"] = std::move(ev);
    m["rules"] = std::vector<std::string>(rules.begin(), rules.end());
    ojson docs = ojson::object();
    for (auto const& d : rule_docs())
        if (rules.count(std::string(d.id))) docs[std::string(d.id)] = std::string(d.summary);
    m["rule_docs"] = std::move(docs);
    return m;
}

// ---------------------------------------------------------------------------------------------
// The page

std::string serve_script() {
    for (std::size_t i = 0; i < builtin_report_files_count; ++i)
        if (std::string_view(builtin_report_files[i].name) == "serve.js") return builtin_report_files[i].text;
    return {};
}

std::string render_report_html(check_report const& r, report_templates const& t, ojson const* serve) {
    using kainjow::mustache::data;
    using kainjow::mustache::mustache;
    mustache page{t.html};
    if (!page.is_valid()) throw std::runtime_error("report template: " + page.error_message());
    auto n = count(r);
    data d;
    std::string title = "claimcheck report";
    d.set("title", title);
    d.set("version", r.version);
    d.set("command", r.command);
    data counts{data::type::list};
    auto add = [&](char const* name, char const* label, std::size_t value, char const* filter) {
        data c;
        c.set("name", name);
        c.set("label", label);
        c.set("value", std::to_string(value));
        c.set("filter", filter);
        counts.push_back(c);
    };
    // When some findings are accepted (baseline, suppressions, reviews), the kinds count the
    // active ones, as check does, and the accepted ones have their own count.
    std::size_t accepted = n.baselined + n.suppressed + n.reviewed;
    std::string active = accepted ? "&status=active" : "";
    add("articles", "articles", n.articles, "view=articles");
    add("claims", "claims", n.claims, "view=articles");
    add("events", "events", n.events, "view=events");
    add("conflicts", "conflicts", n.conflicts, ("kind=conflict" + active).c_str());
    add("corroborations", "corroborations", n.corroborations, ("kind=corroboration" + active).c_str());
    add("unresolved", "unresolved", n.unresolved, ("kind=unresolved" + active).c_str());
    if (accepted) add("accepted", "accepted", accepted, "kind=all&status=accepted");
    d.set("counts", counts);
    data rules{data::type::list};
    rules.push_back(data("built-in rules"));
    for (auto const& dir : r.rules_dirs) rules.push_back(data(dir));
    for (auto const& f : r.facts) rules.push_back(data("facts: " + f));
    for (auto const& o : r.overrides) rules.push_back(data("overrides: " + o));
    if (!r.baseline_file.empty()) rules.push_back(data("baseline: " + r.baseline_file));
    if (!r.review_db.empty()) rules.push_back(data("review store: " + r.review_db));
    d.set("rules", rules);
    if (r.errors.empty()) d.set("errors", data(false));
    else d.set("errors", std::to_string(r.errors.size()));
    d.set("css", t.css);
    d.set("js", t.js);
    d.set("data", script_safe_json(report_model(r).dump(-1, ' ', false, ojson::error_handler_t::replace)));
    if (serve) {
        data s;
        s.set("json", script_safe_json(serve->dump(-1, ' ', false, ojson::error_handler_t::replace)));
        s.set("js", serve_script());
        d.set("serve", s);
    }
    std::string html = page.render(d);
    if (!page.is_valid()) throw std::runtime_error("report template: " + page.error_message());
    return html;
}

void write_report_html(check_report const& r, report_templates const& t, std::FILE* out) {
    auto html = render_report_html(r, t);
    std::fwrite(html.data(), 1, html.size(), out);
}

}  // namespace claimcheck::output
