#include "extract/sentences.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace claimcheck::extract {

namespace {

// Words after which a dot rarely ends a sentence. Lower case, without the dot.
constexpr std::array<std::string_view, 72> abbreviations{
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm",
    "gov", "sen", "rep", "rev", "hon", "pres", "st", "jr", "sr", "no", "nos", "vol", "vs", "v",
    "etc", "al", "inc", "co", "corp", "ltd", "dept", "est", "approx", "fig", "ft", "mt", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "u.s", "u.n", "u.k", "e.u",
    "a.m", "p.m", "d.c", "i.e", "e.g", "ph.d"};

// Abbreviations that also end sentences often: a dot after them ends the sentence when a typical
// sentence opener follows ("... in the U.S. The talks ...").
constexpr std::array<std::string_view, 8> final_abbreviations{"u.s", "u.n", "u.k", "e.u",
                                                                "etc", "d.c", "a.m", "p.m"};

constexpr std::array<std::string_view, 24> sentence_openers{
    "The", "A", "An", "It", "He", "She", "They", "We", "I", "But", "In", "On", "This", "That",
    "There", "His", "Her", "Their", "Its", "And", "As", "At", "After", "However"};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool is_closer(char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }

// UTF-8 closing quotes ’ ” (E2 80 99 / E2 80 9D) after the punctuation.
std::size_t skip_closers(std::string_view t, std::size_t i) {
    while (i < t.size()) {
        if (is_closer(t[i])) {
            ++i;
        } else if (i + 2 < t.size() && static_cast<unsigned char>(t[i]) == 0xE2 &&
                   static_cast<unsigned char>(t[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(t[i + 2]) == 0x99 ||
                    static_cast<unsigned char>(t[i + 2]) == 0x9D)) {
            i += 3;
        } else {
            break;
        }
    }
    return i;
}

bool starts_sentence(std::string_view t, std::size_t i) {
    if (i >= t.size()) return true;
    auto c = static_cast<unsigned char>(t[i]);
    if (std::isupper(c) || std::isdigit(c) || c == '"' || c == '\'' || c == '(') return true;
    // opening quotes “ ‘ (E2 80 9C / E2 80 98), or a non-ASCII capital: treat as a start
    return c >= 0xC0;
}

// The word before the dot, lower-cased into `buf`; empty when longer than `buf` (no abbreviation
// is longer than 8 bytes). `length` is its length in any case.
std::string_view lower_word_before(std::string_view t, std::size_t dot, std::array<char, 8>& buf,
                                   std::size_t& length) {
    std::size_t b = dot;
    while (b > 0 && (std::isalnum(static_cast<unsigned char>(t[b - 1])) || t[b - 1] == '.')) --b;
    length = dot - b;
    if (length > buf.size()) return {};
    for (std::size_t k = 0; k < length; ++k)
        buf[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(t[b + k])));
    return {buf.data(), length};
}

bool next_word_is_opener(std::string_view t, std::size_t i) {
    std::size_t e = i;
    while (e < t.size() && std::isalpha(static_cast<unsigned char>(t[e]))) ++e;
    auto w = t.substr(i, e - i);
    return std::find(sentence_openers.begin(), sentence_openers.end(), w) != sentence_openers.end();
}

// Is there a boundary right after the terminator at `i`? Returns the start of the next sentence
// or npos.
std::size_t boundary_after(std::string_view t, std::size_t i) {
    char c = t[i];
    std::size_t j = skip_closers(t, i + 1);
    if (j < t.size() && !is_space(t[j]) && t[j] != '\n') return std::string_view::npos;
    std::size_t k = j;
    while (k < t.size() && (is_space(t[k]) || t[k] == '\n')) ++k;
    if (k >= t.size()) return k;
    if (!starts_sentence(t, k)) return std::string_view::npos;
    if (c == '.') {
        std::array<char, 8> buf;
        std::size_t length = 0;
        std::string_view w = lower_word_before(t, i, buf, length);
        if (length == 1 && std::isalpha(static_cast<unsigned char>(w[0])))  // an initial
            return std::string_view::npos;
        // (a word longer than `buf` is no abbreviation; the empty word matches as before)
        bool abbreviation = length <= buf.size() &&
                            std::find(abbreviations.begin(), abbreviations.end(), w) != abbreviations.end();
        if (abbreviation) {
            bool can_end = std::find(final_abbreviations.begin(), final_abbreviations.end(), w) !=
                           final_abbreviations.end();
            if (!(can_end && next_word_is_opener(t, k))) return std::string_view::npos;
        }
        // "No. 1", "3.5" are not boundaries; digits after a dot with space are fine
    }
    return k;
}

// Is the line break at `nl` a sentence boundary? Yes after a blank line or before one, after a
// line ending in sentence punctuation (the terminator itself is judged by boundary_after), and
// after a headline: a line without final punctuation whose words are mostly capitalised or that
// starts with "#". Otherwise it is a hard wrap inside a paragraph and reads as a space.
bool line_break_is_boundary(std::string_view t, std::size_t nl) {
    std::size_t line_begin = nl;
    while (line_begin > 0 && t[line_begin - 1] != '\n') --line_begin;
    std::size_t e = nl;
    while (e > line_begin && is_space(t[e - 1])) --e;
    if (e == line_begin) return true;  // the line before is blank
    std::size_t k = nl + 1;
    while (k < t.size() && is_space(t[k])) ++k;
    if (k >= t.size() || t[k] == '\n') return true;  // a blank line follows
    std::size_t b = e;
    while (b > line_begin && (is_closer(t[b - 1]) || static_cast<unsigned char>(t[b - 1]) >= 0x80))
        --b;
    char last = b > line_begin ? t[b - 1] : '\0';
    if (last == '.' || last == '!' || last == '?') return false;  // boundary_after decides
    if (t[line_begin] == '#') return true;
    int words = 0, capitalised = 0;
    for (std::size_t i = line_begin; i < e; ++i) {
        if ((i == line_begin || t[i - 1] == ' ') && std::isalpha(static_cast<unsigned char>(t[i]))) {
            ++words;
            if (std::isupper(static_cast<unsigned char>(t[i]))) ++capitalised;
        }
    }
    return words > 0 && capitalised * 10 >= words * 6 && starts_sentence(t, k);
}

}  // namespace

sentence_span sentence_at(std::string_view t, std::size_t pos) {
    pos = std::min(pos, t.size());
    constexpr std::size_t max_sentence = 4000;  // no boundary in sight: cap the sentence
    std::size_t begin = pos > max_sentence ? pos - max_sentence : 0;
    for (std::size_t i = pos; i > 0 && pos - i < max_sentence; --i) {
        char c = t[i - 1];
        if (c == '\n' && line_break_is_boundary(t, i - 1)) {
            begin = i;
            break;
        }
        if ((c == '.' || c == '!' || c == '?') && i - 1 < pos) {
            std::size_t next = boundary_after(t, i - 1);
            if (next != std::string_view::npos && next <= pos) {
                begin = next;
                break;
            }
        }
    }
    std::size_t end = std::min(t.size(), pos + max_sentence);
    for (std::size_t i = pos; i < end; ++i) {
        char c = t[i];
        if (c == '\n' && line_break_is_boundary(t, i)) {
            end = i;
            break;
        }
        if ((c == '.' || c == '!' || c == '?') && boundary_after(t, i) != std::string_view::npos) {
            end = skip_closers(t, i + 1);
            break;
        }
    }
    while (begin < end && (is_space(t[begin]) || t[begin] == '\n')) ++begin;
    return {begin, end};
}

}  // namespace claimcheck::extract
