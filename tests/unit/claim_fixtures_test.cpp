// Annotated fixture articles (tests/fixtures/claims/*.md), in clang-tidy's style: under a
// sentence line, HTML comments state the claims that line must yield.
//
//   The party celebrated its 80th anniversary on Oct. 10.
//   <!-- CHECK: kind=anniversary ordinal=80 implies-within=1945 -->
//   <!-- CHECK: kind=dated_event text="on Oct. 10" time=2025-10-10 -->
//   Firstly, the minister thanked the hosts.
//   <!-- CHECK-NONE -->
//
// An annotated line must yield exactly its CHECKs (one claim per CHECK, nothing else); lines
// without annotations are not checked. Keys: kind, text, event~ (substring), ordinal, amount,
// unit, modifier, time, implies-within, implies-contains, form, anchor (sentence|article|previous);
// dates are YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO.
#include "extract/extractor.hpp"
#include "ingest/article.hpp"
#include "output/claims_json.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

namespace {

namespace fs = std::filesystem;
using namespace claimcheck;

struct check {
    std::size_t annotation_line = 0;
    std::map<std::string, std::string> keys;
};

struct expectations {
    std::map<std::size_t, std::vector<check>> checks;  // text line -> CHECKs
    std::map<std::size_t, std::size_t> none;           // text line -> annotation line
};

// Parses `key=value` pairs; values may be double-quoted.
std::map<std::string, std::string> parse_keys(std::string const& s) {
    std::map<std::string, std::string> keys;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] == ' ') ++i;
        std::size_t eq = s.find('=', i);
        if (eq == std::string::npos) break;
        std::string key = s.substr(i, eq - i);
        std::string value;
        i = eq + 1;
        if (i < s.size() && s[i] == '"') {
            std::size_t close = s.find('"', i + 1);
            value = s.substr(i + 1, close - i - 1);
            i = close == std::string::npos ? s.size() : close + 1;
        } else {
            std::size_t sp = s.find(' ', i);
            value = s.substr(i, sp == std::string::npos ? std::string::npos : sp - i);
            i = sp == std::string::npos ? s.size() : sp;
        }
        keys[key] = value;
    }
    return keys;
}

expectations read_expectations(fs::path const& file) {
    expectations e;
    std::ifstream in(file);
    std::string line;
    std::size_t number = 0, last_text = 0;
    static std::regex const annotation(R"(^\s*<!--\s*(CHECK-NONE|CHECK:)(.*?)-->\s*$)");
    while (std::getline(in, line)) {
        ++number;
        std::smatch m;
        if (std::regex_match(line, m, annotation)) {
            if (m[1] == "CHECK-NONE")
                e.none[last_text] = number;
            else
                e.checks[last_text].push_back({number, parse_keys(m[2])});
        } else if (line.find_first_not_of(" \t\r") != std::string::npos) {
            last_text = number;
        }
    }
    return e;
}

// "1945" -> the year, "1945-10" -> the month, "1945-10-10" -> the day, "A..B" -> from A to B.
std::optional<interval> parse_period(std::string const& s) {
    auto dots = s.find("..");
    if (dots != std::string::npos) {
        auto a = parse_period(s.substr(0, dots)), b = parse_period(s.substr(dots + 2));
        if (!a || !b) return std::nullopt;
        return interval{a->from, b->to};
    }
    if (s.size() == 4) return year_interval(std::stoi(s));
    if (s.size() == 7) return month_interval(std::stoi(s.substr(0, 4)), static_cast<unsigned>(std::stoi(s.substr(5, 2))));
    if (auto d = parse_iso(s)) return day_interval(*d);
    return std::nullopt;
}

std::string show(std::optional<interval> const& iv) {
    if (!iv) return "none";
    auto j = output::interval_json(iv);
    return j["from"].dump() + ".." + j["to"].dump();
}

// Why claim `c` does not satisfy `k`, or "" when it does.
std::string mismatch(check const& k, extract::claim const& c) {
    std::ostringstream why;
    for (auto const& [key, value] : k.keys) {
        if (key == "kind") {
            if (value != extract::to_string(c.kind)) why << "kind " << extract::to_string(c.kind) << "; ";
        } else if (key == "text") {
            if (value != c.text) why << "text \"" << c.text << "\"; ";
        } else if (key == "event~") {
            auto lower = [](std::string s) {
                for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
                return s;
            };
            if (lower(c.event).find(lower(value)) == std::string::npos) why << "event \"" << c.event << "\"; ";
        } else if (key == "ordinal") {
            if (!c.ordinal || std::to_string(*c.ordinal) != value) why << "ordinal " << (c.ordinal ? std::to_string(*c.ordinal) : "none") << "; ";
        } else if (key == "amount") {
            if (!c.duration || std::abs(c.duration->amount - std::stod(value)) > 1e-9) why << "amount " << (c.duration ? std::to_string(c.duration->amount) : "none") << "; ";
        } else if (key == "unit") {
            if (!c.duration || c.duration->unit != value) why << "unit " << (c.duration ? c.duration->unit : "none") << "; ";
        } else if (key == "modifier") {
            if (!c.duration || c.duration->modifier != value) why << "modifier " << (c.duration ? c.duration->modifier : "none") << "; ";
        } else if (key == "time") {
            auto p = parse_period(value);
            std::optional<interval> got = c.time ? c.time->iv : std::nullopt;
            if (!p || got != p) why << "time " << show(got) << "; ";
        } else if (key == "implies-within") {
            auto p = parse_period(value);
            if (!p || !c.implies || c.implies->from < p->from || c.implies->to > p->to) why << "implies " << show(c.implies) << "; ";
        } else if (key == "implies-contains") {
            auto p = parse_period(value);
            if (!p || !c.implies || !c.implies->overlaps(*p)) why << "implies " << show(c.implies) << "; ";
        } else if (key == "form") {
            if (c.form != value) why << "form " << (c.form.empty() ? "none" : c.form) << "; ";
        } else if (key == "anchor") {
            std::string got = c.anchor.source == "article_date" ? "article"
                              : c.anchor.source == "previous_mention" ? "previous" : c.anchor.source;
            if (got != value) why << "anchor " << got << "; ";
        } else {
            why << "unknown key '" << key << "'; ";
        }
    }
    return why.str();
}

class claim_fixture : public ::testing::TestWithParam<fs::path> {};

TEST_P(claim_fixture, yields_the_annotated_claims) {
    fs::path const file = GetParam();
    expectations const expected = read_expectations(file);
    ASSERT_FALSE(expected.checks.empty() && expected.none.empty()) << file << " has no annotations";

    std::vector<ingest::article> articles;
    std::vector<std::string> errors;
    ingest::read_corpus({file.string()}, {}, [&](ingest::article&& a) { articles.push_back(std::move(a)); },
                        [&](ingest::ingest_error const& e) { errors.push_back(e.message); });
    ASSERT_TRUE(errors.empty()) << errors.front();
    ASSERT_EQ(articles.size(), 1u);
    auto const& a = articles.front();

    extract::extractor ex(extract::load_tolerances(CLAIMCHECK_SOURCE_DIR "/rules/tolerances.yaml"));
    std::vector<extract::claim> claims;
    ex.extract(a.text, a.date, claims);
    std::map<std::size_t, std::vector<extract::claim const*>> by_line;
    for (auto const& c : claims) by_line[a.line + c.line - 1].push_back(&c);

    auto describe = [](std::vector<extract::claim const*> const& cs, ingest::article const& art) {
        std::string s;
        for (auto const* c : cs) s += "\n    got: " + output::claim_json(art, *c);
        return s.empty() ? std::string("\n    got: nothing") : s;
    };
    for (auto const& [line, annotation] : expected.none) {
        auto it = by_line.find(line);
        EXPECT_TRUE(it == by_line.end()) << file.filename().string() << ":" << line
                                         << ": expected no claim" << describe(it->second, a);
    }
    for (auto const& [line, checks] : expected.checks) {
        std::vector<extract::claim const*> got = by_line.count(line) ? by_line.at(line) : std::vector<extract::claim const*>{};
        std::vector<bool> used(got.size(), false);
        for (auto const& k : checks) {
            std::string reasons;
            bool found = false;
            for (std::size_t i = 0; i < got.size() && !found; ++i) {
                if (used[i]) continue;
                std::string why = mismatch(k, *got[i]);
                if (why.empty()) {
                    used[i] = found = true;
                } else {
                    reasons += "\n    not " + got[i]->text + ": " + why;
                }
            }
            std::string keys;
            for (auto const& [key, value] : k.keys) keys += key + "=" + value + " ";
            EXPECT_TRUE(found) << file.filename().string() << ":" << k.annotation_line
                               << ": no claim on line " << line << " matches CHECK " << keys << reasons
                               << describe(got, a);
        }
        for (std::size_t i = 0; i < got.size(); ++i)
            EXPECT_TRUE(used[i]) << file.filename().string() << ":" << line
                                 << ": unexpected claim " << output::claim_json(a, *got[i]);
    }
}

std::vector<fs::path> fixture_files() {
    std::vector<fs::path> files;
    fs::path dir = fs::path(CLAIMCHECK_SOURCE_DIR) / "tests/fixtures/claims";
    if (fs::exists(dir))
        for (auto const& e : fs::directory_iterator(dir))
            if (e.path().extension() == ".md") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

std::string fixture_name(::testing::TestParamInfo<fs::path> const& info) {
    std::string n = info.param.stem().string();
    for (auto& c : n)
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    return n;
}

INSTANTIATE_TEST_SUITE_P(fixtures, claim_fixture, ::testing::ValuesIn(fixture_files()), fixture_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(claim_fixture);

}  // namespace
