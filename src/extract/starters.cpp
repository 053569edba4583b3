#include "extract/starters.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>
#include <unordered_map>

namespace claimcheck::extract {

namespace {

struct starter_table {
    // keys are string literals, so lookups take a string_view and allocate nothing
    std::unordered_map<std::string_view, std::uint8_t> words;

    void add(std::uint8_t kinds, std::initializer_list<char const*> list) {
        for (char const* w : list) words[w] |= kinds;
    }

    starter_table() {
        // anniversaries: determiners, marking verbs, named anniversaries ("the party's 80th"
        // starts anywhere: the extractor allows every kind inside an anniversary trigger's window)
        add(can_anniversary, {"the", "its", "their", "his", "her", "this", "a", "our", "marks",
                              "marking", "mark", "marked", "commemorate", "commemorates",
                              "commemorating", "commemorated", "celebrate", "celebrates",
                              "celebrating", "celebrated", "centenary", "centennial",
                              "bicentenary", "bicentennial", "tercentenary",
                              "sesquicentennial", "silver", "golden", "diamond", "platinum"});
        add(can_first, {"first", "for", "the", "their", "its", "his", "her", "our", "a", "this",
                        "what"});
        add(can_nth, {"for", "the", "his", "her", "its", "their", "a", "our"});
        // durations open elapsed claims and offsets ("two months ago")
        std::initializer_list<char const*> duration_starters = {
            "a", "an", "one", "single", "half", "few", "several", "some", "many", "dozens",
            "scores", "numerous", "couple", "about", "around", "roughly", "approximately",
            "circa", "nearly", "almost", "close", "just", "not", "more", "over", "well",
            "upwards", "in", "longer", "little", "slightly", "less", "under", "fewer", "shorter",
            "at", "no", "up", "exactly", "precisely", "fully", "full", "zero", "two", "three",
            "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
            "twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty",
            "ninety", "hundred", "thousand", "the", "an"};
        add(can_elapsed | can_dated, duration_starters);
        add(can_elapsed, {"after", "since", "ever", "in", "for"});
        // number words: counts ("75-year"), compound ordinals ("seventy-fifth")
        add(can_any, {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                      "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                      "ninety", "hundred"});
        // time mentions: relations, placing prepositions, and the words a time can start with
        add(can_dated, {"since", "ever", "starting", "beginning", "as", "after", "following",
                        "before", "prior", "ahead", "until", "till", "through", "up", "by", "no",
                        "from", "in", "on", "at", "during", "throughout", "around", "back",
                        "earlier", "later", "the", "early", "mid", "late", "beginning", "start",
                        "end", "middle", "close", "height", "dawn", "turn", "latter", "last",
                        "this", "next", "past", "coming", "previous", "current", "that",
                        "yesterday", "today", "tonight", "tomorrow", "spring", "summer",
                        "autumn", "fall", "winter", "q1", "q2", "q3", "q4"});
        for (char const* m : {"january", "february", "march", "april", "may", "june", "july",
                              "august", "september", "october", "november", "december", "jan",
                              "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                              "nov", "dec", "sunday", "monday", "tuesday", "wednesday",
                              "thursday", "friday", "saturday", "tue", "tues", "thu", "thur", "thurs",
                              "fri", "mon"})
            words[m] |= can_dated;
        // words that only continue a claim after a weak start word: units ("a year", "this
        // week", "in years"), and the rest of "the same month", "in recent years", "last night"
        add(can_follow, {"day", "days", "week", "weeks", "weekend", "month", "months", "year",
                         "years", "decade", "decades", "century", "centuries", "quarter",
                         "quarters", "fortnight", "same", "very", "recent", "night", "morning",
                         "upcoming", "better", "subsequent", "ensuing", "preceding", "prior",
                         "long", "while", "generation", "handful", "pair", "dozen", "whole",
                         "founding", "calendar", "school", "living", "of"});
        // ordinals: anniversaries, nth occurrences, centuries, days ("the first of May")
        for (char const* o : {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                              "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
                              "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                              "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth",
                              "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth",
                              "hundredth"})
            words[o] |= can_anniversary | can_nth | can_dated;
    }
};

starter_table const table;

bool is_word_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

}  // namespace

namespace {

// The table entry of the word at pos (digits: every kind), and where the word ends.
std::uint8_t lookup(std::string_view f, std::size_t pos, std::size_t& end) {
    end = pos;
    if (pos >= f.size()) return 0;
    char c = f[pos];
    // digits: counts, ordinals, years, days, decades ("'90s")
    if ((c >= '0' && c <= '9') || c == '\'') return can_any;
    while (end < f.size() && is_word_char(f[end])) ++end;
    if (end == pos || end - pos > 20) return 0;
    // compound words ("mid-2019", "seventy-fifth", "twenty-five"): look at the first part
    auto it = table.words.find(f.substr(pos, end - pos));
    return it == table.words.end() ? 0 : it->second;
}

// Start words too common to try on their own: a claim needs a fitting word after them.
bool weak(std::string_view w) {
    for (std::string_view x : {"the", "a", "an", "in", "on", "at", "for", "by", "from", "during",
                               "this", "that", "last", "next", "past", "early", "late", "after",
                               "before", "since", "until", "through", "his", "her", "its",
                               "their", "our", "what", "some", "no", "up", "one", "single"})
        if (w == x) return true;
    return false;
}

}  // namespace

namespace {

// ---------------------------------------------------------------- words after a time's first word
//
// A dated-event attempt at "may" ("they may strengthen"), at an ordinal ("the 75th percentile",
// "first elected") or at "since the" / "by the" ("since the last census") fails in the grammar
// after reading one or two words. Those words only open a longer time: no time mention ends with
// them, and every production that starts with them goes on with a keyword, a table entry, digits
// or punctuation, never with an arbitrary word (the generic word parsers of grammar/common.hpp
// are used only in event phrases and when-clauses, after a comma). So when the word after them is
// one no string literal of the grammar holds, the attempt cannot succeed and is skipped. The
// tests below answer "maybe" whenever unsure: output is unchanged.

// every a-z run of the grammar's string literals, sorted (scripts/gen_grammar_words.py)
constexpr std::string_view grammar_words[] = {
#include "extract/grammar_words.inc"
};

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

bool in_grammar(std::string_view w) {
    return std::binary_search(std::begin(grammar_words), std::end(grammar_words), w);
}

// Glued number words ("twentyfirst", "seventyseven") are read by the grammar without a literal of
// their own.
bool starts_with_tens(std::string_view w) {
    for (std::string_view t : {"twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy",
                               "eighty", "ninety"})
        if (w.substr(0, t.size()) == t) return true;
    return false;
}

bool is_ordinal_word(std::string_view w) {
    for (std::string_view o : {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                               "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
                               "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                               "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth",
                               "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth",
                               "hundredth"})
        if (w == o) return true;
    return false;
}

// "75th", "2nd", "1st": one to three digits and the suffix, the whole word
bool is_digit_ordinal(std::string_view w) {
    std::size_t d = 0;
    while (d < w.size() && w[d] >= '0' && w[d] <= '9') ++d;
    if (d == 0 || d > 3 || w.size() != d + 2) return false;
    std::string_view s = w.substr(d);
    return s == "st" || s == "nd" || s == "rd" || s == "th";
}

bool is_ordinal(std::string_view w) { return is_ordinal_word(w) || is_digit_ordinal(w); }

// "May", "March" and the short months: a month only with a day, a year or a shift after it
bool is_ambiguous_month(std::string_view w) {
    for (std::string_view m : {"may", "march", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                               "sept", "oct", "nov", "dec"})
        if (w == m) return true;
    return false;
}

// The word (letters and digits) after the word ending at `end`: empty when a space and a word do
// not follow (punctuation, the end: anything may come next, so no test applies). Sets `after` to
// its end.
std::string_view next_word(std::string_view f, std::size_t end, std::size_t& after) {
    after = end;
    if (end >= f.size() || f[end] != ' ') return {};
    std::size_t p = end;
    while (p < f.size() && f[p] == ' ') ++p;
    if (p >= f.size() || !is_word_char(f[p])) return {};
    std::size_t e = p;
    while (e < f.size() && is_word_char(f[e])) ++e;
    if (e < f.size() && f[e] == '_') return {};
    after = e;
    return f.substr(p, e - p);
}

// Can the grammar read `w` (a whole word of letters) as the next word of a time? Maybe unless the
// word is unknown to it.
bool maybe_time_word(std::string_view w) {
    if (w.empty() || w.size() <= 2) return true;  // single letters and pairs come from char literals
    for (char c : w)
        if (!is_lower(c)) return true;  // digits: "75th", "2019", "q3"
    if (in_grammar(w) || starts_with_tens(w)) return true;
    return w.back() == 's' && in_grammar(w.substr(0, w.size() - 1));  // "fifths"
}

// Does a word follow the word ending at `end`? No time ends with an ordinal, "the", "a" or "half"
// at the places tested below, and none goes on with punctuation other than a hyphen ("21st-century",
// "third-quarter").
bool word_follows(std::string_view f, std::size_t end) {
    std::size_t p = end;
    while (p < f.size() && f[p] == ' ') ++p;
    if (p >= f.size()) return false;
    switch (f[p]) {
        case '.': case ',': case ';': case ':': case '!': case '?': case ')': return false;
        default: return true;
    }
}

// An ordinal opening a time: "the 9th of September", "first half of", "fifth straight year",
// "3rd century", "21st-century", "second Monday of", "first 9 months of".
bool maybe_after_ordinal(std::string_view f, std::size_t end) {
    std::size_t after = 0;
    std::string_view n = next_word(f, end, after);
    if (n.empty()) return word_follows(f, end);
    if (!maybe_time_word(n)) return false;
    if (n == "half") {  // only "the first half of", "second half of"
        std::size_t after2 = 0;
        std::string_view n2 = next_word(f, after, after2);
        if (n2.empty()) return word_follows(f, after);
        return maybe_time_word(n2);
    }
    return true;
}

// A time starting with the word f[pos, end), after a relation or placing preposition when
// `after_relation`.
bool maybe_time_at(std::string_view f, std::size_t pos, std::size_t end, bool after_relation) {
    std::string_view w = f.substr(pos, end - pos);
    std::size_t after = 0;
    if (is_ordinal(w)) return maybe_after_ordinal(f, end);
    if (w == "the" || w == "a" || w == "an") {
        // "the 5th of", "the last week", "the day before", "a year ago", "a fifth of a century"
        std::string_view n = next_word(f, end, after);
        if (n.empty()) return word_follows(f, end);
        if (!maybe_time_word(n)) return false;
        // "the 75th percentile", "a fifth.", "the last census": an ordinal or "last" goes on too
        if (is_ordinal(n)) return maybe_after_ordinal(f, after);
        if (n == "last" && w == "the") {
            std::size_t after2 = 0;
            return maybe_time_word(next_word(f, after, after2));
        }
        return true;
    }
    if (is_ambiguous_month(w) && !after_relation) {  // after "since" a bare "May" is a month
        std::size_t e = end;
        if (e < f.size() && f[e] == '.') ++e;  // "Sept."
        std::string_view n = next_word(f, e, after);
        if (n.empty()) return true;
        if (!maybe_time_word(n)) return false;
        std::size_t after2 = 0;
        std::string_view n2 = next_word(f, after, after2);
        if (after2 == after || !is_lower(n2[0])) return true;  // no word after, or digits
        if (n == "this") {  // only "May this year", "May this past year", "May this coming year"
            return n2 == "year" || n2 == "past" || n2 == "coming";
        }
        if (n == "the") {  // "May the 5th", "May the fifth", "May the past year"
            return n2 == "past" || n2 == "coming" || n2 == "last" || n2 == "current" ||
                   n2 == "upcoming" || is_ordinal_word(n2) || starts_with_tens(n2);
        }
        return true;
    }
    return true;
}

// May a dated event start at the word f[pos, end)? False only when the grammar cannot read it.
bool maybe_dated_at(std::string_view f, std::size_t pos, std::size_t end) {
    if (end == pos)  // lookup() stops at a digit: "75th"
        while (end < f.size() && is_word_char(f[end])) ++end;
    std::string_view w = f.substr(pos, end - pos);
    // a relation ("since", "by", "on or after") or a placing preposition ("in", "in early", "on",
    // "at"): a time, a bare month or season follows; after "in" also a duration ("in two years")
    if (w == "since" || w == "by" || w == "in" || w == "on" || w == "at") {
        std::size_t after = 0;
        std::string_view n = next_word(f, end, after);
        if (n.empty()) return true;
        if (!maybe_time_word(n)) return false;
        return maybe_time_at(f, static_cast<std::size_t>(n.data() - f.data()), after, true);
    }
    return maybe_time_at(f, pos, end, false);
}

}  // namespace

std::uint8_t kinds_starting_at(std::string_view f, std::size_t pos) {
    std::size_t end = 0;
    std::uint8_t kinds = lookup(f, pos, end) & can_any;
    if ((kinds & can_dated) && !maybe_dated_at(f, pos, end)) kinds &= static_cast<std::uint8_t>(~can_dated);
    if (!kinds || !weak(f.substr(pos, end - pos))) return kinds;
    std::size_t next = end;
    while (next < f.size() && (f[next] == ' ' || f[next] == '-' || f[next] == ',')) ++next;
    std::size_t next_end = 0;
    return lookup(f, next, next_end) ? kinds : 0;
}

}  // namespace claimcheck::extract
