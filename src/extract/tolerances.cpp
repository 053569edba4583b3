#include "extract/tolerances.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <unistd.h>

#ifndef CLAIMCHECK_RULES_DIR
#define CLAIMCHECK_RULES_DIR ""
#endif

namespace claimcheck::extract {

namespace {

constexpr std::array<char const*, 9> modifier_names{
    "exact", "about", "more_than", "just_over", "less_than", "nearly", "at_least", "at_most",
    "vague"};
constexpr std::array<char const*, 6> part_names{"whole", "early", "mid", "late", "begin", "end"};

[[noreturn]] void fail(std::string const& path, YAML::Node const& node, std::string const& what) {
    throw std::runtime_error(path + ":" + std::to_string(node.Mark().line + 1) + ": " + what);
}

double number(std::string const& path, YAML::Node const& node, char const* what) {
    try {
        return node.as<double>();
    } catch (YAML::Exception const&) {
        fail(path, node, std::string(what) + " must be a number");
    }
}

spread read_spread(std::string const& path, YAML::Node const& node) {
    if (!node.IsMap()) fail(path, node, "expected {fraction: N, units: N}");
    spread s;
    for (auto const& kv : node) {
        auto key = kv.first.as<std::string>();
        if (key == "fraction")
            s.fraction = number(path, kv.second, "fraction");
        else if (key == "units")
            s.units = number(path, kv.second, "units");
        else
            fail(path, kv.first, "unknown key '" + key + "' (expected fraction, units)");
    }
    return s;
}

}  // namespace

std::array<double, 2> tolerances::amount_range(ast::modifier m, double amount) const {
    auto const& t = of(m);
    double low = amount - std::max(amount * t.below.fraction, t.below.units);
    double high = t.above ? amount + std::max(amount * t.above->fraction, t.above->units) : -1;
    return {std::max(0.0, low), high};
}

tolerances load_tolerances(std::string const& path) {
    YAML::Node root;
    try {
        root = YAML::LoadFile(path);
    } catch (YAML::ParserException const& e) {
        throw std::runtime_error(path + ":" + std::to_string(e.mark.line + 1) + ": " + e.msg);
    } catch (YAML::Exception const& e) {
        throw std::runtime_error(path + ": " + e.what());
    }
    tolerances t = default_tolerances();
    if (!root.IsMap()) fail(path, root, "expected a mapping at the top level");
    for (auto const& kv : root) {
        auto key = kv.first.as<std::string>();
        if (key == "modifiers") {
            for (auto const& m : kv.second) {
                auto name = m.first.as<std::string>();
                auto it = std::find_if(modifier_names.begin(), modifier_names.end(),
                                       [&](char const* n) { return name == n; });
                if (it == modifier_names.end()) fail(path, m.first, "unknown modifier '" + name + "'");
                modifier_tolerance mt;
                for (auto const& side : m.second) {
                    auto s = side.first.as<std::string>();
                    if (s == "below")
                        mt.below = read_spread(path, side.second);
                    else if (s == "above")
                        mt.above = side.second.IsNull() ? std::nullopt
                                                        : std::optional(read_spread(path, side.second));
                    else
                        fail(path, side.first, "unknown key '" + s + "' (expected below, above)");
                }
                t.modifiers[static_cast<std::size_t>(it - modifier_names.begin())] = mt;
            }
        } else if (key == "vague_span_minimum_units") {
            t.vague_span_minimum_units = number(path, kv.second, key.c_str());
        } else if (key == "offset_spread_units") {
            t.offset_spread_units = number(path, kv.second, key.c_str());
        } else if (key == "anniversary_spread_days") {
            t.anniversary_spread_days = static_cast<int>(number(path, kv.second, key.c_str()));
        } else if (key == "parts") {
            for (auto const& p : kv.second) {
                auto name = p.first.as<std::string>();
                auto it = std::find_if(part_names.begin() + 1, part_names.end(),
                                       [&](char const* n) { return name == n; });
                if (it == part_names.end()) fail(path, p.first, "unknown part '" + name + "'");
                if (!p.second.IsSequence() || p.second.size() != 2)
                    fail(path, p.second, "a part is [from, to] as fractions of the period");
                double a = number(path, p.second[0], "part"), b = number(path, p.second[1], "part");
                if (!(0 <= a && a < b && b <= 1)) fail(path, p.second, "a part needs 0 <= from < to <= 1");
                t.parts[static_cast<std::size_t>(it - part_names.begin())] = {a, b};
            }
        } else {
            fail(path, kv.first, "unknown key '" + key + "'");
        }
    }
    return t;
}

tolerances default_tolerances() {
    tolerances t;
    using m = ast::modifier;
    auto set = [&](m mod, spread below, std::optional<spread> above) {
        t.modifiers[static_cast<std::size_t>(mod)] = {below, above};
    };
    set(m::exact, {0, 0.5}, spread{0, 1.0});
    set(m::about, {0.25, 0.5}, spread{0.25, 0.5});
    set(m::more_than, {0, 0}, spread{0.5, 1.0});
    set(m::just_over, {0, 0}, spread{0.25, 0.25});
    set(m::less_than, {1.0, 0}, spread{0, 0});
    set(m::nearly, {0.15, 0.25}, spread{0, 0});
    set(m::at_least, {0, 0}, std::nullopt);
    set(m::at_most, {1.0, 0}, spread{0, 0});
    set(m::vague, {0.34, 1.0}, spread{0.67, 2.0});
    t.parts = {{{0, 1}, {0, 0.334}, {0.334, 0.667}, {0.667, 1}, {0, 0.25}, {0.75, 1}}};
    return t;
}

std::string find_builtin_rules_dir() {
    namespace fs = std::filesystem;
    if (char const* env = std::getenv("CLAIMCHECK_RULES"); env && *env) return env;
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        for (fs::path candidate : {exe.parent_path() / "rules", exe.parent_path() / "../share/claimcheck/rules"})
            if (fs::exists(candidate / "tolerances.yaml", ec)) return candidate.string();
    }
    std::string source = CLAIMCHECK_RULES_DIR;
    if (!source.empty() && fs::exists(fs::path(source) / "tolerances.yaml", ec)) return source;
    return "";
}

}  // namespace claimcheck::extract
