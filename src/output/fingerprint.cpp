#include "output/fingerprint.hpp"

#include "engine/corrections.hpp"

#include <algorithm>
#include <charconv>
#include <map>

namespace claimcheck::output {

namespace {

// FNV-1a, 128 bits: enough that distinct findings do not collide in any corpus.
std::string fnv128_hex(std::string_view s) {
    using u128 = unsigned __int128;
    u128 const prime = (u128(1) << 88) + 0x13b;
    u128 h = (u128(0x6c62272e07bb0142ULL) << 64) | 0x62b821756295c58dULL;
    for (unsigned char c : s) {
        h ^= c;
        h *= prime;
    }
    static constexpr char hex[] = "0123456789abcdef";
    std::string out(32, '0');
    for (int i = 31; i >= 0; --i) {
        out[static_cast<std::size_t>(i)] = hex[static_cast<unsigned>(h & 15)];
        h >>= 4;
    }
    return out;
}

std::string interval_text(std::optional<interval> const& iv) {
    if (!iv) return "-";
    return (iv->bounded_below() ? format_iso(iv->from) : std::string("..")) + "/" +
           (iv->bounded_above() ? format_iso(iv->to) : std::string(".."));
}

// One claim as a line: fields separated by a unit separator (never in the text).
std::string claim_material(engine::claim_record const& c, std::vector<engine::article_record> const& articles) {
    auto const& a = articles[c.article];
    std::string s = a.id;
    s += '\x1f';
    s += a.fact ? std::string_view("fact") : extract::to_string(c.kind);
    s += '\x1f';
    s += engine::to_string(c.role);
    s += '\x1f';
    s += engine::normalize_claim_text(c.text);
    s += '\x1f';
    if (c.ordinal) s += std::to_string(*c.ordinal);
    s += '\x1f';
    if (c.duration) {
        char buf[32];
        auto r = std::to_chars(buf, buf + sizeof buf, c.duration->amount);
        s.append(buf, r.ptr);
        s += ' ' + c.duration->unit + ' ' + c.duration->modifier;
    }
    s += '\x1f';
    s += interval_text(c.implied);
    return s;
}

}  // namespace

std::string stable_hash(std::string_view text) { return fnv128_hex(text); }

std::string fingerprint_material(engine::finding const& f, std::vector<engine::article_record> const& articles,
                                 std::vector<engine::claim_record> const& claims) {
    std::string s(fingerprint_scheme);
    s += '\n';
    s += f.rule + '\n';
    s += std::string(engine::to_string(f.kind)) + '\n';
    s += f.event + '\n';
    if (f.claims.empty()) return s;
    s += claim_material(claims[f.claims.front()], articles) + '\n';
    std::vector<std::string> evidence;
    for (std::size_t i = 1; i < f.claims.size(); ++i) evidence.push_back(claim_material(claims[f.claims[i]], articles));
    std::sort(evidence.begin(), evidence.end());
    for (auto const& e : evidence) s += e + '\n';
    return s;
}

std::vector<std::string> fingerprints(engine::check_result const& result,
                                      std::vector<engine::article_record> const& articles,
                                      std::vector<engine::claim_record> const& claims) {
    std::vector<std::string> out;
    out.reserve(result.findings.size());
    std::map<std::string, unsigned> seen;
    for (auto const& f : result.findings) {
        std::string h = fnv128_hex(fingerprint_material(f, articles, claims));
        unsigned n = ++seen[h];
        if (n > 1) h += "-" + std::to_string(n);
        out.push_back(std::move(h));
    }
    return out;
}

}  // namespace claimcheck::output
