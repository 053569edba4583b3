#include "ruletest/diff.hpp"

#include <algorithm>

namespace claimcheck::ruletest {

std::vector<std::string> split_lines(std::string_view text) {
    std::vector<std::string> lines;
    while (!text.empty()) {
        auto nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.emplace_back(line);
        if (nl == std::string_view::npos) break;
        text.remove_prefix(nl + 1);
    }
    return lines;
}

namespace {

enum class op { same, del, add };
struct edit {
    op what;
    std::size_t a, b;  // line indexes in from / to (a for same and del, b for same and add)
};

// The edit script by longest common subsequence (fixture outputs are small: a quadratic table is
// fine; past a size limit everything is one replacement).
std::vector<edit> edits(std::vector<std::string> const& x, std::vector<std::string> const& y) {
    std::size_t n = x.size(), m = y.size();
    std::vector<edit> out;
    if (n * m > 25'000'000) {
        for (std::size_t i = 0; i < n; ++i) out.push_back({op::del, i, 0});
        for (std::size_t j = 0; j < m; ++j) out.push_back({op::add, n, j});
        return out;
    }
    std::vector<std::uint32_t> t((n + 1) * (m + 1), 0);
    auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return t[i * (m + 1) + j]; };
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            at(i, j) = x[i] == y[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && x[i] == y[j]) {
            out.push_back({op::same, i++, j++});
        } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
            out.push_back({op::add, i, j++});
        } else {
            out.push_back({op::del, i++, j});
        }
    }
    return out;
}

}  // namespace

std::string unified_diff(std::vector<std::string> const& from, std::vector<std::string> const& to,
                         std::string const& from_name, std::string const& to_name, std::size_t context) {
    auto e = edits(from, to);
    std::string out;
    std::size_t k = 0;
    while (k < e.size()) {
        // the next change
        while (k < e.size() && e[k].what == op::same) ++k;
        if (k == e.size()) break;
        std::size_t start = k >= context ? k - context : 0;
        // extend the hunk while changes are within 2 * context of each other
        std::size_t end = k;
        while (true) {
            while (end < e.size() && e[end].what != op::same) ++end;
            std::size_t next = end;
            while (next < e.size() && e[next].what == op::same) ++next;
            if (next < e.size() && next - end <= 2 * context) {
                end = next;
                continue;
            }
            end = std::min(e.size(), end + context);
            break;
        }
        std::size_t a0 = 0, b0 = 0, a_len = 0, b_len = 0;
        bool first = true;
        std::string body;
        for (std::size_t i = start; i < end; ++i) {
            auto const& d = e[i];
            if (first) {
                a0 = d.a;
                b0 = d.b;
                first = false;
            }
            switch (d.what) {
            case op::same: body += " " + from[d.a] + "\n"; ++a_len; ++b_len; break;
            case op::del: body += "-" + from[d.a] + "\n"; ++a_len; break;
            case op::add: body += "+" + to[d.b] + "\n"; ++b_len; break;
            }
        }
        if (out.empty()) out = "--- " + from_name + "\n+++ " + to_name + "\n";
        out += "@@ -" + std::to_string(a_len ? a0 + 1 : a0) + "," + std::to_string(a_len) + " +" +
               std::to_string(b_len ? b0 + 1 : b0) + "," + std::to_string(b_len) + " @@\n" + body;
        k = end;
    }
    return out;
}

}  // namespace claimcheck::ruletest
