#include "engine/corrections.hpp"

#include <yaml-cpp/yaml.h>

#include <charconv>
#include <stdexcept>

namespace claimcheck::engine {

namespace {

[[noreturn]] void fail(std::string const& path, YAML::Node const& node, std::string const& what) {
    throw std::runtime_error(path + ":" + std::to_string(node.Mark().line + 1) + ": " + what);
}

YAML::Node load(std::string const& path) {
    try {
        return YAML::LoadFile(path);
    } catch (YAML::BadFile const&) {
        throw std::runtime_error(path + ": cannot read the file");
    } catch (YAML::ParserException const& e) {
        throw std::runtime_error(path + ":" + std::to_string(e.mark.line + 1) + ": " + e.msg);
    } catch (YAML::Exception const& e) {
        throw std::runtime_error(path + ": " + e.what());
    }
}

std::string scalar(std::string const& path, YAML::Node const& node, char const* what) {
    if (!node.IsScalar()) fail(path, node, std::string(what) + " must be a string");
    return node.as<std::string>();
}

// "1945" -> the year, "1945-10" -> the month, "1945-10-10" -> the day; nothing if impossible.
std::optional<interval> parse_fact_date(std::string const& s) {
    auto num = [&](std::size_t at, std::size_t n) -> std::optional<int> {
        if (at + n > s.size()) return std::nullopt;
        int v = 0;
        auto [p, ec] = std::from_chars(s.data() + at, s.data() + at + n, v);
        if (ec != std::errc() || p != s.data() + at + n) return std::nullopt;
        return v;
    };
    if (s.size() == 4) {
        if (auto y = num(0, 4)) return year_interval(*y);
    } else if (s.size() == 7 && s[4] == '-') {
        auto y = num(0, 4), m = num(5, 2);
        if (y && m && *m >= 1 && *m <= 12) return month_interval(*y, static_cast<unsigned>(*m));
    } else if (auto d = parse_iso(s)) {
        return day_interval(*d);
    }
    return std::nullopt;
}

}  // namespace

std::string key_type(std::string_view key) {
    auto p = key.find('(');
    return std::string(key.substr(0, p));
}

void load_facts(std::string const& path, knowledge const& k, std::vector<article_record>& articles,
                std::vector<claim_record>& claims) {
    YAML::Node root = load(path);
    if (!root.IsMap() || !root["facts"]) fail(path, root, "expected a mapping with a 'facts' list");
    for (auto const& kv : root)
        if (kv.first.as<std::string>() != "facts") fail(path, kv.first, "unknown key '" + kv.first.as<std::string>() + "' (expected facts)");
    auto list = root["facts"];
    if (!list.IsSequence()) fail(path, list, "facts must be a list");
    article_record a;
    a.id = "facts:" + path;
    a.path = path;
    a.fact = true;
    a.date_source = "facts";
    auto index = static_cast<std::uint32_t>(articles.size());
    event_resolver resolver(k);
    for (auto const& item : list) {
        if (!item.IsMap()) fail(path, item, "a fact is a mapping: {event or description, date, source}");
        std::string event, description, date, source;
        for (auto const& f : item) {
            auto key = f.first.as<std::string>();
            if (key == "event") event = scalar(path, f.second, "event");
            else if (key == "description") description = scalar(path, f.second, "description");
            else if (key == "date") date = scalar(path, f.second, "date");
            else if (key == "source") source = scalar(path, f.second, "source");
            else fail(path, f.first, "unknown key '" + key + "' (expected event, description, date, source)");
        }
        if (event.empty() && description.empty()) fail(path, item, "a fact needs an event key or a description");
        if (date.empty()) fail(path, item, "a fact needs a date");
        auto iv = parse_fact_date(date);
        if (!iv) fail(path, item["date"], "impossible date '" + date + "' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
        claim_record c;
        c.article = index;
        c.text = description.empty() ? event : description;
        if (!source.empty()) c.time_text = source;
        c.line = static_cast<std::uint32_t>(item.Mark().line + 1);
        c.column = static_cast<std::uint32_t>(item.Mark().column + 1);
        c.implied = iv;
        c.current = iv;
        if (!event.empty()) {
            c.event.key = event;
            c.event.type = key_type(event);
            if (!k.find_type(c.event.type))
                fail(path, item["event"], "unknown event type '" + c.event.type + "' (see events.yaml)");
            c.event.explanation = "given by the facts file";
        } else {
            extract::claim synthetic;
            synthetic.kind = extract::claim_kind::dated_event;
            synthetic.text = description;
            synthetic.event = description;
            synthetic.start = 0;
            synthetic.end = description.size();
            synthetic.sentence_end = description.size();
            std::vector<resolution> r;
            resolver.resolve(description, {synthetic}, r);
            if (r.front().key.empty())
                fail(path, item["description"], "cannot tell which event '" + description + "' is: " + r.front().unresolved);
            c.event = r.front();
        }
        auto const* type = k.find_type(c.event.type);
        c.role = type && type->occurrence == occurs::once ? constraint::origin : constraint::occurrence;
        c.sentence = c.text;
        claims.push_back(std::move(c));
        ++a.claims;
    }
    articles.push_back(std::move(a));
}

std::vector<override_entry> load_overrides(std::string const& path) {
    YAML::Node root = load(path);
    if (!root.IsMap() || !root["overrides"]) fail(path, root, "expected a mapping with an 'overrides' list");
    for (auto const& kv : root)
        if (kv.first.as<std::string>() != "overrides")
            fail(path, kv.first, "unknown key '" + kv.first.as<std::string>() + "' (expected overrides)");
    std::vector<override_entry> out;
    auto list = root["overrides"];
    if (!list.IsSequence()) fail(path, list, "overrides must be a list");
    for (auto const& item : list) {
        if (!item.IsMap()) fail(path, item, "an override is a mapping: {article, text, line, event}");
        override_entry e;
        e.where = path + ":" + std::to_string(item.Mark().line + 1);
        for (auto const& f : item) {
            auto key = f.first.as<std::string>();
            if (key == "article") e.article = scalar(path, f.second, "article");
            else if (key == "text") e.text = scalar(path, f.second, "text");
            else if (key == "event") e.event = scalar(path, f.second, "event");
            else if (key == "line") {
                try {
                    e.line = f.second.as<std::size_t>();
                } catch (YAML::Exception const&) {
                    fail(path, f.second, "line must be a positive number");
                }
            } else fail(path, f.first, "unknown key '" + key + "' (expected article, text, line, event)");
        }
        if (e.article.empty() || e.text.empty() || e.event.empty())
            fail(path, item, "an override needs article, text and event");
        out.push_back(std::move(e));
    }
    return out;
}

std::string normalize_claim_text(std::string_view s) {
    std::string out;
    bool space = false;
    for (char ch : s) {
        if (ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t' || ch == '\f' || ch == '\v') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
    }
    return out;
}

std::vector<override_entry> apply_overrides(std::vector<override_entry> entries,
                                            std::vector<article_record> const& articles,
                                            std::vector<claim_record>& claims, knowledge const& k) {
    for (auto& c : claims) {
        auto const& a = articles[c.article];
        for (auto& e : entries) {
            if (e.article != a.id || (e.line && e.line != c.line)) continue;
            if (e.normalized_text ? e.text != normalize_claim_text(c.text) : e.text != c.text) continue;
            ++e.matched;
            if (!e.only_if_event.empty() && c.event.key != e.only_if_event) continue;
            c.event.overridden = true;
            c.event.also.clear();
            if (e.event == "none") {
                c.event.key.clear();
                c.event.type.clear();
                c.event.unresolved = "not about a known event (" + e.where + ")";
                c.event.explanation = c.event.unresolved;
            } else {
                c.event.key = e.event;
                c.event.type = key_type(e.event);
                c.event.level = confidence::high;
                c.event.unresolved.clear();
                c.event.explanation = "set by " + e.where;
                if (auto const* type = k.find_type(c.event.type); type && type->occurrence == occurs::once &&
                                                                   c.role == constraint::occurrence)
                    c.role = constraint::origin;
            }
        }
    }
    std::vector<override_entry> unmatched;
    for (auto& e : entries)
        if (!e.matched) unmatched.push_back(e);
    return unmatched;
}

}  // namespace claimcheck::engine
