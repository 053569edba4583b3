#include "extract/starters.hpp"

#include <array>
#include <cstring>
#include <string_view>

namespace claimcheck::extract {

namespace {

// What the filters below need to know of a word, besides the kinds it can start.
enum word_flag : std::uint8_t {
    weak_start = 1u << 0,       // too common to try on its own: a claim needs a fitting word after it
    in_grammar_words = 1u << 1, // in a string literal of the grammar (grammar_words.inc)
    ordinal_word = 1u << 2,     // "first" ... "hundredth"
    ambiguous_month = 1u << 3,  // "may", "march", "nov"...
};

struct word_info {
    std::uint8_t kinds = 0;
    std::uint8_t flags = 0;
};

// every a-z run of the grammar's string literals, sorted (scripts/gen_grammar_words.py)
constexpr std::string_view grammar_words[] = {
#include "extract/grammar_words.inc"
};

std::uint32_t hash_word(std::string_view w) {
    std::uint32_t h = 2166136261u;  // FNV-1a
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
}

struct starter_table {
    // open addressing, load below 1/2; keys are string literals, so lookups allocate nothing
    static constexpr std::size_t slots = 2048;
    struct slot {
        std::string_view word;
        word_info info;
    };
    std::array<slot, slots> table{};

    word_info& entry(std::string_view w) {
        std::size_t i = hash_word(w) % slots;
        while (!table[i].word.empty() && table[i].word != w) i = (i + 1) % slots;
        table[i].word = w;
        return table[i].info;
    }
    word_info const* find(std::string_view w) const {
        for (std::size_t i = hash_word(w) % slots; !table[i].word.empty(); i = (i + 1) % slots)
            if (table[i].word == w) return &table[i].info;
        return nullptr;
    }

    void add(std::uint8_t kinds, std::initializer_list<char const*> list) {
        for (char const* w : list) entry(w).kinds |= kinds;
    }
    void flag(std::uint8_t f, std::initializer_list<char const*> list) {
        for (char const* w : list) entry(w).flags |= f;
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
            entry(m).kinds |= can_dated;
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
        {
            entry(o).kinds |= can_anniversary | can_nth | can_dated;
            entry(o).flags |= ordinal_word;
        }
        flag(weak_start, {"the", "a", "an", "in", "on", "at", "for", "by", "from", "during",
                          "this", "that", "last", "next", "past", "early", "late", "after",
                          "before", "since", "until", "through", "his", "her", "its",
                          "their", "our", "what", "some", "no", "up", "one", "single"});
        flag(ambiguous_month, {"may", "march", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                               "sep", "sept", "oct", "nov", "dec"});
        for (std::string_view w : grammar_words) entry(w).flags |= in_grammar_words;
    }
};

starter_table const table;

bool is_word_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

}  // namespace

namespace {

// The table entry of the word at pos (digits: every kind), and where the word ends.
std::uint8_t lookup(std::string_view f, std::size_t pos, std::size_t& end, std::uint8_t* flags = nullptr) {
    end = pos;
    if (pos >= f.size()) return 0;
    char c = f[pos];
    // digits: counts, ordinals, years, days, decades ("'90s")
    if ((c >= '0' && c <= '9') || c == '\'') return can_any;
    while (end < f.size() && is_word_char(f[end])) ++end;
    if (end == pos || end - pos > 20) return 0;
    // compound words ("mid-2019", "seventy-fifth", "twenty-five"): look at the first part
    word_info const* info = table.find(f.substr(pos, end - pos));
    if (info && flags) *flags = info->flags;
    return info ? info->kinds : 0;
}

std::uint8_t flags_of(std::string_view w) {
    word_info const* info = table.find(w);
    return info ? info->flags : 0;
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

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

bool in_grammar(std::string_view w) { return flags_of(w) & in_grammar_words; }

// Glued number words ("twentyfirst", "seventyseven") are read by the grammar without a literal of
// their own.
bool starts_with_tens(std::string_view w) {
    for (std::string_view t : {"twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy",
                               "eighty", "ninety"})
        if (w.substr(0, t.size()) == t) return true;
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

// "May", "March" and the short months: a month only with a day, a year or a shift after it
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

// A word and its table flags, looked up once.
struct word_ref {
    std::string_view text;
    std::uint8_t flags = 0;
    std::size_t end = 0;  // where it ends in the folded text

    bool ordinal() const { return (flags & ordinal_word) || is_digit_ordinal(text); }
};

// The word after the word ending at `end` (see next_word), with its flags.
word_ref next_ref(std::string_view f, std::size_t end) {
    word_ref r;
    r.text = next_word(f, end, r.end);
    if (!r.text.empty()) r.flags = flags_of(r.text);
    return r;
}

// Can the grammar read `w` (a whole word) as the next word of a time? Maybe unless the word is
// unknown to it.
bool maybe_time_word(word_ref const& w) {
    std::string_view t = w.text;
    if (t.size() <= 2 || (w.flags & in_grammar_words)) return true;  // single letters and pairs come from char literals
    for (char c : t)
        if (!is_lower(c)) return true;  // digits: "75th", "2019", "q3"
    if (starts_with_tens(t)) return true;
    return t.back() == 's' && in_grammar(t.substr(0, t.size() - 1));  // "fifths"
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
    if (end < f.size() && f[end] == '-' && end + 1 < f.size() && is_lower(f[end + 1])) {
        // only "21st-century", "third-quarter" ("5th-6th May" goes on with a digit)
        std::size_t e = end + 1;
        while (e < f.size() && is_lower(f[e])) ++e;
        std::string_view h = f.substr(end + 1, e - end - 1);
        return h == "century" || h == "centuries" || h == "quarter";
    }
    word_ref n = next_ref(f, end);
    if (n.text.empty()) return word_follows(f, end);
    if (!maybe_time_word(n)) return false;
    // common words no continuation after an ordinal starts with (none is a unit, month, weekday,
    // run word or number): "the first time", "seventh in the 10,000 metres"
    for (std::string_view never : {"in", "at", "on", "for", "with", "by", "from", "as", "since",
                                   "time", "is", "was", "has", "had", "will"})
        if (n.text == never) return false;
    if (n.text == "half") {  // only "the first half of", "second half of"
        word_ref n2 = next_ref(f, n.end);
        if (n2.text.empty()) return word_follows(f, n.end);
        return maybe_time_word(n2);
    }
    return true;
}

// A time starting with the word `w`, after a relation or placing preposition when
// `after_relation`.
bool maybe_time_at(std::string_view f, word_ref const& w, bool after_relation) {
    if (w.ordinal()) return maybe_after_ordinal(f, w.end);
    if (w.text == "the" || w.text == "a" || w.text == "an") {
        // "the 5th of", "the last week", "the day before", "a year ago", "a fifth of a century"
        word_ref n = next_ref(f, w.end);
        if (n.text.empty()) return word_follows(f, w.end);
        if (!maybe_time_word(n)) return false;
        // "the 75th percentile", "a fifth.", "the last census": an ordinal or "last" goes on too
        if (n.ordinal()) return maybe_after_ordinal(f, n.end);
        if (n.text == "last" && w.text == "the") return maybe_time_word(next_ref(f, n.end));
        return true;
    }
    if ((w.flags & ambiguous_month) && !after_relation) {  // after "since" a bare "May" is a month
        std::size_t e = w.end;
        if (e < f.size() && f[e] == '.') ++e;  // "Sept."
        word_ref n = next_ref(f, e);
        if (n.text.empty()) return true;
        if (!maybe_time_word(n)) return false;
        word_ref n2 = next_ref(f, n.end);
        if (n2.text.empty() || !is_lower(n2.text[0])) return true;  // no word after, or digits
        std::string_view t = n2.text;
        if (n.text == "this")  // only "May this year", "May this past year", "May this coming year"
            return t == "year" || t == "past" || t == "coming";
        if (n.text == "the")  // "May the 5th", "May the fifth", "May the past year"
            return t == "past" || t == "coming" || t == "last" || t == "current" || t == "upcoming" ||
                   (n2.flags & ordinal_word) || starts_with_tens(t);
        return true;
    }
    return true;
}

// May a dated event start at the word f[pos, end)? False only when the grammar cannot read it.
bool maybe_dated_at(std::string_view f, std::size_t pos, std::size_t end, std::uint8_t flags) {
    if (end == pos)  // lookup() stops at a digit: "75th"
        while (end < f.size() && is_word_char(f[end])) ++end;
    word_ref w;
    w.text = f.substr(pos, end - pos);
    w.end = end;
    w.flags = flags;
    // a relation ("since", "by", "on or after") or a placing preposition ("in", "in early", "on",
    // "at"): a time, a bare month or season follows; after "in" also a duration ("in two years")
    std::string_view t = w.text;
    if (t == "since" || t == "by" || t == "in" || t == "on" || t == "at") {
        word_ref n = next_ref(f, end);
        if (n.text.empty()) return true;
        if (!maybe_time_word(n)) return false;
        return maybe_time_at(f, n, true);
    }
    return maybe_time_at(f, w, false);
}

// May an elapsed claim start at the word f[pos, end)? At "the", "a" or an ordinal only its
// duration can ("the fifth straight year since", "a year after"), and a duration goes on from
// them as a time does (units, run words and counts are grammar words; none ends there).
bool maybe_elapsed_at(std::string_view f, std::size_t pos, std::size_t end, std::uint8_t flags) {
    if (end == pos)  // lookup() stops at a digit: "75th"
        while (end < f.size() && is_word_char(f[end])) ++end;
    word_ref w;
    w.text = f.substr(pos, end - pos);
    w.end = end;
    w.flags = flags;
    if (!(w.ordinal() || w.text == "the" || w.text == "a" || w.text == "an")) return true;
    return maybe_time_at(f, w, false);
}

}  // namespace

std::uint8_t kinds_starting_at(std::string_view f, std::size_t pos) {
    std::size_t end = 0;
    std::uint8_t flags = 0;  // stays 0 for digits
    std::uint8_t kinds = lookup(f, pos, end, &flags) & can_any;
    if ((kinds & can_dated) && !maybe_dated_at(f, pos, end, flags)) kinds &= static_cast<std::uint8_t>(~can_dated);
    if ((kinds & can_elapsed) && !maybe_elapsed_at(f, pos, end, flags)) kinds &= static_cast<std::uint8_t>(~can_elapsed);
    if (!kinds || !(flags & weak_start)) return kinds;
    std::size_t next = end;
    while (next < f.size() && (f[next] == ' ' || f[next] == '-' || f[next] == ',')) ++next;
    std::size_t next_end = 0;
    return lookup(f, next, next_end) ? kinds : 0;
}

}  // namespace claimcheck::extract
