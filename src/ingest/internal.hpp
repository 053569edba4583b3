// Pieces shared by the ingest sources (front matter, manifests, JSONL, the folder walk). Not part
// of the public contract: only src/ingest/*.cpp include this.
#pragma once

#include "ingest/article.hpp"

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace claimcheck::ingest::detail {

// Forwards errors and counts them, since read_corpus returns how many there were.
class error_sink {
public:
    explicit error_sink(std::function<void(ingest_error const&)> const& on_error)
        : on_error_(on_error) {}

    void report(std::string path, std::size_t line, std::string message) {
        ++count_;
        on_error_(ingest_error{std::move(path), line, std::move(message)});
    }
    std::size_t count() const { return count_; }

private:
    std::function<void(ingest_error const&)> const& on_error_;
    std::size_t count_ = 0;
};

inline constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";
// A NUL byte this close to the start marks a file as binary (as git and grep decide).
inline constexpr std::size_t binary_sniff_bytes = 8192;

// 1-based line of text[offset], counting the '\n' before it.
std::size_t line_at(std::string_view text, std::size_t offset);
// True when text holds nothing but ASCII whitespace.
bool is_blank(std::string_view text);
// strerror(error_number), starting in lower case like every ingest message.
std::string describe_errno(int error_number);
// Lower-cases the first letter (not that of an acronym), for messages borrowed from libraries.
std::string lower_first(std::string message);

// Owns a POSIX file descriptor (-1: none).
class unique_fd {
public:
    explicit unique_fd(int fd) : fd_(fd) {}
    unique_fd(unique_fd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
    unique_fd(unique_fd const&) = delete;
    unique_fd& operator=(unique_fd const&) = delete;
    unique_fd& operator=(unique_fd&&) = delete;
    ~unique_fd();
    int get() const { return fd_; }

private:
    int fd_;
};

// Opens a regular file for reading and sets `size`; on failure reports why and returns no fd.
unique_fd open_regular_file(std::string const& path, std::size_t& size, error_sink& errors);

// Reads a whole regular file, refusing (with an error) files larger than max_bytes before
// reading them. nullopt when an error was reported.
std::optional<std::string> read_file(std::string const& path, std::size_t max_bytes,
                                     error_sink& errors);

// A publication date: strict YYYY-MM-DD, or a YAML / ISO 8601 timestamp whose date part is
// taken (the time of day and zone do not change which day a paper dated the article). On
// failure, the message to report ("unknown date '2023-02-30' (no such day)").
std::variant<day_number, std::string> parse_date(std::string_view text);

// A YAML value as plain text: scalars as written, null as "", sequences and maps in flow style.
std::string yaml_text(YAML::Node const& node);
// The file line of a yaml-cpp mark (0-based within the YAML) when the YAML starts on first_line.
std::size_t file_line(YAML::Mark const& mark, std::size_t first_line);

// Front matter: the YAML between a first line "---" and the next "---" or "..." line. The text
// given starts at line 1 of the file (after a byte order mark, if any).
struct front_matter {
    std::string_view yaml;    // without the delimiter lines; starts on line 2
    std::size_t body_offset;  // offset in the text where the body starts
    std::size_t body_line;    // file line where the body starts
};
bool has_front_matter(std::string_view text);
// nullopt when no closing line was found.
std::optional<front_matter> split_front_matter(std::string_view text);
// Sets id, date, title, source, url and extra from the front matter; false (errors reported)
// when the article must be rejected.
bool apply_front_matter(front_matter const& fm, std::string const& path, article& a,
                        error_sink& errors);

// One `articles:` entry of a manifest.yaml sidecar.
struct manifest_entry {
    std::optional<day_number> date;
    bool approximate = false;
    std::string id, title, source, url;
    std::map<std::string, std::string> extra;
};
// Entries by file name. A missing manifest is an empty one. Invalid YAML, or no `articles:` list,
// is one error and no entries; a bad entry or value costs only that entry or value.
using manifest = std::map<std::string, manifest_entry, std::less<>>;
manifest load_manifest(std::string const& path, std::size_t max_bytes, error_sink& errors);
void apply_manifest_entry(manifest_entry const& entry, article& a);

// Markdown: HTML comments become spaces, newlines kept, so offsets and lines stay those of the
// file. With `comments`, each comment is kept there too (lines counted from first_line).
void blank_html_comments(std::string& text, std::vector<html_comment>* comments = nullptr,
                         std::size_t first_line = 1);

// Streams a .jsonl file, one article per non-blank line.
void read_jsonl(std::string const& path, ingest_options const& options,
                std::function<void(article&&)> const& on_article, error_sink& errors);

}  // namespace claimcheck::ingest::detail
