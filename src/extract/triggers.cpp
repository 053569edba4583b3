#include "extract/triggers.hpp"

#include <array>
#include <cstring>

namespace claimcheck::extract {

namespace {

// Anniversary words are the only triggers with this lookback: the possessor form ("North Korea's
// ruling party's 80th anniversary") can start at any word in that window.
constexpr std::uint8_t anniversary_lookback = 9;

struct trigger_word {
    char const* word;
    std::uint8_t lookback;
};

// Lower-case trigger words and how far back their claims may start.
constexpr trigger_word trigger_words[] = {
    // anniversaries: a possessor may stand before the ordinal ("North Korea's ruling party's 80th")
    {"anniversary", anniversary_lookback}, {"anniversaries", anniversary_lookback},
    {"birthday", anniversary_lookback}, {"centenary", 4},
    {"centennial", 4}, {"bicentenary", 4}, {"bicentennial", 4}, {"jubilee", 4},
    {"tercentenary", 4}, {"sesquicentennial", 4},
    // first-claims: "for the first"
    {"first", 3},
    // since-claims and offsets
    {"since", 1}, {"ago", 6}, {"later", 6}, {"earlier", 6}, {"hence", 6},
    // units of time: "a little more than two years", "in the past six years"
    {"day", 6}, {"days", 6}, {"week", 6}, {"weeks", 6}, {"weekend", 4}, {"month", 6},
    {"months", 6}, {"year", 6}, {"years", 6}, {"decade", 6}, {"decades", 6}, {"century", 5},
    {"centuries", 6}, {"yr", 6}, {"yrs", 6}, {"quarter", 4},
    // named times
    {"january", 5}, {"february", 5}, {"march", 5}, {"april", 5}, {"may", 5}, {"june", 5},
    {"july", 5}, {"august", 5}, {"september", 5}, {"october", 5}, {"november", 5},
    {"december", 5}, {"jan", 5}, {"feb", 5}, {"mar", 5}, {"apr", 5}, {"jun", 5}, {"jul", 5},
    {"aug", 5}, {"sep", 5}, {"sept", 5}, {"oct", 5}, {"nov", 5}, {"dec", 5},
    {"monday", 3}, {"tuesday", 3}, {"wednesday", 3}, {"thursday", 3}, {"friday", 3},
    {"saturday", 3}, {"sunday", 3}, {"tue", 3}, {"tues", 3}, {"thu", 3}, {"thur", 3}, {"thurs", 3},
    {"fri", 3}, {"mon", 3}, {"yesterday", 4}, {"today", 2}, {"tomorrow", 4},
    {"tonight", 2}, {"morning", 2}, {"afternoon", 2}, {"evening", 2}, {"night", 2},
    {"spring", 4}, {"summer", 4}, {"autumn", 4}, {"fall", 4}, {"winter", 4},
    {"q1", 1}, {"q2", 1}, {"q3", 1}, {"q4", 1},
    // ordinals as words (nth occurrences; digits are caught below)
    {"second", 3}, {"third", 3}, {"fourth", 3}, {"fifth", 3}, {"sixth", 3}, {"seventh", 3},
    {"eighth", 3}, {"ninth", 3}, {"tenth", 3}, {"eleventh", 3}, {"twelfth", 3},
    {"thirteenth", 3}, {"fourteenth", 3}, {"fifteenth", 3}, {"sixteenth", 3},
    {"seventeenth", 3}, {"eighteenth", 3}, {"nineteenth", 3}, {"twentieth", 3},
    {"thirtieth", 3}, {"fortieth", 3}, {"fiftieth", 3}, {"sixtieth", 3}, {"seventieth", 3},
    {"eightieth", 3}, {"ninetieth", 3}, {"hundredth", 3},
};

constexpr std::size_t max_word = 16;
constexpr std::size_t slots = 512;  // open addressing, load below 1/3

std::uint32_t hash_word(char const* w, std::size_t n) {
    std::uint32_t h = 2166136261u;  // FNV-1a
    for (std::size_t i = 0; i < n; ++i) h = (h ^ static_cast<unsigned char>(w[i])) * 16777619u;
    return h;
}

// Which (first two letters, length) triples can be a trigger: most words ("the", "and", "said")
// are rejected by one lookup before any hashing; the rest by one probe of a small hash table.
struct trigger_table {
    std::array<std::uint32_t, 26 * 27> length_mask{};  // bit n: a trigger of length n starts so
    std::array<std::uint8_t, 256> is_word{};      // letters and digits
    std::array<std::uint8_t, 256> lower{};
    struct slot {
        std::uint8_t length = 0;
        std::uint8_t lookback = 0;
        char word[max_word]{};
    };
    std::array<slot, slots> table{};

    trigger_table() {
        for (int c = 0; c < 256; ++c) {
            bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            is_word[c] = alpha || (c >= '0' && c <= '9') ? 1 : 0;
            lower[c] = static_cast<std::uint8_t>((c >= 'A' && c <= 'Z') ? c + 32 : c);
        }
        for (auto const& t : trigger_words) {
            std::size_t n = std::strlen(t.word);
            length_mask[mask_index(t.word[0], n > 1 ? t.word[1] : '\0')] |= 1u << n;
            std::size_t i = hash_word(t.word, n) % slots;
            while (table[i].length) i = (i + 1) % slots;
            table[i].length = static_cast<std::uint8_t>(n);
            table[i].lookback = t.lookback;
            std::memcpy(table[i].word, t.word, n);
        }
    }

    // second letter: a..z, or 26 for a digit or the end ("q1")
    static std::size_t mask_index(char first, char second) {
        std::size_t b = (second >= 'a' && second <= 'z') ? static_cast<std::size_t>(second - 'a') : 26;
        return static_cast<std::size_t>(first - 'a') * 27 + b;
    }

    int lookup(char const* word, std::size_t n) const {
        for (std::size_t i = hash_word(word, n) % slots; table[i].length; i = (i + 1) % slots)
            if (table[i].length == n && std::memcmp(table[i].word, word, n) == 0) return table[i].lookback;
        return -1;
    }
};

trigger_table const table;

// Digits: a year (1000-2199, also "1950s", "'90s"), or an ordinal ("75th", "1st").
int digit_trigger(char const* w, std::size_t n) {
    std::size_t d = 0;
    while (d < n && w[d] >= '0' && w[d] <= '9') ++d;
    if (d == n) {
        if (n != 4) return -1;
        int y = (w[0] - '0') * 1000 + (w[1] - '0') * 100;
        return (y >= 1000 && y <= 2100) ? 4 : -1;
    }
    std::size_t rest = n - d;
    if (rest == 1 && (w[d] == 's' || w[d] == 'S') && (d == 4 || d == 2)) return 4;  // decades
    if (rest == 2 && d <= 6) {
        char a = static_cast<char>(table.lower[static_cast<unsigned char>(w[d])]);
        char b = static_cast<char>(table.lower[static_cast<unsigned char>(w[d + 1])]);
        if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
            (a == 't' && b == 'h'))
            return 3;  // "the 75th", "his fourth"
    }
    return -1;
}

}  // namespace

void find_triggers(std::string_view text, std::vector<trigger>& out) {
    auto const* p = reinterpret_cast<unsigned char const*>(text.data());
    std::size_t const n = text.size();
    std::size_t i = 0;
    char word[max_word];
    while (i < n) {
        // skip to the next word
        while (i < n && !table.is_word[p[i]]) ++i;
        std::size_t const start = i;
        while (i < n && table.is_word[p[i]]) ++i;
        std::size_t const len = i - start;
        if (len == 0 || len >= max_word) continue;
        unsigned char const first = table.lower[p[start]];
        int lookback = -1;
        if (first >= 'a' && first <= 'z') {
            char second = len > 1 ? static_cast<char>(table.lower[p[start + 1]]) : '\0';
            if (!(table.length_mask[trigger_table::mask_index(static_cast<char>(first), second)] & (1u << len)))
                continue;
            for (std::size_t k = 0; k < len; ++k) word[k] = static_cast<char>(table.lower[p[start + k]]);
            lookback = table.lookup(word, len);
        } else {
            lookback = digit_trigger(reinterpret_cast<char const*>(p + start), len);
        }
        if (lookback >= 0)
            out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint8_t>(lookback),
                           lookback == anniversary_lookback});
    }
}

}  // namespace claimcheck::extract
