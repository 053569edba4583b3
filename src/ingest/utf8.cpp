#include "ingest/article.hpp"

#include <simdjson.h>

namespace claimcheck::ingest {

namespace {

// The first byte of the first ill-formed sequence (Unicode table 3-7: no overlong forms, no
// surrogates, nothing above U+10FFFF). Only run once the fast check has failed.
std::optional<std::size_t> scan_for_invalid_utf8(std::string_view text) {
    auto const* s = reinterpret_cast<unsigned char const*>(text.data());
    std::size_t const n = text.size();
    std::size_t i = 0;
    while (i < n) {
        unsigned char const c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c == 0xE0) {
            length = 3, low = 0xA0;
        } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
            length = 3;
        } else if (c == 0xED) {
            length = 3, high = 0x9F;
        } else if (c == 0xF0) {
            length = 4, low = 0x90;
        } else if (c >= 0xF1 && c <= 0xF3) {
            length = 4;
        } else if (c == 0xF4) {
            length = 4, high = 0x8F;
        } else {
            return i;
        }
        if (i + length > n || s[i + 1] < low || s[i + 1] > high) return i;
        for (std::size_t k = 2; k < length; ++k)
            if ((s[i + k] & 0xC0) != 0x80) return i;
        i += length;
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
    if (simdjson::validate_utf8(text.data(), text.size())) return std::nullopt;
    return scan_for_invalid_utf8(text);
}

}  // namespace claimcheck::ingest
