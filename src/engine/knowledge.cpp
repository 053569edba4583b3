#include "engine/knowledge.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <stdexcept>

namespace claimcheck::engine {

std::string_view to_string(rank r) {
    switch (r) {
        case rank::leader: return "leader";
        case rank::senior: return "senior";
        case rank::official: return "official";
    }
    return "official";
}

std::string_view to_string(constraint c) {
    switch (c) {
        case constraint::none: return "none";
        case constraint::origin: return "origin";
        case constraint::occurrence: return "occurrence";
        case constraint::previous: return "previous";
    }
    return "none";
}

constraint check_settings::constraint_of(std::string_view kind, std::string_view form) const {
    // (called for every claim: no string is built unless the kind is elapsed)
    if (kind != "elapsed") {
        auto it = constraints.find(kind);
        return it == constraints.end() ? constraint::none : it->second;
    }
    char key[48] = "elapsed:";
    std::string_view f = form.empty() ? std::string_view("after") : form;
    if (f.size() > sizeof key - 9) return constraint::none;
    f.copy(key + 8, f.size());
    auto it = constraints.find(std::string_view(key, 8 + f.size()));
    return it == constraints.end() ? constraint::none : it->second;
}

namespace {

// One YAML file being read: every error names the file and the line.
struct reader {
    std::string path;

    [[noreturn]] void fail(YAML::Node const& node, std::string const& what) const {
        throw std::runtime_error(path + ":" + std::to_string(node.Mark().line + 1) + ": " + what);
    }
    std::string text(YAML::Node const& node, std::string_view what) const {
        if (!node.IsScalar()) fail(node, std::string(what) + " must be a string");
        return node.as<std::string>();
    }
    std::vector<std::string> texts(YAML::Node const& node, std::string_view what) const {
        std::vector<std::string> out;
        if (node.IsNull()) return out;
        if (!node.IsSequence()) fail(node, std::string(what) + " must be a list of strings");
        for (auto const& item : node) out.push_back(text(item, what));
        return out;
    }
    double number(YAML::Node const& node, std::string_view what) const {
        try {
            return node.as<double>();
        } catch (YAML::Exception const&) {
            fail(node, std::string(what) + " must be a number");
        }
    }
    bool boolean(YAML::Node const& node, std::string_view what) const {
        try {
            return node.as<bool>();
        } catch (YAML::Exception const&) {
            fail(node, std::string(what) + " must be true or false");
        }
    }
    // Calls on_key(key, value) for each entry of a mapping; an unknown key is an error.
    void each_key(YAML::Node const& node, std::initializer_list<std::string_view> known,
                  std::function<void(std::string const&, YAML::Node const&)> const& on_key) const {
        if (!node.IsMap()) fail(node, "expected a mapping");
        for (auto const& kv : node) {
            auto key = kv.first.as<std::string>();
            if (std::find(known.begin(), known.end(), key) == known.end()) {
                std::string list;
                for (auto k : known) list += (list.empty() ? "" : ", ") + std::string(k);
                fail(kv.first, "unknown key '" + key + "' (expected " + list + ")");
            }
            on_key(key, kv.second);
        }
    }
    template <class F>
    void each_item(YAML::Node const& node, std::string_view what, F&& f) const {
        if (node.IsNull()) return;
        if (!node.IsSequence()) fail(node, std::string(what) + " must be a list");
        for (auto const& item : node) f(item);
    }
};

std::optional<YAML::Node> load_file(std::string const& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return std::nullopt;
    try {
        return YAML::LoadFile(path);
    } catch (YAML::ParserException const& e) {
        throw std::runtime_error(path + ":" + std::to_string(e.mark.line + 1) + ": " + e.msg);
    } catch (YAML::Exception const& e) {
        throw std::runtime_error(path + ": " + e.what());
    }
}

std::optional<rank> parse_rank(std::string_view s) {
    if (s == "leader") return rank::leader;
    if (s == "senior") return rank::senior;
    if (s == "official") return rank::official;
    return std::nullopt;
}

// Adds an entity, or replaces the one of the same kind and name (a later rules folder wins).
std::uint32_t put_entity(knowledge& k, entity e, knowledge::entity_words w) {
    for (std::size_t i = 0; i < k.entities.size(); ++i) {
        if (k.entities[i].kind == e.kind && k.entities[i].name == e.name) {
            k.entities[i] = std::move(e);
            k.entity_sources[i] = std::move(w);
            return static_cast<std::uint32_t>(i);
        }
    }
    k.entities.push_back(std::move(e));
    k.entity_sources.push_back(std::move(w));
    return static_cast<std::uint32_t>(k.entities.size() - 1);
}

void load_gazetteer(knowledge& k, reader const& r, YAML::Node const& root) {
    r.each_key(root, {"countries", "organizations"}, [&](std::string const& key, YAML::Node const& list) {
        bool countries = key == "countries";
        r.each_item(list, key, [&](YAML::Node const& item) {
            entity e;
            e.kind = countries ? entity_kind::country : entity_kind::organization;
            knowledge::entity_words w;
            if (countries) {
                r.each_key(item, {"name", "iso", "aliases", "demonyms", "capitals"},
                           [&](std::string const& f, YAML::Node const& v) {
                               if (f == "name") e.name = r.text(v, f);
                               else if (f == "iso") r.text(v, f);
                               else if (f == "aliases") w.names = r.texts(v, f);
                               else if (f == "demonyms") w.demonyms = r.texts(v, f);
                               else w.capitals = r.texts(v, f);
                           });
            } else {
                r.each_key(item, {"name", "country", "type", "aliases", "country_aliases"},
                           [&](std::string const& f, YAML::Node const& v) {
                               if (f == "name") e.name = r.text(v, f);
                               else if (f == "country") e.country = r.text(v, f);
                               else if (f == "type") r.text(v, f);
                               else if (f == "aliases") w.names = r.texts(v, f);
                               else w.country_aliases = r.texts(v, f);
                           });
            }
            if (e.name.empty()) r.fail(item, "an entry needs a name");
            w.names.insert(w.names.begin(), e.name);
            put_entity(k, std::move(e), std::move(w));
        });
    });
}

void load_people(knowledge& k, reader const& r, YAML::Node const& root) {
    r.each_key(root, {"people"}, [&](std::string const&, YAML::Node const& list) {
        r.each_item(list, "people", [&](YAML::Node const& item) {
            entity e;
            e.kind = entity_kind::person;
            knowledge::entity_words w;
            std::string role;
            r.each_key(item, {"name", "country", "role", "aliases", "roles_held", "note"},
                       [&](std::string const& f, YAML::Node const& v) {
                           if (f == "name") e.name = r.text(v, f);
                           else if (f == "country") e.country = r.text(v, f);
                           else if (f == "role") role = r.text(v, f);
                           else if (f == "aliases") w.names = r.texts(v, f);
                           else if (f == "roles_held") {
                               r.each_item(v, f, [&](YAML::Node const& h) {
                                   entity::held held;
                                   r.each_key(h, {"role", "from", "to"}, [&](std::string const& g, YAML::Node const& x) {
                                       if (g == "role") held.role = r.text(x, g);
                                       else if (g == "from") held.from = static_cast<int>(r.number(x, g));
                                       else if (!x.IsNull()) held.to = static_cast<int>(r.number(x, g));
                                   });
                                   if (!k.role_sources.count(held.role))
                                       r.fail(h, "unknown role '" + held.role + "' (not in roles.yaml)");
                                   e.roles_held.push_back(held);
                               });
                           }
                           // note is documentation
                       });
            if (e.name.empty()) r.fail(item, "a person needs a name");
            if (!role.empty()) {
                auto it = k.role_sources.find(role);
                if (it == k.role_sources.end()) r.fail(item, "unknown role '" + role + "' (not in roles.yaml)");
                e.rank_of = it->second.rank_of;
                e.role = role;
            }
            w.names.insert(w.names.begin(), e.name);
            put_entity(k, std::move(e), std::move(w));
        });
    });
}

void load_roles(knowledge& k, reader const& r, YAML::Node const& root) {
    r.each_key(root, {"ranks", "roles", "rank_words"}, [&](std::string const& key, YAML::Node const& v) {
        if (key == "ranks") {
            for (auto const& name : r.texts(v, key))
                if (!parse_rank(name)) r.fail(v, "unknown rank '" + name + "' (the ranks are leader, senior, official)");
        } else if (key == "roles") {
            r.each_item(v, key, [&](YAML::Node const& item) {
                std::string name;
                std::optional<rank> rk;
                knowledge::role_entry entry;
                r.each_key(item, {"name", "rank", "office", "aliases"}, [&](std::string const& f, YAML::Node const& x) {
                    if (f == "name") name = r.text(x, f);
                    else if (f == "rank") {
                        rk = parse_rank(r.text(x, f));
                        if (!rk) r.fail(x, "unknown rank '" + r.text(x, f) + "'");
                    } else if (f == "office") entry.office = r.boolean(x, f);
                    else entry.aliases = r.texts(x, f);
                });
                if (name.empty() || !rk) r.fail(item, "a role needs a name and a rank");
                entry.rank_of = *rk;
                k.role_sources[name] = std::move(entry);
            });
        } else {
            if (!v.IsMap()) r.fail(v, "rank_words must map a word to a rank");
            for (auto const& kv : v) {
                auto rk = parse_rank(r.text(kv.second, "rank"));
                if (!rk) r.fail(kv.second, "unknown rank '" + kv.second.as<std::string>() + "'");
                k.rank_word_sources[kv.first.as<std::string>()] = *rk;
            }
        }
    });
}

void load_events(knowledge& k, reader const& r, YAML::Node const& root) {
    r.each_key(root, {"event_types", "presence_implies_visit"}, [&](std::string const& key, YAML::Node const& v) {
        if (key == "presence_implies_visit") {
            k.checks.presence_implies_visit = r.boolean(v, key);
            return;
        }
        r.each_item(v, key, [&](YAML::Node const& item) {
            event_type t;
            r.each_key(item, {"type", "occurs", "roles", "triggers"}, [&](std::string const& f, YAML::Node const& x) {
                if (f == "type") t.type = r.text(x, f);
                else if (f == "occurs") {
                    auto s = r.text(x, f);
                    if (s == "once") t.occurrence = occurs::once;
                    else if (s == "repeatedly") t.occurrence = occurs::repeatedly;
                    else r.fail(x, "occurs is once or repeatedly, not '" + s + "'");
                } else if (f == "roles") {
                    auto s = r.text(x, f);
                    if (s == "subject") t.participants = roles::subject;
                    else if (s == "pair") t.participants = roles::pair;
                    else if (s == "directed") t.participants = roles::directed;
                    else r.fail(x, "roles is subject, pair or directed, not '" + s + "'");
                } else t.triggers = r.texts(x, f);
            });
            if (t.type.empty()) r.fail(item, "an event type needs a type");
            auto it = std::find_if(k.event_types.begin(), k.event_types.end(),
                                   [&](event_type const& e) { return e.type == t.type; });
            if (it != k.event_types.end()) *it = std::move(t);
            else k.event_types.push_back(std::move(t));
        });
    });
}

void load_checks(knowledge& k, reader const& r, YAML::Node const& root) {
    auto put_constraint = [&](std::string const& key, YAML::Node const& v) {
        auto s = r.text(v, key);
        constraint c;
        if (s == "origin") c = constraint::origin;
        else if (s == "occurrence") c = constraint::occurrence;
        else if (s == "previous") c = constraint::previous;
        else if (s == "none") c = constraint::none;
        else r.fail(v, "a constraint is origin, occurrence, previous or none, not '" + s + "'");
        k.checks.constraints[key] = c;
    };
    r.each_key(root, {"constraints", "gap_end_slack", "same_occurrence_days", "near_duplicates"},
               [&](std::string const& key, YAML::Node const& v) {
        if (key == "same_occurrence_days") {
            double d = r.number(v, key);
            if (d < 0 || d > 366) r.fail(v, "same_occurrence_days must be between 0 and 366");
            k.checks.same_occurrence_days = static_cast<int>(d);
            return;
        }
        if (key == "constraints") {
            r.each_key(v, {"anniversary", "dated_event", "first_in_interval", "first_since", "nth_occurrence", "elapsed"},
                       [&](std::string const& kind, YAML::Node const& x) {
                           if (kind != "elapsed") return put_constraint(kind, x);
                           r.each_key(x, {"after", "before", "since", "years_of", "in_negated"},
                                      [&](std::string const& form, YAML::Node const& y) { put_constraint("elapsed:" + form, y); });
                       });
        } else if (key == "gap_end_slack") {
            r.each_key(v, {"fraction", "days"}, [&](std::string const& f, YAML::Node const& x) {
                if (f == "fraction") k.checks.gap_slack_fraction = r.number(x, f);
                else k.checks.gap_slack_days = static_cast<int>(r.number(x, f));
            });
        } else {
            r.each_key(v, {"shingle_words", "jaccard"}, [&](std::string const& f, YAML::Node const& x) {
                if (f == "shingle_words") {
                    double n = r.number(x, f);
                    if (n < 1 || n > 20) r.fail(x, "shingle_words must be between 1 and 20");
                    k.checks.shingle_words = static_cast<unsigned>(n);
                } else {
                    double j = r.number(x, f);
                    if (j <= 0 || j > 1) r.fail(x, "jaccard must be in (0, 1]");
                    k.checks.duplicate_jaccard = j;
                }
            });
        }
    });
}

}  // namespace

std::optional<std::uint32_t> knowledge::find_entity(std::string_view name) const {
    for (std::size_t i = 0; i < entities.size(); ++i)
        if (entities[i].name == name) return static_cast<std::uint32_t>(i);
    return std::nullopt;
}

std::optional<std::uint32_t> knowledge::organization_for(std::string const& country, std::string const& alias) const {
    auto it = country_aliases.find({country, alias});
    if (it == country_aliases.end()) return std::nullopt;
    return it->second;
}

std::optional<std::uint32_t> knowledge::leader_of(std::string const& country) const {
    for (std::size_t i = 0; i < entities.size(); ++i)
        if (entities[i].kind == entity_kind::person && entities[i].country == country &&
            entities[i].rank_of == rank::leader)
            return static_cast<std::uint32_t>(i);
    return std::nullopt;
}

event_type const* knowledge::find_type(std::string_view type) const {
    for (auto const& t : event_types)
        if (t.type == type) return &t;
    return nullptr;
}

void knowledge::index() {
    phrases.clear();
    triggers.clear();
    country_aliases.clear();
    country_alias_words.clear();
    auto add = [&](std::string_view text, phrase_target target) {
        auto w = phrase_words(text);
        if (w.empty()) return;
        bool capitals = std::none_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        std::uint32_t capitalised = 0;
        words split;
        split.split(text);
        for (std::size_t j = 0; j < split.list.size() && j < 32; ++j) {
            char first = text[split.list[j].begin];
            if (first >= 'A' && first <= 'Z') capitalised |= std::uint32_t{1} << j;
        }
        auto& bucket = phrases[w.front()];
        bucket.push_back({std::move(w), std::move(target), capitals, capitalised});
    };
    for (std::size_t i = 0; i < entities.size(); ++i) {
        auto id = static_cast<std::uint32_t>(i);
        auto const& src = entity_sources[i];
        for (auto const& n : src.names) add(n, {mention_kind::name, id, {}, rank::official});
        for (auto const& n : src.demonyms) add(n, {mention_kind::demonym, id, {}, rank::official});
        for (auto const& n : src.capitals) add(n, {mention_kind::capital, id, {}, rank::official});
        for (auto const& n : src.country_aliases) {
            std::string alias;
            for (auto const& w : phrase_words(n)) alias += (alias.empty() ? "" : " ") + w;
            country_aliases[{entities[i].country, alias}] = id;
            if (auto w = phrase_words(n); !w.empty()) country_alias_words.insert(w.front());
            add(n, {mention_kind::country_alias, id, alias, rank::official});
        }
    }
    // Roles also match in the plural: "officials", "delegations", "envoys".
    auto add_role = [&](std::string const& form, std::string const& name, rank rk) {
        add(form, {mention_kind::role, 0, name, rk});
        if (!form.empty() && form.back() != 's') add(form + "s", {mention_kind::role, 0, name, rk});
    };
    for (auto const& [name, entry] : role_sources) {
        add_role(name, name, entry.rank_of);
        for (auto const& a : entry.aliases) add_role(a, name, entry.rank_of);
    }
    for (auto const& [word, rk] : rank_word_sources) add(word, {mention_kind::rank_word, 0, {}, rk});
    // Longer phrases first, so the first match in a bucket is the longest.
    for (auto& [first, bucket] : phrases)
        std::stable_sort(bucket.begin(), bucket.end(),
                         [](phrase const& a, phrase const& b) { return a.words.size() > b.words.size(); });
    for (std::size_t t = 0; t < event_types.size(); ++t)
        for (auto const& trig : event_types[t].triggers) {
            auto w = phrase_words(trig);
            if (!w.empty()) triggers[w.front()].push_back({std::move(w), t});
        }
    for (auto& [first, bucket] : triggers)
        std::stable_sort(bucket.begin(), bucket.end(),
                         [](auto const& a, auto const& b) { return a.first.size() > b.first.size(); });
    std::fill(first_word_bits.begin(), first_word_bits.end(), 0);
    auto mark = [&](std::string_view w) {
        auto b = word_bit(w);
        first_word_bits[b >> 6] |= std::uint64_t{1} << (b & 63);
    };
    for (auto const& [first, bucket] : phrases) mark(first);
    for (auto const& [first, bucket] : triggers) mark(first);
}

knowledge load_knowledge(std::vector<std::string> const& dirs) {
    knowledge k;
    k.checks.constraints = {
        {"anniversary", constraint::origin}, {"dated_event", constraint::occurrence},
        {"first_in_interval", constraint::previous}, {"first_since", constraint::previous},
        {"nth_occurrence", constraint::none}, {"elapsed:after", constraint::occurrence},
        {"elapsed:before", constraint::occurrence}, {"elapsed:since", constraint::occurrence},
        {"elapsed:years_of", constraint::occurrence}, {"elapsed:in_negated", constraint::previous}};
    namespace fs = std::filesystem;
    // roles before people (people name their role), gazetteer before people (their country)
    using loader = void (*)(knowledge&, reader const&, YAML::Node const&);
    std::pair<char const*, loader> const files[] = {
        {"roles.yaml", load_roles}, {"gazetteer.yaml", load_gazetteer}, {"people.yaml", load_people},
        {"events.yaml", load_events}, {"checks.yaml", load_checks}};
    for (auto const& dir : dirs) {
        for (auto const& [name, load] : files) {
            std::string path = (fs::path(dir) / name).string();
            auto root = load_file(path);
            if (!root || root->IsNull()) continue;
            load(k, reader{path}, *root);
        }
    }
    for (auto const& e : k.entities)
        if (e.kind != entity_kind::country && !e.country.empty() && !k.find_entity(e.country))
            throw std::runtime_error("rules: " + e.name + " belongs to an unknown country '" + e.country + "'");
    k.index();
    return k;
}

}  // namespace claimcheck::engine
