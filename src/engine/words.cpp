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
    // One pass: fold each byte (or punctuation sequence) and cut words as they end. The buffer
    // never reallocates (folding never lengthens the text), so the views stay valid.
    buffer.clear();
    list.clear();
    buffer.reserve(text.size());
    std::size_t word_start = std::string::npos;  // in buffer
    std::uint32_t word_origin = 0;                // in text
    auto close = [&](std::size_t text_end) {
        if (word_start == std::string::npos) return;
        std::size_t end = buffer.size();
        // Trailing periods and apostrophes, then a possessive 's, are dropped; the original end
        // steps back over them (an apostrophe may have been a 3-byte typographic one).
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
        word_start = std::string::npos;
    };
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = 1;
        char c = text[i];
        auto u = static_cast<unsigned char>(c);
        if (u >= 0x80) {
            if (char f = fold_punctuation(text, i, length)) c = f;
            else while (i + length < text.size() && (static_cast<unsigned char>(text[i + length]) & 0xC0) == 0x80) ++length;
        } else if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
        if (!is_word_byte(static_cast<unsigned char>(c))) {
            close(i);
            i += length;
            continue;
        }
        if (word_start == std::string::npos) {
            if (c == '\'' || c == '.') {  // words start with a letter or digit
                i += length;
                continue;
            }
            word_start = buffer.size();
            word_origin = static_cast<std::uint32_t>(i);
        }
        if (static_cast<unsigned char>(c) >= 0x80) buffer.append(text.substr(i, length));
        else buffer.push_back(c);
        i += length;
    }
    close(text.size());
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
