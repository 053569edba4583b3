// The corpus walk: paths to files, files to articles, in a deterministic order.
#include "ingest/internal.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <filesystem>
#include <set>
#include <utility>
#include <vector>

namespace claimcheck::ingest {

namespace {

namespace fs = std::filesystem;

enum class format { markdown, text, jsonl };

constexpr std::string_view manifest_name = "manifest.yaml";

std::optional<format> format_of(fs::path const& path) {
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension == ".md" || extension == ".markdown") return format::markdown;
    if (extension == ".txt") return format::text;
    if (extension == ".jsonl") return format::jsonl;
    return std::nullopt;
}

class corpus_reader {
public:
    corpus_reader(ingest_options const& options, std::function<void(article&&)> const& on_article,
                  detail::error_sink& errors)
        : options_(options), on_article_(on_article), errors_(errors) {}

    // A path named by the user: a folder, or a file read whatever its extension.
    void read_path(std::string const& path) {
        // The sidecar is no article, also when a shell glob (`corpus/*`) names it.
        if (fs::path(path).filename() == manifest_name) return;
        struct stat st {};
        if (::stat(path.c_str(), &st) != 0) {
            errors_.report(path, 0, "cannot read: " + detail::describe_errno(errno));
        } else if (S_ISDIR(st.st_mode)) {
            walk(path, st);
        } else if (S_ISREG(st.st_mode)) {
            read_article(path, format_of(path).value_or(format::text));
        } else {
            errors_.report(path, 0, "not a regular file or folder");
        }
    }

private:
    void walk(std::string const& folder, struct stat const& folder_stat) {
        // Symbolic links are followed, so a link back up the tree would recurse forever; the
        // device and inode pair names a folder whatever the path that led to it.
        if (!visited_folders_.emplace(folder_stat.st_dev, folder_stat.st_ino).second) return;
        walking_.emplace_back(folder_stat.st_dev, folder_stat.st_ino);
        struct pop {
            std::vector<std::pair<dev_t, ino_t>>& stack;
            ~pop() { stack.pop_back(); }
        } popper{walking_};

        std::vector<std::string> names;
        std::error_code error;
        for (fs::directory_iterator it(folder, error), end; !error && it != end;
             it.increment(error)) {
            std::string name = it->path().filename().string();
            if (!name.starts_with('.')) names.push_back(std::move(name));
        }
        if (error) {
            errors_.report(folder, 0,
                           "cannot read folder: " + detail::lower_first(error.message()));
            return;
        }
        std::sort(names.begin(), names.end());  // directory order differs between file systems

        for (auto const& name : names) {
            if (name == manifest_name) continue;
            std::string const child = (fs::path(folder) / name).string();
            auto const child_format = format_of(name);
            struct stat st {};
            if (::stat(child.c_str(), &st) != 0) {
                // A dangling link, or a file gone meanwhile: an error only if it would be read.
                if (child_format)
                    errors_.report(child, 0, "cannot read: " + detail::describe_errno(errno));
            } else if (S_ISDIR(st.st_mode)) {
                // A link to a folder being walked (this one or one above it) is a loop: said once,
                // not followed. A folder reached a second way otherwise is skipped silently.
                if (std::find(walking_.begin(), walking_.end(), std::pair{st.st_dev, st.st_ino}) != walking_.end())
                    errors_.report(child, 0, "directory loop: a symbolic link to a folder that contains it (not followed)");
                else
                    walk(child, st);
            } else if (S_ISREG(st.st_mode) && child_format) {
                if (options_.select && !options_.select(child)) continue;
                read_article(child, *child_format);
            }
        }
    }

    void read_article(std::string const& path, format f) {
        if (f == format::jsonl) {
            detail::read_jsonl(path, options_, on_article_, errors_);
            return;
        }
        auto content = detail::read_file(path, options_.max_article_bytes, errors_);
        if (!content) return;
        std::string_view const all = *content;
        if (auto const nul = all.substr(0, detail::binary_sniff_bytes).find('\0');
            nul != std::string_view::npos) {
            errors_.report(path, 0, "binary file (NUL byte at byte " + std::to_string(nul) + ")");
            return;
        }
        if (auto const bad = find_invalid_utf8(all)) {
            errors_.report(path, detail::line_at(all, *bad),
                           "invalid UTF-8 at byte " + std::to_string(*bad));
            return;
        }

        article a;
        a.path = path;
        a.id = fs::path(path).stem().string();
        a.file_offset = all.starts_with(detail::utf8_bom) ? detail::utf8_bom.size() : 0;
        std::string_view const body = all.substr(a.file_offset);
        if (detail::has_front_matter(body)) {
            auto const fm = detail::split_front_matter(body);
            if (!fm) {
                errors_.report(path, 1, "front matter: not terminated (no closing '---' line)");
                return;
            }
            if (!detail::apply_front_matter(*fm, path, a, errors_)) return;
            a.file_offset += fm->body_offset;
            a.line = fm->body_line;
        } else if (f == format::text) {
            // Only front-matter-less text consults the manifest: front matter, where present,
            // is the article's own word on its metadata.
            auto const& entries = manifest_for(path);
            if (auto const it = entries.find(fs::path(path).filename().string());
                it != entries.end())
                detail::apply_manifest_entry(it->second, a);
        }

        content->erase(0, a.file_offset);
        a.text = std::move(*content);
        if (f == format::markdown) detail::blank_html_comments(a.text, &a.comments, a.line);
        if (detail::is_blank(a.text)) {
            errors_.report(path, 0, "empty article");
            return;
        }
        on_article_(std::move(a));
    }

    // The manifest of the folder holding `path`, parsed on first use and kept.
    detail::manifest const& manifest_for(std::string const& path) {
        fs::path const folder = fs::path(path).parent_path();
        std::error_code error;
        fs::path const canonical = fs::weakly_canonical(folder.empty() ? "." : folder, error);
        std::string const key = error ? folder.string() : canonical.string();
        if (auto const it = manifests_.find(key); it != manifests_.end()) return it->second;

        std::string const manifest_path = (folder / manifest_name).string();
        detail::manifest entries;
        struct stat st {};
        if (::stat(manifest_path.c_str(), &st) == 0 || errno != ENOENT)  // none: all undated
            entries = detail::load_manifest(manifest_path, options_.max_article_bytes, errors_);
        return manifests_.emplace(key, std::move(entries)).first->second;
    }

    ingest_options const& options_;
    std::function<void(article&&)> const& on_article_;
    detail::error_sink& errors_;
    std::set<std::pair<dev_t, ino_t>> visited_folders_;
    std::vector<std::pair<dev_t, ino_t>> walking_;  // the folders being walked, outermost first
    std::map<std::string, detail::manifest> manifests_;  // by canonical folder
};

}  // namespace

std::size_t read_corpus(std::vector<std::string> const& paths, ingest_options const& options,
                        std::function<void(article&&)> const& on_article,
                        std::function<void(ingest_error const&)> const& on_error) {
    detail::error_sink errors(on_error);
    corpus_reader reader(options, on_article, errors);
    for (auto const& path : paths) reader.read_path(path);
    return errors.count();
}

}  // namespace claimcheck::ingest
