// YAML front matter of Markdown and text articles.
#include "ingest/internal.hpp"

namespace claimcheck::ingest::detail {

namespace {

// The line starting at text[pos] without its line ending; `next` is where the following one starts.
std::string_view line_from(std::string_view text, std::size_t pos, std::size_t& next) {
    std::size_t const newline = text.find('\n', pos);
    std::size_t const end = newline == std::string_view::npos ? text.size() : newline;
    next = newline == std::string_view::npos ? text.size() : newline + 1;
    std::string_view line = text.substr(pos, end - pos);
    if (line.ends_with('\r')) line.remove_suffix(1);  // CRLF files
    return line;
}

// Front matter YAML starts on the line after the opening "---".
constexpr std::size_t yaml_first_line = 2;

}  // namespace

bool has_front_matter(std::string_view text) {
    std::size_t next = 0;
    return line_from(text, 0, next) == "---";
}

std::optional<front_matter> split_front_matter(std::string_view text) {
    std::size_t yaml_begin = 0;
    line_from(text, 0, yaml_begin);
    std::size_t pos = yaml_begin;
    for (std::size_t line = yaml_first_line; pos < text.size(); ++line) {
        std::size_t next = 0;
        std::string_view const current = line_from(text, pos, next);
        if (current == "---" || current == "...")
            return front_matter{text.substr(yaml_begin, pos - yaml_begin), next, line + 1};
        pos = next;
    }
    return std::nullopt;
}

bool apply_front_matter(front_matter const& fm, std::string const& path, article& a,
                        error_sink& errors) {
    YAML::Node root;
    try {
        root = YAML::Load(std::string(fm.yaml));
    } catch (YAML::Exception const& e) {
        errors.report(path, file_line(e.mark, yaml_first_line),
                      "front matter: invalid YAML (" + e.msg + ")");
        return false;
    }
    if (root.IsNull()) return true;  // "---" right after "---": no metadata
    if (!root.IsMap()) {
        errors.report(path, file_line(root.Mark(), yaml_first_line),
                      "front matter: expected 'key: value' lines");
        return false;
    }
    for (auto const& entry : root) {
        std::string const key = yaml_text(entry.first);
        YAML::Node const& value = entry.second;
        if (key == "date") {
            if (value.IsNull()) continue;  // `date:` with no value: explicitly undated
            auto const parsed = parse_date(yaml_text(value));
            if (auto const* message = std::get_if<std::string>(&parsed)) {
                errors.report(path, file_line(entry.first.Mark(), yaml_first_line),
                              "front matter: " + *message);
                return false;
            }
            a.date = std::get<day_number>(parsed);
            a.date_source = "front-matter";
        } else if (key == "id") {
            if (std::string id = yaml_text(value); !id.empty()) a.id = std::move(id);
        } else if (key == "title") {
            a.title = yaml_text(value);
        } else if (key == "source") {
            a.source = yaml_text(value);
        } else if (key == "url") {
            a.url = yaml_text(value);
        } else {
            a.extra[key] = yaml_text(value);
        }
    }
    return true;
}

}  // namespace claimcheck::ingest::detail
