#include "extract/starters.hpp"

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

std::uint8_t kinds_starting_at(std::string_view f, std::size_t pos) {
    std::size_t end = 0;
    std::uint8_t kinds = lookup(f, pos, end) & can_any;
    if (!kinds || !weak(f.substr(pos, end - pos))) return kinds;
    std::size_t next = end;
    while (next < f.size() && (f[next] == ' ' || f[next] == '-' || f[next] == ',')) ++next;
    std::size_t next_end = 0;
    return lookup(f, next, next_end) ? kinds : 0;
}

}  // namespace claimcheck::extract
