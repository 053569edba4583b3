// Pieces every grammar file shares: the span handler, keywords and word tokens.
//
// The grammar runs on folded text that is already lower case (src/extract/fold.hpp), so keywords
// need no no_case[] (which would call tolower for every character of every attempt): kw("first")
// matches "First" in the article and never "firstly". These are parser expressions, not rules:
// they are inlined where used, so they may appear inside lexeme[] (rules declared in other
// translation units may not: a directive changes the context type the rule was instantiated for).
#pragma once

#include "ast.hpp"
#include "config.hpp"

namespace claimcheck::grammar {

namespace x3 = boost::spirit::x3;

// Handler base for rule IDs: records where the rule matched in the node (after the skipper ran,
// so spans never start with a space). Rules whose attribute is not an ast::spanned have no
// handler and are unaffected.
struct tag_span {
    template <typename Iterator, typename Context>
    void on_success(Iterator const& first, Iterator const& last, ast::spanned& node,
                    Context const&) const {
        node.first = first;
        node.last = last;
    }
};

// as<T>(p): p with its attribute forced to T. Alternatives whose branches have the same attribute
// would otherwise synthesize variant<T, T>.
template <typename T>
struct as_type {
    template <typename Parser>
    auto operator()(Parser const& p) const {
        return x3::rule<struct as_class, T>{"as"} = x3::as_parser(p);
    }
};
template <typename T>
inline as_type<T> const as{};

// The end of a word: no letter, digit or underscore follows.
inline auto const word_end = !(x3::ascii::alnum | x3::lit('_'));

// A whole word. `text` is lower case, like the text it is matched against.
inline auto kw(char const* text) { return x3::lexeme[x3::lit(text) >> word_end]; }

// A word of running text, for event phrases: letters and digits, with inner hyphens, dots, slashes
// and ampersands ("high-ranking", "U.S", "Covid-19"), and a possessive ending ("Korea's",
// "Workers'") kept on the word.
inline auto const word_body =
    x3::ascii::alnum >> *(x3::ascii::alnum | (x3::char_("-./&") >> &x3::ascii::alnum) |
                          (x3::lit('\'') >> &(x3::ascii::alpha - x3::lit('s'))));
inline auto const possessive_mark = x3::lit('\'') >> -x3::lit('s') >> word_end;
inline auto const word = x3::lexeme[word_body >> -possessive_mark];
inline auto const possessive_word = x3::lexeme[word_body >> possessive_mark];

// Words that end a noun phrase: clause links, prepositions that introduce a time, auxiliaries.
// Event phrases stop before them ("the founding of X | on Sept. 9", "X | will be held"). One
// symbols lookup instead of an alternative of sixty keywords.
struct stop_word_table : x3::symbols<> {
    stop_word_table() {
        for (char const* w :
             {"on", "at", "in", "during", "since", "until", "when", "while", "which", "who",
              "that", "as", "and", "or", "but", "with", "after", "before", "later", "earlier",
              "this", "next", "last", "is", "are", "was", "were", "will", "would", "has", "have",
              "had", "be", "been", "to", "for", "by", "from", "said", "says", "say", "marking",
              "marks", "mark", "marked", "celebrating", "celebrate", "celebrates", "celebrated",
              "commemorating", "held", "hold", "holds", "amid", "following", "because", "if",
              "where", "than",
              // subject pronouns open a new clause: "after three years of isolation | it began"
              "it", "he", "she", "they", "we", "i", "you", "there",
              // and times: "the 75th anniversary of the alliance | today"
              "today", "yesterday", "tomorrow", "tonight", "ago"})
            add(w);
    }
};
inline stop_word_table const stop_words;
inline auto const phrase_stop_word = x3::lexeme[stop_words >> word_end];

// Anniversaries with a name instead of a number: "the centenary", "the party's golden jubilee".
struct named_anniversary_table : x3::symbols<unsigned> {
    named_anniversary_table() {
        add("centenary", 100)("centennial", 100)("bicentenary", 200)("bicentennial", 200)
           ("tercentenary", 300)("sesquicentennial", 150)("silver jubilee", 25)
           ("golden jubilee", 50)("diamond jubilee", 60)("platinum jubilee", 70);
    }
};
inline named_anniversary_table const named_anniversaries;
inline auto const named_anniversary = x3::lexeme[named_anniversaries >> word_end];

// "first" as a word, "first-ever" too, but not "firstly", "first-half", "first-quarter",
// "first-class" or "first-hand" (no claim about an earlier occurrence there).
inline auto const first_word = x3::lexeme[
    x3::lit("first") >> -x3::lit("-ever") >>
    !(x3::ascii::alnum | x3::lit('_') | (x3::lit('-') >> x3::ascii::alpha))];

// What stands before "first": "the first", "their first", "for the first time".
inline auto const first_lead =
    x3::omit[-kw("for") >> -(kw("the") | kw("their") | kw("its") | kw("his") | kw("her") |
                              kw("our") | kw("a") | kw("this") | kw("what") >> kw("was"))];

}  // namespace claimcheck::grammar
