#include "engine/words.hpp"

#include <algorithm>

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

}  // namespace

void words::split(std::string_view text, std::uint32_t base) {
    buffer.clear();
    list.clear();
    buffer.reserve(text.size());
    // First pass: the folded text, with the original offset of each folded byte.
    std::vector<std::uint32_t> origin;
    origin.reserve(text.size() + 1);
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = 1;
        char c = text[i];
        auto u = static_cast<unsigned char>(c);
        if (u >= 0x80) {
            if (char f = fold_punctuation(text, i, length)) c = f;
        } else if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
        buffer.push_back(c);
        origin.push_back(static_cast<std::uint32_t>(i));
        i += length;
        if (static_cast<unsigned char>(c) >= 0x80) {
            // copy the rest of a non-punctuation multi-byte character as word bytes
            while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) {
                buffer.push_back(text[i]);
                origin.push_back(static_cast<std::uint32_t>(i));
                ++i;
            }
        }
    }
    origin.push_back(static_cast<std::uint32_t>(text.size()));
    // Second pass: words.
    std::size_t i = 0;
    std::string_view b = buffer;
    while (i < b.size()) {
        if (!is_word_byte(static_cast<unsigned char>(b[i])) || b[i] == '\'' || b[i] == '.') {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < b.size() && is_word_byte(static_cast<unsigned char>(b[j]))) ++j;
        std::size_t end = j;
        // trailing periods and apostrophes, then a possessive 's
        for (;;) {
            if (end > i && (b[end - 1] == '.' || b[end - 1] == '\'')) {
                --end;
            } else if (end >= i + 3 && b[end - 1] == 's' && b[end - 2] == '\'') {
                end -= 2;
            } else {
                break;
            }
        }
        if (end > i)
            list.push_back({b.substr(i, end - i), base + origin[i], base + origin[end]});
        i = j;
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
