// Event resolution: which real-world event each claim is about.
//
// A claim's event phrase ("the founding of North Korea's ruling Workers' Party", "visit by a
// high-ranking Chinese official to North Korea") is matched against the event types' trigger
// words and the gazetteer; what the phrase leaves open is taken from the sentence, then from
// earlier mentions in the article ("the country", "its ruling party", "their relationship",
// "the North Korean leader"). The result is an event key - type(participants) - with a
// confidence and the reasoning, or the reason it stays unresolved.
#pragma once

#include "engine/knowledge.hpp"
#include "engine/words.hpp"
#include "extract/claim.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::engine {

enum class confidence : std::uint8_t { high, medium, low };
std::string_view to_string(confidence c);

struct resolution {
    // The event the claim is about: "founding(Workers' Party of Korea)". Empty when unresolved.
    std::string key;
    std::string type;
    // Further keys the same occurrence counts for: a visit by Vice Premier Liu Guozhong is also a
    // visit by a "senior official of China"; a sentence naming a meeting during a visit dates both.
    std::vector<std::string> also;
    confidence level = confidence::high;
    std::string explanation;   // how the key was found, for --explain
    std::string unresolved;    // why there is no key
    bool overridden = false;   // set by an overrides file
};

class event_resolver {
public:
    explicit event_resolver(knowledge const& k) : k_(k) {}

    // Resolves every claim of one article (claims in text order, offsets into `text`).
    void resolve(std::string_view text, std::vector<extract::claim> const& claims,
                 std::vector<resolution>& out);

    struct mention {
        std::size_t word = 0, length = 1;  // words[word, word + length)
        phrase_target target;
    };

private:
    struct actor {
        std::string name;          // a person, or a class: "senior official of China"
        std::string country;
        std::optional<rank> rank_of;
        bool person = false;
        std::size_t word = 0;
        std::string role;          // an office: the person's ("premier"), or the class's
        std::optional<std::uint32_t> entity;  // the person's entry in the knowledge
    };
    // The broader classes an actor belongs to, most specific first: Li Qiang -> premier of
    // China, senior official of China, official of China.
    std::vector<std::string> classes_of(actor const& a) const;
    std::vector<actor> recent_people(std::size_t before_word, std::size_t n) const;
    std::optional<std::string> recent_organization(std::size_t before_word, std::string const& alias) const;
    struct span {
        std::size_t begin = 0, end = 0;  // word indexes [begin, end)
    };

    void find_mentions();
    // The words of the claims' sentences (dense_), as spans of words_.list.
    std::vector<span> dense_spans() const;
    // Does a word of the claims' sentences refer back to something named earlier?
    bool needs_context(std::vector<span> const& dense) const;
    resolution resolve_one(std::string_view text, extract::claim const& c,
                           std::vector<resolution> const& earlier,
                           std::vector<extract::claim> const& claims);

    // Entities and references inside a word span.
    struct type_hit {
        std::size_t priority = 0;  // index in events.yaml
        std::string type;
        std::size_t word = 0;      // where the trigger is
        std::size_t length = 1;    // its words
    };
    std::vector<type_hit> types_in(span s) const;  // one per type, by priority
    std::vector<mention const*> mentions_in(span s) const;
    std::vector<mention>::const_reverse_iterator mentions_before(std::size_t word) const;
    std::optional<std::string> country_of(mention const& m) const;
    std::string const* named_country(mention const& m) const;
    std::vector<std::string> countries_in(span s) const;
    std::optional<std::string> recent_country(std::size_t before_word, bool names_only) const;
    std::vector<std::string> recent_countries(std::size_t before_word, std::size_t n) const;
    std::vector<actor> actors_in(span s) const;
    std::optional<actor> leader_in_context(std::string const& country, std::size_t before_word) const;
    bool has_word(span s, std::initializer_list<std::string_view> ws) const;
    std::optional<std::size_t> find_words(span s, std::vector<std::string_view> const& ws) const;
    std::string quote(span s) const;
    // The first word of `s` that is neither a name nor one of the words an anniversary of an
    // organization comes with ("ruling", "celebrations", ordinals): "victory", "armistice".
    std::optional<std::string> other_content_word(span s) const;
    // The key of `type` for a phrase; `generalize` adds the classes a named person belongs to.
    resolution build(std::string const& type, span phrase, span sentence, bool is_anniversary,
                     bool generalize) const;
    std::optional<resolution> presence_visit(span phrase) const;

    knowledge const& k_;
    std::string_view text_;
    words words_;
    std::vector<std::pair<std::size_t, std::size_t>> dense_;  // the claims' sentences
    std::vector<mention> mentions_;
    int year_ = 0;  // the year the claim being resolved dates its event to (0: unknown)
};

// The event key's text form: type(a, b) for pairs (sorted), type(a → b) for directed events.
std::string make_key(std::string_view type, std::vector<std::string> participants, roles r);

}  // namespace claimcheck::engine
