#include "extract/fold.hpp"

namespace claimcheck::extract {

namespace {

// The fold of one code point, or nullptr to keep its bytes as they are.
char const* fold_code_point(std::uint32_t cp) {
    switch (cp) {
        case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
        case 0xFF07:
            return "'";
        case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB:
        case 0x00BB: case 0xFF02:
            return "\"";
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
        case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
            return "-";
        case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004:
        case 0x2005: case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A:
        case 0x202F: case 0x205F: case 0x3000: case 0x2028: case 0x2029:
            return " ";
        case 0x2026:
            return "...";
        case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
            return "";  // invisible: soft hyphen, zero-width characters
        default:
            return nullptr;
    }
}

// Bytes in the UTF-8 sequence that starts with c (1 for a continuation byte).
std::size_t sequence_length(unsigned char c) { return c < 0xC0 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2; }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

void fold(std::string_view original, std::size_t begin, std::size_t end, folded_text& out) {
    // Folding never lengthens the text (a sequence of n bytes folds to at most n characters:
    // "..." comes from the three bytes of U+2026), so both outputs are sized once and written
    // through pointers, then cut to length.
    out.text.resize(end - begin);
    out.to_original.resize(end - begin + 1);
    char* const text = out.text.data();
    std::uint32_t* const map = out.to_original.data();
    std::size_t n = 0;
    auto emit = [&](char c, std::size_t from) {
        if (c == ' ') {
            if (n == 0 || text[n - 1] == ' ') return;  // collapse runs, no lead
        }
        text[n] = c;
        map[n] = static_cast<std::uint32_t>(from);
        ++n;
    };
    std::size_t i = begin;
    while (i < end) {
        auto c = static_cast<unsigned char>(original[i]);
        if (c < 0x80) {
            char a = is_space(static_cast<char>(c)) ? ' ' : static_cast<char>(c);
            emit(a >= 'A' && a <= 'Z' ? static_cast<char>(a + 32) : a, i);
            ++i;
            continue;
        }
        // decode one UTF-8 sequence (the text was validated at ingest)
        std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (i + len > end) len = end - i;
        std::uint32_t cp = len == 2   ? (c & 0x1Fu)
                           : len == 3 ? (c & 0x0Fu)
                           : len == 4 ? (c & 0x07u)
                                      : c;
        for (std::size_t k = 1; k < len; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(original[i + k]) & 0x3Fu);
        if (char const* f = fold_code_point(cp)) {
            for (char const* p = f; *p; ++p) emit(*p, i);
        } else {
            for (std::size_t k = 0; k < len; ++k) emit(original[i + k], i + k);
        }
        i += len;
    }
    while (n > 0 && text[n - 1] == ' ') --n;
    out.text.resize(n);
    out.to_original.resize(n);
    // the end maps to the end of the last folded character's source
    std::size_t tail = out.text.empty() ? end : out.original_end(original, out.text.size());
    out.to_original.push_back(static_cast<std::uint32_t>(tail));
}

std::size_t folded_text::original_end(std::string_view original_text, std::size_t folded_end) const {
    if (folded_end == 0) return to_original.empty() ? 0 : to_original[0];
    std::size_t o = to_original[folded_end - 1];
    return o + sequence_length(static_cast<unsigned char>(original_text[o]));
}

}  // namespace claimcheck::extract
