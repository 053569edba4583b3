// What the engine knows, loaded from rules/: the gazetteer (countries, organizations), people,
// roles and ranks, event types, and the checks' own settings. Every file is data; a malformed
// value or an unknown key is an error at its file:line.
//
// Files in a later rules folder extend the earlier ones: an entry with the same name (or event
// type) replaces the earlier entry, new entries are added, scalar settings are replaced.
#pragma once

#include "engine/words.hpp"

#include <cstdint>
#include <string_view>
#include <map>
#include <set>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace claimcheck::engine {

enum class entity_kind : std::uint8_t { country, organization, person };

// Ranks, highest first: a lower number outranks a higher one.
enum class rank : std::uint8_t { leader = 0, senior = 1, official = 2 };
std::string_view to_string(rank r);

struct entity {
    entity_kind kind = entity_kind::country;
    std::string name;            // canonical: used in event keys
    std::string country;         // organizations and people: their country ("" if none)
    std::optional<rank> rank_of; // people: by their role
    std::string role;            // people: their role, as named in roles.yaml
    // people: the roles they held and when (years; to = 0 while still held), where known
    struct held {
        std::string role;
        int from = 0, to = 0;
    };
    std::vector<held> roles_held;
};

// How a phrase refers to an entity.
enum class mention_kind : std::uint8_t {
    name,          // a name or alias: "North Korea", "DPRK", "Kim Jong Un", "WPK"
    demonym,       // "Chinese", "North Korean"
    capital,       // "Pyongyang" for North Korea's government
    country_alias, // "ruling party": an organization of the country in context
    role,          // "vice premier", "official", "envoy": a person of some rank
    rank_word,     // "high-ranking", "senior", "top"
};

struct phrase_target {
    mention_kind kind = mention_kind::name;
    std::uint32_t entity = 0;    // index into knowledge::entities (name, demonym, capital)
    std::string alias;           // country_alias: the alias as normalized ("ruling party");
                                 // role: the role's name in roles.yaml
    rank rank_of = rank::official;  // role, rank_word
};

enum class occurs : std::uint8_t { once, repeatedly };
enum class roles : std::uint8_t { subject, pair, directed };

struct event_type {
    std::string type;
    occurs occurrence = occurs::repeatedly;
    roles participants = roles::subject;
    std::vector<std::string> triggers;  // as written in the file
};

enum class constraint : std::uint8_t { none, origin, occurrence, previous };
std::string_view to_string(constraint c);

struct check_settings {
    // claim kind (and for elapsed, "elapsed:<form>") -> constraint
    std::map<std::string, constraint, std::less<>> constraints;
    double gap_slack_fraction = 0.1;
    int gap_slack_days = 45;
    int same_occurrence_days = 7;  // "first in N years" claims dated this close are about one occurrence
    unsigned shingle_words = 5;
    double duplicate_jaccard = 0.5;
    bool presence_implies_visit = true;

    constraint constraint_of(std::string_view kind, std::string_view form) const;
};

class knowledge {
public:
    std::vector<entity> entities;
    std::vector<event_type> event_types;   // in priority order
    check_settings checks;

    // country_aliases: (country, normalized alias) -> organization entity
    std::map<std::pair<std::string, std::string>, std::uint32_t> country_aliases;
    // The first words of those aliases ("ruling", "military"): a claim's sentence that has one
    // may need the article's earlier names to know which country it means.
    std::set<std::string, std::less<>> country_alias_words;

    // Phrases, indexed by their first word; the longest match wins.
    struct phrase {
        std::vector<std::string> words;
        phrase_target target;
        // Written in capitals ("US", "WHO", "AU"): matches only text in capitals, never the
        // words "us" or "who".
        bool capitals_only = false;
        // Words written with a capital in the alias must have one in the text: "the North" is
        // not "the north of the country", "Turkey" is not a turkey. Bit j is word j.
        std::uint32_t capitalised = 0;
    };
    std::unordered_map<std::string, std::vector<phrase>, text_hash, std::equal_to<>> phrases;

    // Event triggers: first word -> (words, index into event_types).
    std::unordered_map<std::string, std::vector<std::pair<std::vector<std::string>, std::size_t>>, text_hash,
                       std::equal_to<>>
        triggers;

    // A quick "certainly not" for words that start no phrase and no trigger: most words of an
    // article, which then cost one cheap hash instead of a map lookup.
    std::vector<std::uint64_t> first_word_bits = std::vector<std::uint64_t>(1u << 10, 0);  // 65536 bits
    static std::uint32_t word_bit(std::string_view w) {
        std::uint32_t h = 2166136261u;
        for (unsigned char c : w) h = (h ^ c) * 16777619u;
        return (h ^ (h >> 16)) & 0xFFFFu;
    }
    bool may_start_something(std::string_view w) const {
        auto b = word_bit(w);
        return (first_word_bits[b >> 6] >> (b & 63)) & 1u;
    }

    std::optional<std::uint32_t> find_entity(std::string_view name) const;
    // The organization `alias` ("ruling party") means for `country`, if any.
    std::optional<std::uint32_t> organization_for(std::string const& country, std::string const& alias) const;
    // The leader of `country` among the known people (the first listed).
    std::optional<std::uint32_t> leader_of(std::string const& country) const;
    event_type const* find_type(std::string_view type) const;

    // Builds the lookup tables from the lists; call after any change to the lists.
    void index();

    // The lists as loaded, from which index() builds the tables above.
    struct entity_words {
        std::vector<std::string> names, demonyms, capitals, country_aliases;
    };
    std::vector<entity_words> entity_sources;          // parallel to entities
    struct role_entry {
        rank rank_of = rank::official;
        bool office = true;   // false: a description ("official", "envoy"), not an office
        std::vector<std::string> aliases;
    };
    std::map<std::string, role_entry> role_sources;
    bool is_office(std::string const& role) const {
        auto it = role_sources.find(role);
        return it != role_sources.end() && it->second.office;
    }
    std::map<std::string, rank> rank_word_sources;
};

// Loads gazetteer.yaml, people.yaml, roles.yaml, events.yaml and checks.yaml from each folder in
// order (missing files are skipped). Throws std::runtime_error("file:line: message").
knowledge load_knowledge(std::vector<std::string> const& dirs);

}  // namespace claimcheck::engine
