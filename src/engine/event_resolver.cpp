#include "engine/event_resolver.hpp"

#include <algorithm>
#include <set>

namespace claimcheck::engine {

std::string_view to_string(confidence c) {
    switch (c) {
        case confidence::high: return "high";
        case confidence::medium: return "medium";
        case confidence::low: return "low";
    }
    return "low";
}

std::string make_key(std::string_view type, std::vector<std::string> participants, roles r) {
    if (r == roles::pair) std::sort(participants.begin(), participants.end());
    std::string key(type);
    key += '(';
    for (std::size_t i = 0; i < participants.size(); ++i) {
        if (i) key += r == roles::directed ? " → " : ", ";
        key += participants[i];
    }
    key += ')';
    return key;
}

namespace {

std::string class_name(rank r, std::string const& country) {
    return std::string(r == rank::official ? "official" : "senior official") + " of " + country;
}

// The class a description names: "a Chinese leader" -> leader of China, "a Chinese premier" ->
// premier of China, "a senior Chinese official" -> senior official of China.
std::string class_of(std::string const& office, rank r, std::string const& country) {
    if (r == rank::leader) return "leader of " + country;
    if (!office.empty()) return office + " of " + country;
    return class_name(r, country);
}

// Is the claim the date of a dateline: at the start of a line, after a place, and followed by
// an agency in brackets and a dash ("BEIJING, Oct. 6 (Xinhua) --", "Pyongyang, June 21 --")?
bool is_dateline(std::string_view text, extract::claim const& c) {
    std::size_t line_start = text.rfind('\n', c.start == 0 ? 0 : c.start - 1);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    if (c.start - line_start > 40) return false;
    std::size_t i = c.end;
    auto skip_spaces = [&] {
        while (i < text.size() && (text[i] == ' ' || text[i] == ',')) ++i;
    };
    skip_spaces();
    if (i < text.size() && text[i] == '(') {
        auto close = text.find(')', i);
        if (close == std::string_view::npos || close - i > 40) return false;
        i = close + 1;
        skip_spaces();
    }
    if (text.compare(i, 2, "--") == 0) return true;
    if (text.compare(i, 3, "\u2014") == 0 || text.compare(i, 3, "\u2013") == 0) return true;  // em, en dash
    return i < text.size() && text[i] == '-';
}

// Words that open another clause: a date on one side does not date an event on the other.
bool is_clause_barrier(std::string_view w) {
    return w == "since" || w == "when" || w == "following" || w == "after" || w == "before" || w == "until" ||
           w == "while" || w == "because" || w == "which" || w == "whose" || w == "where" || w == "who";
}

// Words that put a country on the receiving end: "fired a missile over Japan".
bool is_passive_place(std::string_view w) {
    return w == "over" || w == "across" || w == "toward" || w == "towards" || w == "against" || w == "near" ||
           w == "into" || w == "crossed" || w == "crossing" || w == "past" || w == "off";
}

// Words that refer back to a country mentioned earlier.
// ("the state" is left out: "state media", "the state news agency" are not the country.)
bool is_country_reference(std::string_view w) {
    return w == "country" || w == "nation" || w == "regime";
}

bool is_demonstrative(std::string_view w) { return w == "the" || w == "that" || w == "this"; }

}  // namespace

void event_resolver::find_mentions() {
    mentions_.clear();
    auto const& list = words_.list;
    for (std::size_t i = 0; i < list.size();) {
        if (!k_.may_start_something(list[i].text)) {
            ++i;
            continue;
        }
        auto it = k_.phrases.find(list[i].text);
        bool matched = false;
        if (it != k_.phrases.end()) {
            for (auto const& p : it->second) {
                if (i + p.words.size() > list.size()) continue;
                bool ok = true;
                for (std::size_t j = 1; j < p.words.size() && ok; ++j) ok = list[i + j].text == p.words[j];
                if (ok && p.capitals_only) {
                    auto original = text_.substr(list[i].begin, list[i + p.words.size() - 1].end - list[i].begin);
                    ok = std::none_of(original.begin(), original.end(), [](char c) { return c >= 'a' && c <= 'z'; });
                }
                for (std::size_t j = 0; ok && j < p.words.size() && j < 32; ++j)
                    if (p.capitalised >> j & 1u) {
                        char first = text_[list[i + j].begin];
                        ok = !(first >= 'a' && first <= 'z');
                    }
                if (!ok) continue;
                mentions_.push_back({i, p.words.size(), p.target});
                i += p.words.size();
                matched = true;
                break;
            }
        }
        if (!matched) ++i;
    }
}

std::vector<event_resolver::mention const*> event_resolver::mentions_in(span s) const {
    std::vector<mention const*> out;
    auto it = std::lower_bound(mentions_.begin(), mentions_.end(), s.begin,
                               [](mention const& m, std::size_t w) { return m.word < w; });
    for (; it != mentions_.end() && it->word < s.end; ++it) out.push_back(&*it);
    return out;
}

std::optional<std::string> event_resolver::country_of(mention const& m) const {
    switch (m.target.kind) {
        case mention_kind::name:
        case mention_kind::demonym:
        case mention_kind::capital:
        case mention_kind::country_alias: {
            auto const& e = k_.entities[m.target.entity];
            if (e.kind == entity_kind::country) return e.name;
            if (!e.country.empty()) return e.country;
            return std::nullopt;
        }
        default: return std::nullopt;
    }
}

// The country a mention names, for the country lists below: a name, capital or demonym of a
// country (not an organization, a role or an alias that needs a country in context).
std::string const* event_resolver::named_country(mention const& m) const {
    if (m.target.kind == mention_kind::role || m.target.kind == mention_kind::rank_word ||
        m.target.kind == mention_kind::country_alias)
        return nullptr;
    auto const& e = k_.entities[m.target.entity];
    return e.kind == entity_kind::country ? &e.name : nullptr;
}

std::vector<std::string> event_resolver::countries_in(span s) const {
    std::vector<std::string> out;
    for (auto const* m : mentions_in(s))
        if (auto const* c = named_country(*m); c && std::find(out.begin(), out.end(), *c) == out.end())
            out.push_back(*c);
    return out;
}

// The mentions before a word, nearest first: every "the country", "its", "the two leaders"
// looks back through them.
std::vector<event_resolver::mention>::const_reverse_iterator event_resolver::mentions_before(std::size_t word) const {
    auto it = std::lower_bound(mentions_.begin(), mentions_.end(), word,
                               [](mention const& m, std::size_t w) { return m.word < w; });
    return std::make_reverse_iterator(it);
}

std::optional<std::string> event_resolver::recent_country(std::size_t before_word, bool names_only) const {
    std::optional<std::string> demonym;
    for (auto it = mentions_before(before_word); it != mentions_.rend(); ++it) {
        auto const* c = named_country(*it);
        if (!c) continue;
        if (it->target.kind != mention_kind::demonym) return *c;
        if (!demonym) demonym = *c;
    }
    if (names_only) return std::nullopt;
    return demonym;
}

std::vector<std::string> event_resolver::recent_countries(std::size_t before_word, std::size_t n) const {
    std::vector<std::string> out;
    for (auto it = mentions_before(before_word); it != mentions_.rend() && out.size() < n; ++it) {
        if (auto const* c = named_country(*it); c && std::find(out.begin(), out.end(), *c) == out.end())
            out.push_back(*c);
    }
    return out;
}

bool event_resolver::has_word(span s, std::initializer_list<std::string_view> ws) const {
    for (std::size_t i = s.begin; i < s.end && i < words_.list.size(); ++i)
        for (auto w : ws)
            if (words_.list[i].text == w) return true;
    return false;
}

std::optional<std::size_t> event_resolver::find_words(span s, std::vector<std::string_view> const& ws) const {
    for (std::size_t i = s.begin; i + ws.size() <= s.end && i + ws.size() <= words_.list.size(); ++i) {
        bool ok = true;
        for (std::size_t j = 0; j < ws.size() && ok; ++j) ok = words_.list[i + j].text == ws[j];
        if (ok) return i;
    }
    return std::nullopt;
}

std::string event_resolver::quote(span s) const {
    if (s.begin >= s.end || s.end > words_.list.size()) return "";
    auto b = words_.list[s.begin].begin, e = words_.list[s.end - 1].end;
    return std::string(text_.substr(b, e - b));
}

std::vector<event_resolver::type_hit> event_resolver::types_in(span s) const {
    std::vector<type_hit> found;
    std::vector<std::size_t> seen;
    auto const& list = words_.list;
    for (std::size_t i = s.begin; i < s.end && i < list.size(); ++i) {
        if (!k_.may_start_something(list[i].text)) continue;
        auto it = k_.triggers.find(list[i].text);
        if (it == k_.triggers.end()) continue;
        for (auto const& [ws, type] : it->second) {
            if (i + ws.size() > s.end) continue;
            bool ok = true;
            for (std::size_t j = 1; j < ws.size() && ok; ++j) ok = list[i + j].text == ws[j];
            if (!ok) continue;
            if (std::find(seen.begin(), seen.end(), type) == seen.end()) {
                seen.push_back(type);
                found.push_back({type, k_.event_types[type].type, i, ws.size()});
            }
            break;
        }
    }
    std::sort(found.begin(), found.end(), [](type_hit const& a, type_hit const& b) { return a.priority < b.priority; });
    return found;
}

std::vector<event_resolver::span> event_resolver::dense_spans() const {
    std::vector<span> out;
    auto const& list = words_.list;
    auto first_from = [&](std::size_t offset) {
        return static_cast<std::size_t>(
            std::lower_bound(list.begin(), list.end(), offset, [](word const& w, std::size_t off) { return w.begin < off; }) -
            list.begin());
    };
    for (auto const& [from, to] : dense_) {
        span s{first_from(from), first_from(to)};
        if (s.begin < s.end) out.push_back(s);
    }
    return out;
}

bool event_resolver::needs_context(std::vector<span> const& spans) const {
    static std::set<std::string_view> const references{
        "its", "it", "their", "there", "country", "nation", "regime", "two", "both", "pair", "leader", "leaders"};
    for (auto const& s : spans)
        for (std::size_t i = s.begin; i < s.end; ++i) {
            auto const& w = words_.list[i];
            if (references.count(w.text) || k_.country_alias_words.count(w.text)) return true;
        }
    return false;
}

std::optional<std::string> event_resolver::recent_organization(std::size_t before_word, std::string const& alias) const {
    // "the party" after "The Communist Party of China ...": the last organization named that the
    // alias can stand for
    for (auto it = mentions_before(before_word); it != mentions_.rend(); ++it) {
        if (it->target.kind != mention_kind::name) continue;
        auto const& e = k_.entities[it->target.entity];
        if (e.kind != entity_kind::organization) continue;
        if (auto org = k_.organization_for(e.country, alias); org && k_.entities[*org].name == e.name) return e.name;
    }
    return std::nullopt;
}

std::vector<event_resolver::actor> event_resolver::recent_people(std::size_t before_word, std::size_t n) const {
    std::vector<actor> out;
    for (auto it = mentions_before(before_word); it != mentions_.rend() && out.size() < n; ++it) {
        if (it->target.kind != mention_kind::name) continue;
        auto const& e = k_.entities[it->target.entity];
        if (e.kind != entity_kind::person) continue;
        if (std::none_of(out.begin(), out.end(), [&](actor const& a) { return a.name == e.name; }))
            out.push_back({e.name, e.country, e.rank_of, true, it->word, e.role, it->target.entity});
    }
    return out;
}

std::optional<std::string> event_resolver::other_content_word(span s) const {
    static std::set<std::string_view> const allowed{
        "the", "of", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "and", "to", "for",
        "at", "in", "on", "by", "with", "as", "ruling", "celebration", "celebrations", "celebrate", "celebrating",
        "celebrated", "festivities", "events", "event", "anniversary", "anniversaries", "jubilee", "country",
        "nation", "state", "national", "official", "grand", "upcoming", "coming", "forthcoming", "big", "major",
        "key", "historic", "landmark", "marking", "mark", "marks", "marked", "commemorate", "commemorating",
        "commemoration", "ceremony", "ceremonies", "parade", "rally", "gala", "year", "years", "party", "s",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "first",
        "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
        "ninetieth", "hundredth", "centenary", "centennial"};
    std::vector<bool> covered(s.end > s.begin ? s.end - s.begin : 0, false);
    for (auto const* m : mentions_in(s))
        for (std::size_t w = m->word; w < m->word + m->length && w < s.end; ++w) covered[w - s.begin] = true;
    // what an anniversary can be of, other than a founding, even when capitalised ("Victory Day")
    static std::set<std::string_view> const events{
        "victory", "war", "liberation", "armistice", "independence", "death", "revolution", "uprising",
        "reunification", "unification", "treaty", "agreement", "accord", "massacre", "attack", "bombing",
        "invasion", "landing", "end", "start", "beginning", "signing", "election", "visit", "summit", "talks",
        "return", "birth", "accession", "coronation", "disaster", "collapse", "fall", "handover", "day"};
    for (std::size_t w = s.begin; w < s.end && w < words_.list.size(); ++w) {
        if (covered[w - s.begin]) continue;
        auto t = words_.list[w].text;
        if (allowed.count(t)) continue;
        // a capitalised word that continues a name ("Workers' Party" + "of Korea")
        bool capitalised = text_[words_.list[w].begin] >= 'A' && text_[words_.list[w].begin] <= 'Z';
        bool after_name = (w > s.begin && covered[w - 1 - s.begin]) ||
                          (w > s.begin + 1 && words_.list[w - 1].text == "of" && covered[w - 2 - s.begin]);
        if (capitalised && after_name && !events.count(t)) {
            covered[w - s.begin] = true;
            continue;
        }
        if (std::any_of(t.begin(), t.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) continue;
        return std::string(t);
    }
    return std::nullopt;
}

std::vector<std::string> event_resolver::classes_of(actor const& a) const {
    std::vector<std::string> out;
    if (a.country.empty() || !a.rank_of) return out;
    auto put = [&](std::string c) {
        if (c != a.name && std::find(out.begin(), out.end(), c) == out.end()) out.push_back(std::move(c));
    };
    // A person's classes are those of the roles they held that year, where people.yaml says
    // ("foreign minister of China" is Wang Yi in 2015, not in 2010).
    if (a.person && year_ != 0) {
        if (a.entity && !k_.entities[*a.entity].roles_held.empty()) {
            std::optional<rank> best;
            for (auto const& h : k_.entities[*a.entity].roles_held) {
                if (year_ < h.from || (h.to != 0 && year_ > h.to)) continue;
                auto it = k_.role_sources.find(h.role);
                if (it == k_.role_sources.end()) continue;
                rank rk = it->second.rank_of;
                if (rk == rank::leader) put("leader of " + a.country);
                else if (it->second.office) put(h.role + " of " + a.country);
                best = best ? std::min(*best, rk) : rk;
            }
            if (!best) return out;  // no known role that year: no class
            if (*best <= rank::senior) put(class_name(rank::senior, a.country));
            put(class_name(rank::official, a.country));
            return out;
        }
    }
    if (*a.rank_of == rank::leader) put("leader of " + a.country);
    else if (!a.role.empty() && k_.is_office(a.role)) put(a.role + " of " + a.country);
    if (*a.rank_of <= rank::senior) put(class_name(rank::senior, a.country));
    put(class_name(rank::official, a.country));
    return out;
}

std::optional<event_resolver::actor> event_resolver::leader_in_context(std::string const& country,
                                                                       std::size_t before_word) const {
    // the most recent person of that country with a leader's rank, else the gazetteer's leader
    for (auto it = mentions_before(before_word); it != mentions_.rend(); ++it) {
        if (it->target.kind != mention_kind::name) continue;
        auto const& e = k_.entities[it->target.entity];
        if (e.kind == entity_kind::person && e.country == country && e.rank_of == rank::leader)
            return actor{e.name, e.country, e.rank_of, true, it->word, e.role, it->target.entity};
    }
    if (auto id = k_.leader_of(country)) {
        auto const& e = k_.entities[*id];
        return actor{e.name, e.country, e.rank_of, true, before_word, e.role, *id};
    }
    return std::nullopt;
}

// People named, and classes of people described by a rank or role and a country ("a high-ranking
// Chinese official", "officials from China", "China's vice premier", "the North Korean leader").
std::vector<event_resolver::actor> event_resolver::actors_in(span s) const {
    std::vector<actor> out;
    auto ms = mentions_in(s);
    std::vector<bool> used(ms.size(), false);
    auto add = [&](actor a) {
        for (auto const& x : out)
            if (x.name == a.name) return;
        out.push_back(std::move(a));
    };
    for (std::size_t i = 0; i < ms.size(); ++i) {
        if (used[i]) continue;
        auto const& m = *ms[i];
        if (m.target.kind == mention_kind::name && k_.entities[m.target.entity].kind == entity_kind::person) {
            auto const& e = k_.entities[m.target.entity];
            add({e.name, e.country, e.rank_of, true, m.word, e.role, m.target.entity});
            continue;
        }
        if (m.target.kind != mention_kind::role && m.target.kind != mention_kind::rank_word) continue;
        // "a special envoy of Chinese President Xi Jinping", "a delegation of Chinese officials":
        // the person is the envoy, of the country of whoever follows "of".
        std::size_t after = m.word + m.length;
        if (m.target.kind == mention_kind::role && after < words_.list.size() && words_.list[after].text == "of") {
            std::optional<std::string> country;
            rank rk = m.target.rank_of;
            std::size_t j = i + 1;
            for (; j < ms.size() && ms[j]->word <= after + 6; ++j) {
                used[j] = true;
                // the roles after "of" ("President", "officials") describe whom the envoy serves
                if (ms[j]->target.kind == mention_kind::role || ms[j]->target.kind == mention_kind::rank_word) continue;
                if (!country) country = country_of(*ms[j]);
                if (!country && k_.entities[ms[j]->target.entity].kind == entity_kind::person)
                    country = k_.entities[ms[j]->target.entity].country;
                if (ms[j]->target.kind == mention_kind::name &&
                    k_.entities[ms[j]->target.entity].kind == entity_kind::person)
                    break;  // the person ends the phrase
            }
            used[i] = true;
            // rank words before the role count too: "a high-level delegation of ..."
            if (i > 0 && ms[i - 1]->target.kind == mention_kind::rank_word && ms[i - 1]->word + 2 >= m.word)
                rk = std::min(rk, ms[i - 1]->target.rank_of);
            std::string office = k_.is_office(m.target.alias) ? m.target.alias : "";
            if (country && !country->empty())
                add({class_of(office, rk, *country), *country, rk, false, m.word, office});
            continue;
        }
        // A cluster of role and rank words within a few words of each other.
        std::size_t first = i, last = i;
        rank best = m.target.rank_of;
        bool has_role = m.target.kind == mention_kind::role;
        std::string office = has_role && k_.is_office(m.target.alias) ? m.target.alias : "";
        while (last + 1 < ms.size() && ms[last + 1]->word <= ms[last]->word + ms[last]->length + 2 &&
               (ms[last + 1]->target.kind == mention_kind::role || ms[last + 1]->target.kind == mention_kind::rank_word ||
                ms[last + 1]->target.kind == mention_kind::demonym)) {
            ++last;
            if (ms[last]->target.kind == mention_kind::role) {
                has_role = true;
                if (office.empty() && k_.is_office(ms[last]->target.alias)) office = ms[last]->target.alias;
            }
            if (ms[last]->target.kind != mention_kind::demonym)
                best = std::min(best, ms[last]->target.rank_of);
        }
        if (!has_role) continue;  // "senior" alone is not a person
        // A person named right after the role is that person ("Foreign Minister Wang Yi").
        std::size_t end_word = ms[last]->word + ms[last]->length;
        bool named = false;
        for (std::size_t j = last + 1; j < ms.size() && ms[j]->word <= end_word + 3; ++j)
            if (ms[j]->target.kind == mention_kind::name && k_.entities[ms[j]->target.entity].kind == entity_kind::person)
                named = true;
        for (std::size_t j = first; j <= last; ++j) used[j] = true;
        if (named) continue;
        // The country: a demonym or name inside or right next to the cluster.
        std::optional<std::string> country;
        std::size_t start_word = ms[first]->word;
        for (std::size_t j = first; j <= last && !country; ++j)
            if (ms[j]->target.kind == mention_kind::demonym) country = country_of(*ms[j]);
        if (!country && first > 0 && ms[first - 1]->word + ms[first - 1]->length + 2 >= start_word)
            if (ms[first - 1]->target.kind != mention_kind::role) country = country_of(*ms[first - 1]);
        if (!country && last + 1 < ms.size() && ms[last + 1]->word <= end_word + 2 &&
            k_.entities[ms[last + 1]->target.entity].kind == entity_kind::country &&
            ms[last + 1]->target.kind == mention_kind::name) {
            country = country_of(*ms[last + 1]);
            used[last + 1] = true;
        }
        if (!country) continue;
        // "the North Korean leader" is a person; "a North Korean leader" any of them
        bool indefinite = false;
        std::size_t opening = start_word;
        if (first > 0 && ms[first - 1]->target.kind == mention_kind::demonym &&
            ms[first - 1]->word + ms[first - 1]->length == start_word)
            opening = ms[first - 1]->word;
        if (opening > 0) {
            auto before = words_.list[opening - 1].text;
            indefinite = before == "a" || before == "an" || before == "any" || before == "no";
        }
        if (best == rank::leader && !indefinite) {
            if (auto leader = leader_in_context(*country, start_word)) {
                leader->word = start_word;
                add(*leader);
                continue;
            }
        }
        add({class_of(office, best, *country), *country, best, false, start_word, office});
    }
    std::sort(out.begin(), out.end(), [](actor const& a, actor const& b) { return a.word < b.word; });
    return out;
}

resolution event_resolver::resolve_one(std::string_view text, extract::claim const& c,
                                       std::vector<resolution> const& earlier,
                                       std::vector<extract::claim> const& claims) {
    resolution r;
    span sentence{words_.at_or_after(static_cast<std::uint32_t>(c.sentence_start)),
                  words_.at_or_after(static_cast<std::uint32_t>(c.sentence_end))};
    span claim_span{words_.at_or_after(static_cast<std::uint32_t>(c.start)),
                    words_.at_or_after(static_cast<std::uint32_t>(c.end))};
    // The event phrase inside the sentence; the claim's own text when it cannot be found.
    span phrase = claim_span;
    std::string_view event = c.event;
    for (std::string_view note : {" (previously:", " (since:"})
        if (auto p = event.find(note); p != std::string_view::npos) event = event.substr(0, p);
    if (!event.empty()) {
        std::string_view sent = text.substr(c.sentence_start, c.sentence_end - c.sentence_start);
        if (auto at = sent.find(event); at != std::string_view::npos) {
            auto b = static_cast<std::uint32_t>(c.sentence_start + at);
            phrase = {words_.at_or_after(b), words_.at_or_after(static_cast<std::uint32_t>(b + event.size()))};
            // the claim's own words name the event too ("first talks", "75th birthday"), but
            // not the clause of "since Kim Jong Il traveled there in 2011": that is another event
            phrase.begin = std::min(phrase.begin, claim_span.begin);
            if (c.form != "since_clause") phrase.end = std::max(phrase.end, claim_span.end);
        }
    }
    // "BEIJING, Oct. 6 (Xinhua) --": a dateline dates the article, not an event.
    if (c.kind == extract::claim_kind::dated_event && is_dateline(text, c)) {
        r.unresolved = "a dateline";
        return r;
    }
    year_ = c.implies && c.implies->bounded_below() ? to_civil(c.implies->from).year : 0;
    bool const is_anniversary = c.kind == extract::claim_kind::anniversary;
    bool const is_dated = c.kind == extract::claim_kind::dated_event;
    constraint const role = k_.checks.constraint_of(extract::to_string(c.kind), c.form);
    bool const is_occurrence = role == constraint::occurrence;
    bool const is_previous = role == constraint::previous;
    // A time fronted at the start of the sentence ("In October 2015, Liu Yunshan, ..., held talks
    // with Kim") dates its main clause: the phrase runs on to the clause's end.
    if (is_dated && claim_span.begin <= sentence.begin + 1) {
        std::size_t end = claim_span.end;
        while (end < sentence.end && !is_clause_barrier(words_.list[end].text)) ++end;
        phrase.end = std::max(phrase.end, end);
    }
    // "the first time in 14 years that a Chinese leader had visited North Korea": the event is
    // the that-clause after the claim
    if (claim_span.end < sentence.end && words_.list[claim_span.end].text == "that" &&
        find_words(claim_span, {"first", "time"})) {
        std::size_t end = claim_span.end + 1;
        while (end < sentence.end && !is_clause_barrier(words_.list[end].text)) ++end;
        phrase.end = std::max(phrase.end, end);
    }
    auto types = types_in(phrase);
    if (types.empty() && is_previous && claim_span.begin > sentence.begin) {
        // "The visit was the first by a North Korean leader since ...", "The talks were their
        // first in six years": the subject before the copula names the event.
        span subject{sentence.begin, claim_span.begin};
        for (std::size_t w = subject.begin; w < subject.end; ++w) {
            auto t = words_.list[w].text;
            if (t == "was" || t == "is" || t == "were" || t == "are" || t == "be" || t == "marked" ||
                t == "marks") {
                types = types_in({subject.begin, w});
                break;
            }
        }
    }
    if (is_dated) {
        // The date of a celebration is not the date of what it celebrates; "relationship" is
        // dated only when the sentence says it was established; and an event word behind
        // "since", "when", "following" belongs to another clause ("... to visit North Korea
        // since Kim inherited power ... in late 2011").
        bool celebration = has_word(phrase, {"anniversary", "anniversaries", "birthday", "celebrate", "celebrates",
                                             "celebrated", "celebrating", "celebration", "celebrations", "marking",
                                             "marks", "commemorate", "commemorates", "commemorating", "jubilee"});
        bool established = has_word(phrase, {"established", "establish", "establishing", "establishment", "set",
                                             "normalized", "normalised", "normalization", "normalisation"});
        std::erase_if(types, [&](type_hit const& t) {
            if ((t.type == "founding" || t.type == "relations") && celebration) return true;
            if (t.type == "relations" && !established) return true;
            std::size_t from = t.word < claim_span.begin ? t.word + 1 : claim_span.end;
            std::size_t to = t.word < claim_span.begin ? claim_span.begin : t.word;
            for (std::size_t w = from; w < to; ++w)
                if (is_clause_barrier(words_.list[w].text)) return true;
            return false;
        });
    }
    // "established diplomatic relations": the establishment of relations, not a founding
    if (std::any_of(types.begin(), types.end(), [](type_hit const& t) { return t.type == "relations"; }))
        std::erase_if(types, [](type_hit const& t) { return t.type == "founding"; });
    std::string type;
    std::string how;
    if (!types.empty()) {
        type = types.front().type;
        how = "'" + quote({types.front().word, types.front().word + types.front().length}) + "' names a " + type;
    }
    if (is_anniversary && type != "relations" && type != "founding") {
        // An anniversary of an organization or a state is of its founding ("the 80th anniversary
        // of the Workers' Party", "the country's 75th anniversary"). An anniversary of anything
        // else - a victory, a war's end, an armistice, someone's death - is not, and no other
        // event type is named: it stays unresolved rather than pinning a founding date.
        // the words that say what the anniversary is of: those after "anniversary" ("the 80th
        // anniversary of its ruling party"); in "the party's 80th anniversary" the possessor is
        // the subject itself,
        // else (the possessor before it) nothing to check
        span of{phrase.end, phrase.end};
        for (std::size_t w = phrase.begin; w < phrase.end; ++w)
            if (words_.list[w].text == "anniversary" || words_.list[w].text == "anniversaries") {
                if (w + 1 < phrase.end) of = {w + 1, phrase.end};
                break;
            }
        if (auto other = other_content_word(of)) {
            r.unresolved = "an anniversary of something other than a founding ('" + *other + "')";
            return r;
        }
        type = "founding";
        how = "an anniversary of an organization or a state is of its founding";
    }

    // A bare anniversary ("the 75th anniversary") is the one the article named before with the
    // same ordinal.
    auto subject_found = [&](span s) {
        for (auto const* m : mentions_in(s))
            if (m->target.kind == mention_kind::name || m->target.kind == mention_kind::capital ||
                m->target.kind == mention_kind::country_alias || m->target.kind == mention_kind::demonym)
                return true;
        return has_word(s, {"country", "nation", "state", "its", "their"});
    };
    if (is_anniversary && (phrase.end <= phrase.begin || !subject_found(phrase) ||
                           (types.empty() && !subject_found({claim_span.end, phrase.end})))) {
        for (std::size_t i = earlier.size(); i-- > 0;) {
            auto const& e = claims[i];
            if (e.kind == extract::claim_kind::anniversary && e.ordinal == c.ordinal && !earlier[i].key.empty()) {
                r.key = earlier[i].key;
                r.type = earlier[i].type;
                r.level = confidence::medium;
                r.explanation = "the same " + std::to_string(c.ordinal.value_or(0)) +
                                "th anniversary the article named before: '" + e.text + "'";
                return r;
            }
        }
    }
    auto presence = is_occurrence && k_.checks.presence_implies_visit ? presence_visit(phrase) : std::nullopt;
    if (type.empty()) {
        if (presence) return *presence;
        r.unresolved = "no event word in '" + quote(phrase) + "'";
        return r;
    }
    // A claim that something did not happen names its participants before it ("Kim and Xi held
    // their first talks in six years"), not in a when-clause after it (that is the last time).
    if (is_previous) sentence.end = std::min(sentence.end, claim_span.end);
    resolution built = build(type, phrase, sentence, is_anniversary, is_occurrence);
    if (!built.key.empty())
        built.explanation = how + (built.explanation.empty() ? "" : "; " + built.explanation);
    if (built.key.empty() || !is_occurrence) return built;
    // An occurrence dates every event its phrase names: "a meeting with Kim during his visit to
    // China in September" dates the meeting and the visit.
    auto add_also = [&](resolution const& more) {
        if (more.key.empty() || more.key == built.key) return;
        if (std::find(built.also.begin(), built.also.end(), more.key) == built.also.end()) built.also.push_back(more.key);
        for (auto const& a : more.also)
            if (a != built.key && std::find(built.also.begin(), built.also.end(), a) == built.also.end())
                built.also.push_back(a);
    };
    for (std::size_t i = 1; i < types.size(); ++i) add_also(build(types[i].type, phrase, sentence, false, true));
    if (presence) add_also(*presence);
    return built;
}

std::optional<resolution> event_resolver::presence_visit(span phrase) const {
    // "Kim joined Xi in Beijing": a person of one country placed in another is a visit.
    if (!has_word(phrase, {"in"})) return std::nullopt;  // (the cheap test first)
    auto actors = actors_in(phrase);
    for (std::size_t i = phrase.begin; i + 1 < phrase.end && !actors.empty(); ++i) {
        if (words_.list[i].text != "in") continue;
        for (auto const* m : mentions_in({i + 1, i + 2})) {
            if (m->target.kind != mention_kind::capital &&
                !(m->target.kind == mention_kind::name && k_.entities[m->target.entity].kind == entity_kind::country))
                continue;
            auto place = country_of(*m);
            for (auto const& a : actors) {
                if (!place || !a.person || a.country.empty() || a.country == *place) continue;
                resolution r;
                r.type = "visit";
                r.key = make_key("visit", {a.name, *place}, roles::directed);
                r.level = confidence::medium;
                r.explanation = "a visit: " + a.name + " is placed 'in " + quote({i + 1, i + 2}) + "'";
                for (auto const& c : classes_of(a)) r.also.push_back(make_key("visit", {c, *place}, roles::directed));
                return r;
            }
        }
    }
    return std::nullopt;
}

resolution event_resolver::build(std::string const& type, span phrase, span sentence,
                                 bool is_anniversary, bool generalize) const {
    resolution r;
    std::vector<std::string> how;
    confidence level = confidence::high;
    auto lower = [&](confidence l) { level = std::max(level, l); };
    event_type const* et = k_.find_type(type);
    if (!et) {
        r.unresolved = "unknown event type '" + type + "'";
        return r;
    }
    r.type = type;
    std::vector<std::string> participants;

    auto reference_country = [&](span s) -> std::optional<std::string> {
        // "the country", "that country", "its", "the North": an earlier mention
        for (std::size_t i = s.begin; i < s.end; ++i) {
            auto w = words_.list[i].text;
            bool refers = (is_country_reference(w) && i > 0 && is_demonstrative(words_.list[i - 1].text)) ||
                          w == "its" || w == "there";
            if (refers) {
                if (auto country = recent_country(s.begin, false)) {  // a name, else a demonym
                    how.push_back("'" + std::string(w) + "' refers to " + *country);
                    lower(confidence::medium);
                    return country;
                }
            }
        }
        return std::nullopt;
    };

    if (et->participants == roles::subject) {
        // A founding or a congress is of an organization; a parade, launch or flight is a
        // country's (an army's parade is its country's).
        bool organization_subject = type == "founding" || type == "congress";
        if (type == "founding")
            for (auto const* m : mentions_in(phrase))
                if (m->target.kind == mention_kind::name && k_.entities[m->target.entity].kind == entity_kind::person) {
                    // "Kim Il Sung's 110th birthday", "the 130th anniversary of Mao's birth"
                    r.unresolved = "the birth of a person (" + k_.entities[m->target.entity].name + "), not a founding";
                    return r;
                }
        std::optional<std::string> subject;
        if (!subject && !organization_subject) {
            // where it happened: "a military parade in Beijing"
            for (std::size_t i = phrase.begin; i + 1 < phrase.end && !subject; ++i) {
                if (words_.list[i].text != "in") continue;
                for (auto const* m : mentions_in({i + 1, i + 3}))
                    if ((m->target.kind == mention_kind::capital || m->target.kind == mention_kind::name) &&
                        k_.entities[m->target.entity].kind == entity_kind::country) {
                        subject = k_.entities[m->target.entity].name;
                        how.push_back("held in " + *subject);
                        break;
                    }
            }
        }
        // an organization named, or "its ruling party" / "North Korea's ruling party"
        for (auto const* m : mentions_in(phrase)) {
            if (subject) break;
            auto const& e = k_.entities[m->target.entity];
            if (m->target.kind == mention_kind::name && e.kind == entity_kind::organization) {
                subject = organization_subject || e.country.empty() ? e.name : e.country;
                break;
            }
            if (m->target.kind == mention_kind::country_alias) {
                // "North Korea's ruling party", "a Chinese military parade": the country right
                // before; "its ruling party": the article's last
                auto country = recent_country(m->word, false);
                if (auto before = mentions_before(m->word); before != mentions_.rend()) {
                    auto const& prev = *before;
                    if (prev.word + prev.length + 1 >= m->word && prev.target.kind != mention_kind::role &&
                        prev.target.kind != mention_kind::rank_word &&
                        k_.entities[prev.target.entity].kind == entity_kind::country)
                        country = k_.entities[prev.target.entity].name;
                }
                if (country && !organization_subject) {
                    subject = country;
                    break;
                }
                if (country)
                    if (auto org = k_.organization_for(*country, m->target.alias)) {
                        subject = k_.entities[*org].name;
                        how.push_back("'" + m->target.alias + "' of " + *country + " is " + *subject);
                        break;
                    }
                if (organization_subject)
                    if (auto org = recent_organization(m->word, m->target.alias)) {
                        subject = org;
                        how.push_back("'" + m->target.alias + "' is " + *subject + ", named before");
                        lower(confidence::medium);
                        break;
                    }
            }
        }
        if (!subject) {
            // not a country on the receiving end ("fired a missile over Japan")
            for (auto const* m : mentions_in(phrase)) {
                if (m->target.kind != mention_kind::name && m->target.kind != mention_kind::capital &&
                    m->target.kind != mention_kind::demonym)
                    continue;
                if (k_.entities[m->target.entity].kind != entity_kind::country) continue;
                if (m->word > 0 && is_passive_place(words_.list[m->word - 1].text)) continue;
                subject = k_.entities[m->target.entity].name;
                break;
            }
        }
        if (!subject) subject = reference_country(phrase);
        if (!subject && !organization_subject && has_word(phrase, {"it"})) {
            subject = recent_country(phrase.begin, true);
            if (subject) {
                how.push_back("'it' refers to " + *subject);
                lower(confidence::medium);
            }
        }
        if (!subject && organization_subject && !is_anniversary) {
            // "the party, founded in 1921, ...": the organization the clause is attached to
            auto before = mentions_in({sentence.begin, phrase.begin});
            for (auto it = before.rbegin(); it != before.rend() && !subject; ++it) {
                auto const& m = **it;
                auto const& e = k_.entities[m.target.entity];
                if (m.target.kind == mention_kind::name && e.kind == entity_kind::organization) {
                    subject = e.name;
                } else if (m.target.kind == mention_kind::country_alias) {
                    if (auto country = recent_country(m.word, false))
                        if (auto org = k_.organization_for(*country, m.target.alias)) subject = k_.entities[*org].name;
                    if (!subject) subject = recent_organization(m.word, m.target.alias);
                }
                if (subject) {
                    lower(confidence::medium);
                    how.push_back(*subject + ", named before the clause");
                }
            }
        }
        if (!subject && !is_anniversary) {
            auto cs = countries_in(sentence);
            if (!cs.empty()) {
                subject = cs.front();
                lower(confidence::medium);
                how.push_back(*subject + " from the sentence");
            }
        }
        if (!subject) {
            r.unresolved = type + " of what? no organization or country in '" + quote(phrase) + "'";
            return r;
        }
        if (!generalize && !organization_subject) {
            // "the first time a North Korean leader had attended a Chinese military parade since
            // 1959" is about the leader's attendance, not about China's parades: a key without
            // the leader would claim far more than the text does.
            for (auto const& a : actors_in(phrase))
                if (a.country != *subject) {
                    r.unresolved = "about " + a.name + "'s part in a " + type + " of " + *subject +
                                   ", which no event key expresses";
                    return r;
                }
        }
        participants.push_back(*subject);
    } else if (et->participants == roles::pair && type == "relations") {
        auto cs = countries_in(phrase);
        if (cs.size() < 2 && has_word(phrase, {"their", "two", "bilateral"})) {
            for (auto const& x : recent_countries(phrase.begin, 2))
                if (cs.size() < 2 && std::find(cs.begin(), cs.end(), x) == cs.end()) cs.push_back(x);
            lower(confidence::medium);
            how.push_back("'their' refers to the two countries mentioned last");
        }
        if (cs.size() < 2) {
            for (auto const& x : countries_in(sentence))
                if (cs.size() < 2 && std::find(cs.begin(), cs.end(), x) == cs.end()) cs.push_back(x);
            lower(confidence::medium);
        }
        if (cs.size() < 2) {
            r.unresolved = "relations between whom? fewer than two countries near '" + quote(phrase) + "'";
            return r;
        }
        participants = {cs[0], cs[1]};
    } else if (et->participants == roles::pair) {
        auto as = actors_in(phrase);
        if (as.size() < 2) {
            auto more = actors_in(sentence);
            for (auto const& a : more)
                if (as.size() < 2 && std::none_of(as.begin(), as.end(), [&](actor const& x) { return x.name == a.name; }))
                    as.push_back(a);
            lower(confidence::medium);
        }
        if (as.size() < 2 && (find_words(sentence, {"two", "leaders"}) || find_words(sentence, {"both", "leaders"}) ||
                              find_words(sentence, {"the", "two", "men"}) || find_words(sentence, {"the", "pair"}))) {
            // "the two leaders": the last two people the article named
            for (auto const& a : recent_people(sentence.begin, 2))
                if (as.size() < 2 && std::none_of(as.begin(), as.end(), [&](actor const& x) { return x.name == a.name; }))
                    as.push_back(a);
            how.push_back("'the two' are the last two people named");
            lower(confidence::medium);
        }
        if (as.size() < 2) {
            r.unresolved = type + " between whom? fewer than two people near '" + quote(phrase) + "'";
            return r;
        }
        participants = {as[0].name, as[1].name};
        // a meeting of a named senior person is also one of their class (an occurrence only: a
        // claim that none happened says nothing about the whole class)
        for (std::size_t i = 0; i < 2 && generalize; ++i)
            for (auto const& c : classes_of(as[i]))
                r.also.push_back(make_key(type, {c, participants[1 - i]}, roles::pair));
    } else {  // directed: visitor -> destination
        std::optional<std::string> destination;
        auto const& list = words_.list;
        auto place_after = [&](span s) -> std::optional<std::string> {
            for (auto const* m : mentions_in(s)) {
                if (m->target.kind != mention_kind::capital &&
                    !(m->target.kind == mention_kind::name && k_.entities[m->target.entity].kind == entity_kind::country))
                    continue;
                if (m->word == 0) continue;
                std::size_t b = m->word - 1;
                if (list[b].text == "the" && b > 0) --b;  // "to the US"
                auto before = list[b].text;
                if (before == "to" || before == "in" || before == "visit" || before == "visited" ||
                    before == "visiting" || before == "visits" || before == "for" || before == "toured" ||
                    (m->word >= 2 && list[m->word - 2].text == "to"))
                    return country_of(*m);
            }
            return std::nullopt;
        };
        destination = place_after(phrase);
        if (!destination && has_word(phrase, {"there", "country", "nation"})) destination = reference_country(phrase);
        if (!destination) {
            destination = place_after(sentence);
            if (destination) {
                lower(confidence::medium);
                how.push_back("destination " + *destination + " from the sentence");
            }
        }
        if (!destination) {
            r.unresolved = "a visit to where? no destination near '" + quote(phrase) + "'";
            return r;
        }
        auto visitors = actors_in(phrase);
        std::erase_if(visitors, [&](actor const& a) { return a.country == *destination; });
        if (visitors.empty()) {
            visitors = actors_in(sentence);
            std::erase_if(visitors, [&](actor const& a) { return a.country == *destination; });
            lower(confidence::medium);
        }
        if (visitors.empty()) {
            r.unresolved = "a visit to " + *destination + " by whom? nobody named near '" + quote(phrase) + "'";
            return r;
        }
        auto const& v = visitors.front();
        participants = {v.name, *destination};
        if (generalize)
            for (auto const& c : classes_of(v)) r.also.push_back(make_key(type, {c, *destination}, roles::directed));
    }
    r.key = make_key(type, participants, et->participants);
    r.level = level;
    std::string joined;
    for (auto const& h : how) joined += (joined.empty() ? "" : "; ") + h;
    r.explanation = joined;
    return r;
}

void event_resolver::resolve(std::string_view text, std::vector<extract::claim> const& claims,
                             std::vector<resolution>& out) {
    out.clear();
    if (claims.empty()) return;
    text_ = text;
    // The claims' sentences, read word by word; everything a claim can refer back to lies before
    // the end of the last one.
    std::size_t needed = 0;
    bool anniversary = false;
    dense_.clear();
    for (auto const& c : claims) {
        needed = std::max(needed, c.sentence_end);
        anniversary = anniversary || c.kind == extract::claim_kind::anniversary;
        if (!dense_.empty() && c.sentence_start <= dense_.back().second)
            dense_.back().second = std::max(dense_.back().second, c.sentence_end);
        else
            dense_.push_back({c.sentence_start, c.sentence_end});
    }
    std::string_view prefix = text.substr(0, std::min(needed, text.size()));
    // Read at once with the names of the rest of the article: nearly every article whose claims
    // name an event also has a reference ("its", "the two", "the country") that needs them.
    words_.split(prefix, 0, dense_, 2, true);
    auto const spans = dense_spans();
    // Most claims of most articles name no event at all ("officials said on Tuesday"): when no
    // claim's sentence holds an event word and no claim is an anniversary, the article is done.
    if (!anniversary && std::all_of(spans.begin(), spans.end(), [&](span s) { return types_in(s).empty(); })) {
        out.assign(claims.size(), resolution{});
        for (auto& r : out) r.unresolved = "no event word in its sentence";
        return;
    }
    // Only references ("its", "the country", "their", "the two leaders", "the ruling party")
    // need the names of the rest of the article: read it when a claim's sentence has one.
    if (!needs_context(spans)) words_.split(prefix, 0, dense_, 2, false);  // the sentences alone
    find_mentions();
    for (auto const& c : claims) out.push_back(resolve_one(text, c, out, claims));
}

}  // namespace claimcheck::engine
