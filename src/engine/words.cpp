#include "engine/words.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimcheck::engine {

namespace {

// The ASCII stand-in for a UTF-8 punctuation sequence at text[i], or 0 if it is not one we fold.
// Sets `length` to the sequence's byte count.
char fold_punctuation(std::string_view text, std::size_t i, std::size_t& length) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    if (byte(i) == 0xE2 && i + 2 < text.size() && byte(i + 1) == 0x80) {
        length = 3;
        unsigned char c = byte(i + 2);
        if (c == 0x98 || c == 0x99 || c == 0x9B) return '\'';   // ‘ ’ ‛
        if (c == 0x9C || c == 0x9D) return '"';                   // “ ”
        if (c >= 0x90 && c <= 0x95) return '-';                   // hyphens and dashes
        if (c == 0xAF || (c >= 0x80 && c <= 0x8A)) return ' ';   // Unicode spaces
        return 0;
    }
    if (byte(i) == 0xC2 && i + 1 < text.size() && byte(i + 1) == 0xA0) {
        length = 2;
        return ' ';
    }
    return 0;
}

bool is_word_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' || c == '.' || c >= 0x80;
}

// ASCII bytes as they go into a word: letters lower-cased, digits, apostrophe and period kept;
// 0 for a byte that ends the word. One table lookup a byte on the hot path (most text is ASCII).
struct ascii_tables {
    std::array<char, 128> fold{};
    std::array<bool, 128> starts{};  // a letter or digit
    std::array<bool, 256> skip_lower{};  // the bytes of a lower-case word that is skipped unread
    ascii_tables() {
        for (int c = 0; c < 128; ++c) {
            bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z', digit = c >= '0' && c <= '9';
            if (lower || digit || c == '\'' || c == '.') fold[c] = static_cast<char>(c);
            if (upper) fold[c] = static_cast<char>(c - 'A' + 'a');
            starts[c] = lower || upper || digit;
            skip_lower[c] = lower || digit || c == '\'';
        }
    }
};
ascii_tables const ascii;

// The first offset in [i, limit) of a byte that is A-Z or not ASCII, else limit. Sixteen bytes a
// step where SSE2 is there (every x86-64), which is most of the work of reading names outside
// the claims' sentences.
std::size_t next_capital_or_non_ascii(unsigned char const* p, std::size_t i, std::size_t limit) {
#if defined(__SSE2__)
    __m128i const a = _mm_set1_epi8('A');
    __m128i const span = _mm_set1_epi8('Z' - 'A');
    while (i + 16 <= limit) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p + i));
        __m128i t = _mm_sub_epi8(v, a);
        __m128i upper = _mm_cmpeq_epi8(_mm_min_epu8(t, span), t);  // t <= 25, unsigned
        auto mask = static_cast<unsigned>(_mm_movemask_epi8(upper) | _mm_movemask_epi8(v));
        if (mask) return i + static_cast<std::size_t>(__builtin_ctz(mask));
        i += 16;
    }
#endif
    while (i < limit && !(p[i] >= 0x80 || (p[i] >= 'A' && p[i] <= 'Z'))) ++i;
    return i;
}

}  // namespace

// Reads the word that starts at text[i] (a letter or digit), appends it to the buffer and the
// list, and returns the offset just past it. Folding never lengthens the text and the buffer is
// sized for the whole text before splitting, so views into it stay valid.
std::size_t words::read_word(std::string_view text, std::size_t i, std::uint32_t base) {
    std::size_t const word_start = used_;
    auto const word_origin = static_cast<std::uint32_t>(i);
    char* out = buffer.data() + used_;
    std::size_t const n = text.size();
    while (i < n) {
        auto u = static_cast<unsigned char>(text[i]);
        if (u < 0x80) {
            char c = ascii.fold[u];
            if (!c) break;
            *out++ = c;
            ++i;
            continue;
        }
        std::size_t length = 1;
        char c = text[i];
        if (char f = fold_punctuation(text, i, length)) c = f;
        else while (i + length < n && (static_cast<unsigned char>(text[i + length]) & 0xC0) == 0x80) ++length;
        if (!is_word_byte(static_cast<unsigned char>(c))) break;
        if (static_cast<unsigned char>(c) >= 0x80) {
            std::memcpy(out, text.data() + i, length);
            out += length;
        } else {
            *out++ = c;
        }
        i += length;
    }
    used_ = static_cast<std::size_t>(out - buffer.data());
    // Trailing periods and apostrophes, then a possessive 's, are dropped; the original end steps
    // back over them (an apostrophe may have been a 3-byte typographic one).
    std::size_t end = used_, text_end = i;
    auto step_back = [&] {
        --end;
        text_end -= static_cast<unsigned char>(text[text_end - 1]) < 0x80 ? 1 : 3;
    };
    for (;;) {
        if (end > word_start && (buffer[end - 1] == '.' || buffer[end - 1] == '\'')) {
            step_back();
        } else if (end >= word_start + 3 && buffer[end - 1] == 's' && buffer[end - 2] == '\'') {
            step_back();
            step_back();
        } else {
            break;
        }
    }
    if (end > word_start)
        list.push_back({std::string_view(buffer).substr(word_start, end - word_start), base + word_origin,
                        base + static_cast<std::uint32_t>(text_end)});
    return i;
}

namespace {

// Where the next word starts at or after i (text.size() if none): a letter or digit, after any
// separators. Sets `length` to the first character's byte count.
bool starts_word(std::string_view text, std::size_t i) {
    auto u = static_cast<unsigned char>(text[i]);
    if (u < 0x80) return ascii.starts[u];
    std::size_t length = 1;
    return fold_punctuation(text, i, length) == 0 && u >= 0xC0;
}

}  // namespace

void words::split(std::string_view text, std::uint32_t base) {
    split(text, base, {{0, text.size()}}, 0);
}

void words::split(std::string_view text, std::uint32_t base,
                  std::vector<std::pair<std::size_t, std::size_t>> const& dense, std::size_t run, bool names_outside) {
    list.clear();
    used_ = 0;
    if (buffer.size() < text.size()) buffer.resize(text.size());
    std::size_t next_dense = 0;  // the first dense range not yet passed
    std::size_t i = 0;
    if (!names_outside) {
        // only the dense ranges, one after the other
        for (auto const& [from, to] : dense) {
            i = std::max(i, from);
            std::size_t end = std::min(to, text.size());
            while (i < end) {
                if (starts_word(text, i)) {
                    i = read_word(text, i, base);
                    continue;
                }
                std::size_t length = 1;
                if (static_cast<unsigned char>(text[i]) >= 0x80 && !fold_punctuation(text, i, length))
                    while (i + length < text.size() && (static_cast<unsigned char>(text[i + length]) & 0xC0) == 0x80)
                        ++length;
                i += length;
            }
        }
        return;
    }
    std::size_t run_left = 0;    // words still to read after a capitalised word
    std::size_t the_at = std::string::npos;  // a skipped "the" right before the current position
    std::size_t const n = text.size();
    auto const* p = reinterpret_cast<unsigned char const*>(text.data());
    while (i < n) {
        auto const u = p[i];
        if (u < 0x80) {
            if (!ascii.starts[u]) {  // spaces and ASCII punctuation: the common case between words
                ++i;
                continue;
            }
        } else if (!starts_word(text, i)) {
            std::size_t length = 1;
            if (!fold_punctuation(text, i, length))
                while (i + length < n && (p[i + length] & 0xC0) == 0x80) ++length;
            i += length;
            continue;
        }
        while (next_dense < dense.size() && dense[next_dense].second <= i) ++next_dense;
        bool const in_dense = next_dense < dense.size() && dense[next_dense].first <= i;
        bool const capital = (u >= 'A' && u <= 'Z') || u >= 0xC0;
        if (!in_dense && run_left == 0 && !capital) {
            // Lower-case text outside the claims' sentences: jump to the next place that can
            // matter (a capital, a non-ASCII byte, the next dense range), remembering only
            // whether the last word skipped was "the".
            std::size_t limit = next_dense < dense.size() ? std::min(n, dense[next_dense].first) : n;
            std::size_t q = next_capital_or_non_ascii(p, i, limit);
            std::size_t w = q;  // the start of the last word before q
            while (w > i && !ascii.skip_lower[p[w - 1]]) --w;
            std::size_t word_end = w;
            while (w > i && ascii.skip_lower[p[w - 1]]) --w;
            if (word_end > w) the_at = (word_end - w == 3 && text.compare(w, 3, "the") == 0) ? w : std::string::npos;
            i = q;
            continue;
        }
        if (in_dense || run_left > 0 || capital) {
            // "the North": a "the" right before a name is part of it
            if (!in_dense && capital && the_at != std::string::npos) read_word(text, the_at, base);
            std::size_t end = read_word(text, i, base);
            if (capital) run_left = run;
            else if (run_left > 0) --run_left;
            the_at = std::string::npos;
            i = end;
            continue;
        }
        // a lower-case word outside the dense ranges: skipped, except to remember a "the"
        std::size_t j = i;
        while (j < n && ascii.skip_lower[p[j]]) ++j;
        the_at = (j - i == 3 && text.compare(i, 3, "the") == 0) ? i : std::string::npos;
        i = j > i ? j : i + 1;
    }
}

std::size_t words::at_or_after(std::uint32_t offset) const {
    auto it = std::lower_bound(list.begin(), list.end(), offset,
                               [](word const& w, std::uint32_t off) { return w.end <= off; });
    return static_cast<std::size_t>(it - list.begin());
}

std::vector<std::string> phrase_words(std::string_view phrase) {
    words w;
    w.split(phrase);
    std::vector<std::string> out;
    out.reserve(w.list.size());
    for (auto const& x : w.list) out.emplace_back(x.text);
    return out;
}

}  // namespace claimcheck::engine
