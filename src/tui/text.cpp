#include "tui/text.hpp"

namespace claimcheck::tui {

namespace {

// The length of the UTF-8 sequence at s[i] when valid, else 0.
std::size_t sequence_length(std::string_view s, std::size_t i) {
    auto b = static_cast<unsigned char>(s[i]);
    std::size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return 0;
    for (std::size_t k = 1; k < n; ++k)
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
    if (n == 2 && b < 0xC2) return 0;  // overlong
    return n;
}

char const* sgr(style st) {
    switch (st) {
        case style::bold: return "1";
        case style::dim: return "2";
        case style::highlight: return "1;7";
        case style::title: return "7";
        case style::good: return "1;32";
        case style::bad: return "1;31";
        case style::warn: return "1;33";
        default: return nullptr;
    }
}

void append(line& l, std::string_view text, style st) {
    if (text.empty()) return;
    if (!l.empty() && l.back().st == st) l.back().text += text;
    else l.push_back({std::string(text), st});
}

// A word (no spaces) or a run of spaces, in pieces of one style each.
struct token {
    line pieces;
    std::size_t w = 0;
    bool space = false;
};

}  // namespace

std::string sanitize(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        std::size_t n = sequence_length(s, i);
        if (n == 0) {
            out += '?';
            ++i;
            continue;
        }
        auto b = static_cast<unsigned char>(s[i]);
        if (n == 1 && (b < 0x20 || b == 0x7F)) out += ' ';
        else if (n == 2 && b == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0) out += ' ';  // C1 controls
        else out.append(s.substr(i, n));
        i += n;
    }
    return out;
}

std::size_t width(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

std::size_t width(line const& l) {
    std::size_t n = 0;
    for (auto const& s : l) n += width(s.text);
    return n;
}

std::vector<std::string> code_points(std::string_view s) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t n = sequence_length(s, i);
        if (n == 0) n = 1;
        out.emplace_back(s.substr(i, n));
        i += n;
    }
    return out;
}

std::vector<line> wrap(line const& spans, std::size_t w, std::string_view first_indent, std::string_view indent) {
    std::vector<token> tokens;
    for (auto const& sp : spans)
        for (auto const& cp : code_points(sp.text)) {
            bool space = cp == " ";
            if (tokens.empty() || tokens.back().space != space) tokens.push_back({{}, 0, space});
            append(tokens.back().pieces, cp, sp.st);
            ++tokens.back().w;
        }
    std::vector<line> out;
    line cur;
    std::size_t used = 0;
    auto start = [&](std::string_view prefix) {
        cur.clear();
        append(cur, prefix, style::plain);
        used = width(prefix);
    };
    auto newline = [&] {
        while (!cur.empty() && cur.back().text.ends_with(' ') && used > width(indent)) {
            cur.back().text.pop_back();
            --used;
            if (cur.back().text.empty()) cur.pop_back();
        }
        out.push_back(cur);
        start(indent);
    };
    start(first_indent);
    std::size_t room_min = width(indent) + 1;
    if (w < room_min) w = room_min;
    for (auto const& t : tokens) {
        if (t.space) {
            if (used + t.w <= w) {
                for (auto const& p : t.pieces) append(cur, p.text, p.st);
                used += t.w;
            } else {
                newline();
            }
            continue;
        }
        if (used + t.w > w && used > width(indent) && t.w <= w - width(indent)) newline();
        for (auto const& p : t.pieces)
            for (auto const& cp : code_points(p.text)) {
                if (used + 1 > w) newline();
                append(cur, cp, p.st);
                ++used;
            }
    }
    out.push_back(cur);
    return out;
}

line cut(line const& l, std::size_t w) {
    if (width(l) <= w) return l;
    line out;
    std::size_t used = 0;
    for (auto const& s : l) {
        for (auto const& cp : code_points(s.text)) {
            if (used + 1 >= w) {
                if (w > 0) append(out, ">", style::dim);
                return out;
            }
            append(out, cp, s.st);
            ++used;
        }
    }
    return out;
}

std::string render(line const& l, std::size_t w, bool color) {
    std::string out;
    for (auto const& s : cut(l, w)) {
        char const* code = color ? sgr(s.st) : nullptr;
        if (code) out += std::string("\033[") + code + "m";
        out += s.text;
        if (code) out += "\033[0m";
    }
    return out;
}

}  // namespace claimcheck::tui
