// Finds and loads the rules the commands use: the built-in folder, then each --rules folder in
// order; a later tolerances.yaml replaces an earlier one.
#pragma once

#include "engine/knowledge.hpp"
#include "extract/tolerances.hpp"

#include <optional>
#include <string>
#include <vector>

namespace claimcheck::cli {

// Throws std::runtime_error (file:line: message) on a malformed rules file.
extract::tolerances load_tolerances(std::vector<std::string> const& rules_dirs);

// The same, for a command: reports a malformed rules file on stderr and returns nothing (the
// command then exits with status 2).
std::optional<extract::tolerances> load_tolerances_or_report(std::vector<std::string> const& rules_dirs);

// The folders to read, in order: the built-in one, then each --rules folder.
std::vector<std::string> rules_folders(std::vector<std::string> const& rules_dirs);

// The engine's knowledge (gazetteer, people, roles, events, checks) from the same folders;
// reports a malformed file on stderr and returns nothing.
std::optional<engine::knowledge> load_knowledge_or_report(std::vector<std::string> const& rules_dirs);

}  // namespace claimcheck::cli
