// Small helpers the accept files share: reading a YAML (or JSON) file with file:line errors, and
// writing a file atomically.
#pragma once

#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::accept {

// "path:line: what", the form every malformed-file error takes (line 0: no line).
struct file_error : std::runtime_error {
    file_error(std::string path_, std::size_t line_, std::string message_)
        : std::runtime_error(path_ + (line_ ? ":" + std::to_string(line_) : std::string()) + ": " + message_),
          path(std::move(path_)), line(line_), message(std::move(message_)) {}
    std::string path;
    std::size_t line = 0;
    std::string message;
};
[[noreturn]] void fail(std::string const& path, std::size_t line, std::string const& what);
[[noreturn]] void fail(std::string const& path, YAML::Node const& node, std::string const& what);

// The file parsed (YAML or JSON); throws file_error when unreadable or malformed.
YAML::Node load_yaml(std::string const& path);

// A node's file line (1-based).
std::size_t line_of(YAML::Node const& node);

// The value as a string; fails on a sequence or map.
std::string scalar(std::string const& path, YAML::Node const& node, std::string_view what);
// A string or a list of strings.
std::vector<std::string> strings(std::string const& path, YAML::Node const& node, std::string_view what);
// Fails on a key of `map` not in `known`.
void check_keys(std::string const& path, YAML::Node const& map, std::initializer_list<std::string_view> known);

// Writes `content` to a temporary file beside `path` and renames it over `path`; throws
// file_error on failure (and leaves `path` as it was).
void write_atomically(std::string const& path, std::string const& content);

// A string as a YAML double-quoted scalar (JSON's escaping, which YAML reads alike).
std::string yaml_quoted(std::string_view s);

}  // namespace claimcheck::accept
