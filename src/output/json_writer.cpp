#include "output/json_writer.hpp"

#include <cstdint>
#include <cstring>

#include <cmath>

namespace claimcheck::output {

json_writer& json_writer::value(double v) {
    if (std::isfinite(v) && v == std::floor(v) && std::abs(v) < 1e15)
        return number(static_cast<std::int64_t>(v));
    comma();
    if (!std::isfinite(v)) {
        out_ += "null";
        return *this;
    }
    char buf[32];
    auto r = std::to_chars(buf, buf + sizeof buf, v);  // shortest round-trip form
    out_.append(buf, r.ptr);
    return *this;
}

void json_writer::string_value(std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    out_ += '"';
    std::size_t run = 0;  // start of the current run of bytes that need no escaping
    // Eight bytes at a time: a block without a control character, '"' or '\\' is skipped whole
    // (the tests below tell exactly whether a block holds such a byte, not which one).
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    auto has_zero = [&](std::uint64_t x) { return (x - ones) & ~x & highs; };
    auto has_below_space = [&](std::uint64_t x) { return (x - 0x20 * ones) & ~x & highs; };
    std::size_t const n = s.size();
    std::size_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            std::uint64_t x;
            std::memcpy(&x, s.data() + i, 8);
            if (!(has_below_space(x) | has_zero(x ^ ('"' * ones)) | has_zero(x ^ ('\\' * ones)))) {
                i += 8;
                continue;
            }
        }
        for (std::size_t stop = i + 8 < n ? i + 8 : n; i < stop; ++i) {
            auto c = static_cast<unsigned char>(s[i]);
            if (c >= 0x20 && c != '"' && c != '\\') continue;
            out_.append(s.data() + run, i - run);
            run = i + 1;
            switch (c) {
                case '"': out_ += "\\\""; break;
                case '\\': out_ += "\\\\"; break;
                case '\n': out_ += "\\n"; break;
                case '\r': out_ += "\\r"; break;
                case '\t': out_ += "\\t"; break;
                case '\b': out_ += "\\b"; break;
                case '\f': out_ += "\\f"; break;
                default:
                    out_ += "\\u00";
                    out_ += hex[c >> 4];
                    out_ += hex[c & 15];
            }
        }
    }
    out_.append(s.data() + run, s.size() - run);
    out_ += '"';
}

}  // namespace claimcheck::output
