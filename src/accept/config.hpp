// .claimcheck.yaml: the options of `check` (and `baseline`) kept in the repository.
//
//   paths: [corpus]                  # what to check when no PATH is given
//   rules: [rules-local]             # --rules
//   facts: [facts.yaml]              # --facts
//   overrides: [overrides.yaml]      # --overrides
//   include: ["corpus/**/*.md"]      # globs over the files a folder walk finds, relative to this
//   exclude: ["corpus/drafts/**"]    #   file's folder: `*` and `?` stay in a folder, `**` spans them
//   fail-on: conflict                # --fail-on
//   format: text                     # --format
//   outputs: [sarif=claimcheck.sarif]   # --output (or a map: {sarif: claimcheck.sarif})
//   baseline: claimcheck-baseline.yaml  # --baseline
//   db: .claimcheck/review.db        # --db: the review store (check, baseline, review)
//   jobs: 2                          # --jobs
//
// Paths are relative to the folder of the configuration file. `--config FILE` names it; else the
// first .claimcheck.yaml in the working directory or a folder above it is used (`--no-config`:
// none). Options on the command line replace the file's (a list option replaces the whole list).
// An unknown key or a bad value is an error at its file:line.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::accept {

inline constexpr std::string_view config_name = ".claimcheck.yaml";

struct config {
    std::string path;  // the file, as found or given
    std::string dir;   // its folder, the prefix of its relative paths ("." , "..", "sub")
    std::vector<std::string> paths, rules, facts, overrides, include, exclude, outputs;
    std::optional<std::string> fail_on, format, baseline, db;
    std::optional<unsigned> jobs;
    std::map<std::string, std::size_t> lines;  // key -> its line, for `config print`
};

// The nearest .claimcheck.yaml from the working directory up, as a path relative to it
// (".claimcheck.yaml", "../.claimcheck.yaml", ...); nullopt when there is none.
std::optional<std::string> find_config();

// Reads a configuration, its paths made relative to the working directory; throws file_error.
config load_config(std::string const& path);

// Whether `path` ('/'-separated) matches the glob: `*` and `?` match within a folder name, `**`
// any number of folders ("a/**/b" also matches "a/b").
bool glob_match(std::string_view pattern, std::string_view path);

// Whether a file the corpus walk found is checked under the include/exclude globs of a
// configuration whose folder is `dir`.
bool selected(std::string const& file, std::string const& dir, std::vector<std::string> const& include,
              std::vector<std::string> const& exclude);

}  // namespace claimcheck::accept
