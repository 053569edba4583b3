// A unified diff of two texts, line by line, for `claimcheck test`'s failures.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::ruletest {

std::vector<std::string> split_lines(std::string_view text);

// "--- from\n+++ to\n@@ -a,b +c,d @@\n context / -removed / +added lines", `context` lines of
// context around each change; empty when the texts are equal.
std::string unified_diff(std::vector<std::string> const& from, std::vector<std::string> const& to,
                         std::string const& from_name, std::string const& to_name, std::size_t context = 3);

}  // namespace claimcheck::ruletest
