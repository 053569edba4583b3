// manifest.yaml sidecars: publication metadata for plain-text articles, which carry none.
#include "ingest/internal.hpp"

#include <utility>

namespace claimcheck::ingest::detail {

namespace {

constexpr std::size_t manifest_first_line = 1;

// Reads one `articles:` entry; its file name goes to `file` ("" when missing).
manifest_entry read_entry(YAML::Node const& item, std::string const& path, std::string& file,
                          error_sink& errors) {
    manifest_entry entry;
    for (auto const& field : item) {
        std::string const key = yaml_text(field.first);
        YAML::Node const& value = field.second;
        std::size_t const line = file_line(field.first.Mark(), manifest_first_line);
        if (key == "file") {
            file = yaml_text(value);
        } else if (key == "date") {
            if (value.IsNull()) continue;
            // An impossible date costs the article its date, not the article: the text is
            // still worth checking, and only the manifest needs fixing.
            auto const parsed = parse_date(yaml_text(value));
            if (auto const* message = std::get_if<std::string>(&parsed))
                errors.report(path, line, "manifest: " + *message);
            else
                entry.date = std::get<day_number>(parsed);
        } else if (key == "approximate") {
            try {
                entry.approximate = value.as<bool>();
            } catch (YAML::Exception const&) {
                errors.report(path, line,
                              "manifest: 'approximate' must be true or false, not '" +
                                  yaml_text(value) + "'");
            }
        } else if (key == "id") {
            entry.id = yaml_text(value);
        } else if (key == "title") {
            entry.title = yaml_text(value);
        } else if (key == "source") {
            entry.source = yaml_text(value);
        } else if (key == "url") {
            entry.url = yaml_text(value);
        } else {
            entry.extra[key] = yaml_text(value);
        }
    }
    return entry;
}

}  // namespace

manifest load_manifest(std::string const& path, std::size_t max_bytes, error_sink& errors) {
    manifest entries;
    auto const content = read_file(path, max_bytes, errors);
    if (!content) return entries;
    if (auto const bad = find_invalid_utf8(*content)) {
        errors.report(path, line_at(*content, *bad),
                      "manifest: invalid UTF-8 at byte " + std::to_string(*bad));
        return entries;
    }
    YAML::Node root;
    try {
        root = YAML::Load(*content);
    } catch (YAML::Exception const& e) {
        errors.report(path, file_line(e.mark, manifest_first_line),
                      "manifest: invalid YAML (" + e.msg + ")");
        return entries;
    }
    if (root.IsNull()) return entries;  // an empty manifest lists nothing
    // A missing key of a const map is an invalid node, which throws on any question but
    // IsDefined() (a manifest "Title: text" without `articles:` once aborted the run).
    bool const listed = root.IsMap() && std::as_const(root)["articles"].IsDefined();
    YAML::Node const list = listed ? std::as_const(root)["articles"] : YAML::Node();
    if (!list.IsSequence()) {
        errors.report(path, file_line(root.Mark(), manifest_first_line),
                      "manifest: expected an 'articles:' list of entries");
        return entries;
    }
    for (auto const& item : list) {
        std::size_t const line = file_line(item.Mark(), manifest_first_line);
        if (!item.IsMap()) {
            errors.report(path, line, "manifest: an entry must be 'file: ...' and other keys");
            continue;
        }
        std::string file;
        manifest_entry entry = read_entry(item, path, file, errors);
        if (file.empty())
            errors.report(path, line, "manifest: entry without 'file'");
        else if (!entries.emplace(file, std::move(entry)).second)
            errors.report(path, line,
                          "manifest: '" + file + "' is listed twice; the first entry is used");
    }
    return entries;
}

void apply_manifest_entry(manifest_entry const& entry, article& a) {
    if (!entry.id.empty()) a.id = entry.id;
    a.title = entry.title;
    a.source = entry.source;
    a.url = entry.url;
    a.extra.insert(entry.extra.begin(), entry.extra.end());
    if (entry.date) {
        a.date = entry.date;
        a.date_source = "manifest";
        a.date_approximate = entry.approximate;
    }
}

}  // namespace claimcheck::ingest::detail
