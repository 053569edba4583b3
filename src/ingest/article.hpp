// Corpus ingest: files and folders in, articles (text + metadata) out, errors reported by file
// and line while the rest of the corpus goes on.
//
// Formats (chosen by extension):
//   .md .markdown .txt  with YAML front matter ("---" first line): id, date, title, source, url,
//                       anything else kept in `extra`;
//   .txt                without front matter: metadata from a sidecar manifest.yaml in the same
//                       folder (format: ../shared/seeds/manifest.yaml; `articles: [{file, date,
//                       title, approximate, ...}]`);
//   .jsonl              one article per line: {id, date, title, source, url, text, ...}.
// The article id is the front matter / JSON `id`, else the file name without extension (JSONL
// lines without an id: "<file stem>:<line>").
#pragma once

#include "core/calendar.hpp"

#include <cstddef>
#include <functional>
#include <map>
#include <string_view>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck::ingest {

// An HTML comment of a Markdown article, as written (ingest blanks it out of `text`).
struct html_comment {
    std::size_t line = 0;      // file line of "<!--"
    std::size_t end_line = 0;  // file line of "-->" (the last line, for an unclosed comment)
    std::string body;          // between "<!--" and "-->", untrimmed
};

struct article {
    std::string id;
    std::string path;             // the file it came from, as given (joined with the folder)
    std::size_t line = 1;         // 1-based line in `path` where `text` starts (JSONL: the line)
    std::optional<day_number> date;
    std::string date_source;      // "front-matter", "manifest", "jsonl", or "" when undated
    bool date_approximate = false;
    std::string title, source, url;
    std::map<std::string, std::string> extra;  // other metadata keys, values as plain text
    // The article body, valid UTF-8. For Markdown, HTML comments are replaced by spaces (newlines
    // kept) so that offsets and line numbers still match the file.
    std::string text;
    // Byte offset of text[0] in the file (0 for JSONL, whose text is unescaped from a string).
    std::size_t file_offset = 0;
    // JSONL text is unescaped, so its offsets are offsets into `text`, not into the file.
    bool offsets_in_file = true;
    // Markdown: the HTML comments blanked out of `text` (suppression directives live there).
    std::vector<html_comment> comments;
};

struct ingest_error {
    std::string path;
    std::size_t line = 0;  // 0 when the whole file is concerned
    std::string message;
};

struct ingest_options {
    std::size_t max_article_bytes = 256u << 20;  // larger articles are rejected, not loaded
    // When set, a file found in a folder walk is read only if this returns true (the path as
    // read_corpus names it). Files named explicitly are always read.
    std::function<bool(std::string const& path)> select;
};

// Reads every path (files, or folders recursively, in sorted order, following symlinks but never
// twice into the same folder). Calls on_article for each article in corpus order and on_error for
// each rejected input; returns the number of errors. Streaming: JSONL files are read line by line,
// so memory stays bounded by the largest article.
std::size_t read_corpus(std::vector<std::string> const& paths, ingest_options const& options,
                        std::function<void(article&&)> const& on_article,
                        std::function<void(ingest_error const&)> const& on_error);

// Validates UTF-8; on failure returns the byte offset of the first invalid sequence.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

}  // namespace claimcheck::ingest
