// Metadata values shared by front matter, manifests and JSONL: dates and YAML values as text.
#include "ingest/internal.hpp"

#include <algorithm>

namespace claimcheck::ingest::detail {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Consumes `count` digits at text[pos].
bool digits(std::string_view text, std::size_t& pos, std::size_t count) {
    for (std::size_t end = pos + count; pos < end; ++pos)
        if (pos >= text.size() || !is_digit(text[pos])) return false;
    return true;
}

// The time part of a YAML timestamp or ISO 8601 date-time, after the 'T' or the spaces:
// H[H]:MM[:SS[.fraction]], then optionally spaces and Z or a +/-H[H][[:]MM] zone.
bool is_time_of_day(std::string_view t) {
    std::size_t pos = 0;
    if (!digits(t, pos, 1)) return false;
    if (pos < t.size() && is_digit(t[pos])) ++pos;
    if (pos >= t.size() || t[pos++] != ':' || !digits(t, pos, 2)) return false;
    if (pos < t.size() && t[pos] == ':') {
        ++pos;
        if (!digits(t, pos, 2)) return false;
        if (pos < t.size() && t[pos] == '.') {
            ++pos;
            if (!digits(t, pos, 1)) return false;
            while (pos < t.size() && is_digit(t[pos])) ++pos;
        }
    }
    while (pos < t.size() && (t[pos] == ' ' || t[pos] == '\t')) ++pos;
    if (pos == t.size()) return true;
    if (t[pos] == 'Z' || t[pos] == 'z') return pos + 1 == t.size();
    if (t[pos] != '+' && t[pos] != '-') return false;
    ++pos;
    if (!digits(t, pos, 1)) return false;
    if (pos < t.size() && is_digit(t[pos])) ++pos;
    if (pos == t.size()) return true;
    if (t[pos] == ':') ++pos;
    return digits(t, pos, 2) && pos == t.size();
}

// YYYY-MM-DD by shape only, so that "2023-02-30" is told apart from "next week".
bool has_iso_shape(std::string_view t) {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!is_digit(t[i])) return false;
    return true;
}

}  // namespace

std::variant<day_number, std::string> parse_date(std::string_view text) {
    std::string_view day = text;
    if (text.size() > 10 && (text[10] == 'T' || text[10] == 't' || text[10] == ' ' ||
                             text[10] == '\t')) {
        std::string_view time = text.substr(11);
        time.remove_prefix(std::min(time.find_first_not_of(" \t"), time.size()));
        if (is_time_of_day(time)) day = text.substr(0, 10);
    }
    if (auto d = parse_iso(day)) return *d;
    std::string const quoted = "unknown date '" + std::string(text) + "'";
    if (has_iso_shape(day)) return quoted + " (no such day)";
    return quoted + " (expected YYYY-MM-DD)";
}

std::string yaml_text(YAML::Node const& node) {
    if (!node.IsDefined() || node.IsNull()) return {};
    if (node.IsScalar()) return node.Scalar();
    YAML::Emitter out;
    out.SetSeqFormat(YAML::Flow);
    out.SetMapFormat(YAML::Flow);
    out << node;
    return out.c_str();
}

std::size_t file_line(YAML::Mark const& mark, std::size_t first_line) {
    return mark.is_null() ? first_line : first_line + static_cast<std::size_t>(mark.line);
}

}  // namespace claimcheck::ingest::detail
