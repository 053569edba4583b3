// The checks `claimcheck check` reports, described once: the SARIF rule descriptors, the Markdown
// summary and the documentation all read this table. A check added to engine/checker.cpp gets a
// row here (a test fails on a finding whose rule has none).
#pragma once

#include <span>
#include <string_view>

namespace claimcheck::output {

struct rule_doc {
    std::string_view id;           // as in finding::rule: "event-date"
    std::string_view name;         // PascalCase, for SARIF's reportingDescriptor.name
    std::string_view summary;      // one sentence (SARIF shortDescription)
    std::string_view description;  // a paragraph (SARIF fullDescription, help text)
    std::string_view help_markdown;
    std::string_view level;        // SARIF defaultConfiguration.level: error|warning|note
};

std::span<rule_doc const> rule_docs();
// The row of a rule id, or nullptr.
rule_doc const* find_rule_doc(std::string_view id);
// Its index in rule_docs() (SARIF ruleIndex), or -1.
int rule_index(std::string_view id);

// Where the documentation of the checks lives (SARIF informationUri). A placeholder until the
// project has a public home: change it here, nowhere else.
inline constexpr std::string_view information_uri = "https://github.com/claimcheck/claimcheck#commands";

}  // namespace claimcheck::output
