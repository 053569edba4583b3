// The tolerances: the shipped rules file and the built-in defaults (used when no rules folder is
// found) must say the same thing, and a malformed file is an error at its line.
#include "extract/tolerances.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace {

using namespace claimcheck::extract;

TEST(tolerances, the_shipped_file_equals_the_built_in_defaults) {
    tolerances file = load_tolerances(CLAIMCHECK_SOURCE_DIR "/rules/tolerances.yaml");
    tolerances builtin = default_tolerances();
    for (std::size_t m = 0; m < file.modifiers.size(); ++m) {
        EXPECT_EQ(file.modifiers[m].below.fraction, builtin.modifiers[m].below.fraction) << m;
        EXPECT_EQ(file.modifiers[m].below.units, builtin.modifiers[m].below.units) << m;
        ASSERT_EQ(file.modifiers[m].above.has_value(), builtin.modifiers[m].above.has_value()) << m;
        if (file.modifiers[m].above) {
            EXPECT_EQ(file.modifiers[m].above->fraction, builtin.modifiers[m].above->fraction) << m;
            EXPECT_EQ(file.modifiers[m].above->units, builtin.modifiers[m].above->units) << m;
        }
    }
    EXPECT_EQ(file.vague_span_minimum_units, builtin.vague_span_minimum_units);
    EXPECT_EQ(file.offset_spread_units, builtin.offset_spread_units);
    EXPECT_EQ(file.anniversary_spread_days, builtin.anniversary_spread_days);
    EXPECT_EQ(file.parts, builtin.parts);
}

TEST(tolerances, hedges_become_amount_ranges) {
    tolerances t = default_tolerances();
    auto about_two = t.amount_range(claimcheck::ast::modifier::about, 2);
    EXPECT_DOUBLE_EQ(about_two[0], 1.5);
    EXPECT_DOUBLE_EQ(about_two[1], 2.5);
    auto more_than_one = t.amount_range(claimcheck::ast::modifier::more_than, 1);
    EXPECT_DOUBLE_EQ(more_than_one[0], 1);
    EXPECT_DOUBLE_EQ(more_than_one[1], 2);
    EXPECT_LT(t.amount_range(claimcheck::ast::modifier::at_least, 10)[1], 0);  // no upper limit
}

TEST(tolerances, an_unknown_key_is_an_error_at_its_line) {
    auto path = std::filesystem::temp_directory_path() / "claimcheck-tolerances-test.yaml";
    std::ofstream(path) << "vague_span_minimum_units: 2\nparts:\n  latest: [0.5, 1]\n";
    try {
        load_tolerances(path.string());
        FAIL() << "no error";
    } catch (std::runtime_error const& e) {
        EXPECT_NE(std::string(e.what()).find("claimcheck-tolerances-test.yaml:3: unknown part 'latest'"),
                  std::string::npos)
            << e.what();
    }
    std::filesystem::remove(path);
}

}  // namespace
