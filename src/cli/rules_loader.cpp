#include "cli/rules_loader.hpp"

#include <filesystem>
#include <iostream>

namespace claimcheck::cli {

extract::tolerances load_tolerances(std::vector<std::string> const& rules_dirs) {
    namespace fs = std::filesystem;
    extract::tolerances tol = extract::default_tolerances();
    for (auto const& dir : rules_folders(rules_dirs)) {
        fs::path file = fs::path(dir) / "tolerances.yaml";
        std::error_code ec;
        if (fs::exists(file, ec)) tol = extract::load_tolerances(file.string());
    }
    return tol;
}

std::vector<std::string> rules_folders(std::vector<std::string> const& rules_dirs) {
    std::vector<std::string> dirs;
    if (std::string builtin = extract::find_builtin_rules_dir(); !builtin.empty()) dirs.push_back(builtin);
    dirs.insert(dirs.end(), rules_dirs.begin(), rules_dirs.end());
    return dirs;
}

std::optional<engine::knowledge> load_knowledge_or_report(std::vector<std::string> const& rules_dirs) {
    try {
        return engine::load_knowledge(rules_folders(rules_dirs));
    } catch (std::exception const& e) {
        std::cerr << "claimcheck: error: " << e.what() << '\n';
        return std::nullopt;
    }
}

std::optional<extract::tolerances> load_tolerances_or_report(std::vector<std::string> const& rules_dirs) {
    try {
        return load_tolerances(rules_dirs);
    } catch (std::exception const& e) {
        std::cerr << "claimcheck: error: " << e.what() << '\n';
        return std::nullopt;
    }
}

}  // namespace claimcheck::cli
