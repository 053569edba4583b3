// The tolerances of rules/tolerances.yaml: how modifiers and parts become interval bounds.
#pragma once

#include "grammar/ast.hpp"

#include <array>
#include <optional>
#include <string>

namespace claimcheck::extract {

struct spread {
    double fraction = 0;
    double units = 0;
};

struct modifier_tolerance {
    spread below;
    std::optional<spread> above;  // empty: no upper limit
};

struct tolerances {
    std::array<modifier_tolerance, 9> modifiers{};  // indexed by ast::modifier
    double vague_span_minimum_units = 2;
    double offset_spread_units = 0.5;
    int anniversary_spread_days = 0;
    std::array<std::array<double, 2>, 6> parts{};  // indexed by ast::part (whole = [0, 1])

    modifier_tolerance const& of(ast::modifier m) const {
        return modifiers[static_cast<std::size_t>(m)];
    }
    // The range of amounts a hedged amount allows: [low, high]; high < 0 means unbounded.
    std::array<double, 2> amount_range(ast::modifier m, double amount) const;
};

// Loads a tolerances file. Throws std::runtime_error naming the file and line on a malformed file
// or an unknown key.
tolerances load_tolerances(std::string const& path);

// The built-in file: $CLAIMCHECK_RULES, else the rules/ folder next to the binary or in the
// source tree. Returns the path found, or "" (then built-in defaults equal to the shipped file).
std::string find_builtin_rules_dir();
tolerances default_tolerances();

}  // namespace claimcheck::extract
