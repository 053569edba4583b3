// FINDING annotations: the findings an annotated article must produce, written clang-tidy style
// on the line after the claim:
//
//   Pyongyang marked the 80th anniversary of the founding of the Workers' Party of Korea ...
//   <!-- FINDING: corroboration event-date founding(Workers' Party of Korea) -->
//
// reads "some finding of that kind, rule and event has a claim on the last line above that is not
// an HTML comment". The event may be left out (any event). Conversely, every conflict,
// corroboration and compatible finding must be annotated on a line of one of its claims; the
// informational kinds (unverifiable, unresolved) are checked only where annotated.
//
// Shared by `claimcheck test` (src/cli/test_command.cpp) and the fixture tests
// (tests/unit/check_fixtures_test.cpp).
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstddef>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace claimcheck::ruletest {

struct annotation {
    std::string file;            // the article's file name (no folder)
    std::size_t line = 0;        // the claim's line: the last non-comment line above
    std::size_t written_at = 0;  // the annotation's own line
    std::string kind, rule, event;
};

// A broken fixture: path:line and what is wrong.
struct fixture_error {
    std::string path;
    std::size_t line = 0;
    std::string message;
};

// The finding kinds that must all be annotated (the others only where an annotation asks).
bool must_be_annotated(std::string const& kind);

// The annotations in one article file, appended to `out`; a malformed annotation (no rule,
// unknown kind or rule id, no closing "-->", nothing above it) or an unreadable file is appended
// to `errors` instead.
void read_annotations(std::filesystem::path const& file, std::vector<annotation>& out,
                      std::vector<fixture_error>& errors);

// Every article file (.md, .markdown, .txt, .jsonl) directly in `folder`, sorted by name;
// `except` names files to leave out (expected.txt).
std::vector<std::filesystem::path> article_files(std::filesystem::path const& folder,
                                                 std::vector<std::string> const& except = {});

// A finding as `claimcheck check --format json` reports it, reduced to what annotations test.
struct reported_finding {
    std::string kind, rule, event, message;
    std::vector<std::pair<std::string, std::size_t>> claims;  // (file name, line) of each claim
};
// The `findings` of a `check --format json` document.
std::vector<reported_finding> findings_from_json(nlohmann::json const& document);

bool matches(annotation const& a, reported_finding const& f);

struct comparison {
    std::vector<annotation> missing;            // annotated, not reported
    std::vector<reported_finding> unexpected;  // reported (a kind that must be annotated), not annotated
    bool ok() const { return missing.empty() && unexpected.empty(); }
};
comparison compare(std::vector<annotation> const& annotations, std::vector<reported_finding> const& findings);

// One line each, for diffs and messages: "file:line: kind rule event".
std::string describe(annotation const& a);
std::string describe(reported_finding const& f);  // at each of its claims: "a.md:5, b.md:7: kind rule event"

}  // namespace claimcheck::ruletest
