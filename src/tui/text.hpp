// Styled text for the terminal session: untrusted text made safe to print, measured in columns,
// word-wrapped to a width, and rendered with ANSI SGR codes.
//
// Widths are counted in code points (one column each); text from articles is sanitized first, so
// no escape sequence, control character or invalid UTF-8 from a corpus ever reaches the terminal.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::tui {

enum class style : std::uint8_t { plain, bold, dim, highlight, title, good, bad, warn };

struct span {
    std::string text;
    style st = style::plain;
};
using line = std::vector<span>;

// Control characters (C0, DEL, C1) become spaces, invalid UTF-8 bytes '?'.
std::string sanitize(std::string_view s);
// Columns: code points.
std::size_t width(std::string_view s);
std::size_t width(line const& l);

// Word-wraps the spans to `width` columns: breaks at spaces, splits words longer than a line,
// drops the spaces at the breaks. Every line starts with `indent` (plain) but the first, which
// starts with `first_indent`. An empty input gives one empty line (with its indent).
std::vector<line> wrap(line const& spans, std::size_t width, std::string_view first_indent = "",
                       std::string_view indent = "");

// At most `width` columns of l; when cut, the last column is '>' .
line cut(line const& l, std::size_t width);

// l with ANSI SGR codes (styles on only when `color`), never more than `width` columns.
std::string render(line const& l, std::size_t width, bool color = true);

// The code points of s (for the line editor).
std::vector<std::string> code_points(std::string_view s);

}  // namespace claimcheck::tui
