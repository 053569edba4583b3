// JSONL corpora: one article per line, parsed in place with simdjson On Demand.
#include "ingest/internal.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <simdjson.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

namespace claimcheck::ingest::detail {

namespace {

namespace od = simdjson::ondemand;

// Hands out the lines of a file from one reusable buffer. Each line is followed by at least
// SIMDJSON_PADDING readable bytes of that buffer (whatever they hold: simdjson reads the padding
// but ignores it), so simdjson parses lines where they lie, without a copy or an allocation.
// Memory stays bounded by the longest accepted line plus one read chunk.
class line_reader {
public:
    enum class status { line, too_long, end };

    line_reader(int fd, std::size_t max_line)
        : fd_(fd), max_line_(max_line), buffer_(read_chunk + simdjson::SIMDJSON_PADDING) {}

    // The next line without its '\n'. A line longer than max_line is skipped, not buffered.
    status next(std::string_view& line) {
        std::size_t scanned = begin_;  // no '\n' in [begin_, scanned)
        for (;;) {
            if (auto const* newline = static_cast<char const*>(
                    std::memchr(data() + scanned, '\n', end_ - scanned))) {
                std::size_t const stop = static_cast<std::size_t>(newline - data());
                return take(stop, stop + 1, line);
            }
            if (end_ - begin_ > max_line_) return skip_long_line();
            if (eof_) return begin_ == end_ ? status::end : take(end_, end_, line);
            scanned = end_ - begin_;  // fill() moves the unread bytes to the front
            fill();
        }
    }

    std::size_t number() const { return number_; }  // 1-based number of the last line
    std::size_t offset() const { return offset_; }  // file offset of the last line
    int error() const { return error_; }            // errno of a failed read, or 0

private:
    static constexpr std::size_t read_chunk = std::size_t{1} << 20;

    char* data() { return buffer_.data(); }
    std::size_t capacity() const { return buffer_.size() - simdjson::SIMDJSON_PADDING; }

    status take(std::size_t stop, std::size_t next_begin, std::string_view& line) {
        ++number_;
        offset_ = file_pos_ + begin_;
        std::size_t const start = begin_;
        begin_ = next_begin;
        if (stop - start > max_line_) return status::too_long;
        line = std::string_view(data() + start, stop - start);
        return status::line;
    }

    status skip_long_line() {
        ++number_;
        offset_ = file_pos_ + begin_;
        for (;;) {
            begin_ = end_;  // none of the buffered bytes is a '\n'
            if (eof_) return status::too_long;
            fill();
            if (auto const* newline = static_cast<char const*>(
                    std::memchr(data() + begin_, '\n', end_ - begin_))) {
                begin_ = static_cast<std::size_t>(newline - data()) + 1;
                return status::too_long;
            }
        }
    }

    // Moves the unread bytes to the front, grows the buffer if a line fills it, reads more.
    void fill() {
        if (begin_ > 0) {
            std::memmove(data(), data() + begin_, end_ - begin_);
            file_pos_ += begin_;
            end_ -= begin_;
            begin_ = 0;
        }
        if (end_ == capacity())  // end_ <= max_line_ here, so the new size is larger
            buffer_.resize(std::min(2 * capacity(), max_line_ + read_chunk) +
                           simdjson::SIMDJSON_PADDING);
        ssize_t n = 0;
        do n = ::read(fd_, data() + end_, capacity() - end_);
        while (n < 0 && errno == EINTR);
        if (n > 0) {
            end_ += static_cast<std::size_t>(n);
        } else {
            eof_ = true;
            if (n < 0) error_ = errno;
        }
    }

    int fd_;
    std::size_t max_line_;
    std::vector<char> buffer_;
    std::size_t begin_ = 0, end_ = 0;  // the unread bytes of buffer_
    std::size_t file_pos_ = 0;         // file offset of buffer_[0]
    std::size_t number_ = 0, offset_ = 0;
    bool eof_ = false;
    int error_ = 0;
};

// On Demand parses lazily: a value that is only skipped is never checked, so `{"a": tru}` would
// pass. This reads every atom of a value, throwing simdjson_error on malformed JSON.
void validate(od::value value) {
    switch (value.type()) {
    case od::json_type::object:
        for (od::field field : value.get_object()) {
            static_cast<void>(std::string_view(field.unescaped_key()));  // checks its escapes
            validate(field.value());
        }
        break;
    case od::json_type::array:
        for (od::value element : value.get_array()) validate(element);
        break;
    case od::json_type::string:
        static_cast<void>(std::string_view(value.get_string()));
        break;
    case od::json_type::number:
        static_cast<void>(double(value.get_double()));
        break;
    case od::json_type::boolean:
        static_cast<void>(bool(value.get_bool()));
        break;
    case od::json_type::null:
        if (!value.is_null()) throw simdjson::simdjson_error(simdjson::N_ATOM_ERROR);
        break;
    }
}

std::string_view trim_right(std::string_view text) {
    return text.substr(0, text.find_last_not_of(" \t\r\n") + 1);
}

// A metadata value as text: strings unescaped, null as "", anything else as written (checked).
std::string value_text(od::document& doc, od::value value) {
    switch (value.type()) {
    case od::json_type::string:
        return std::string(std::string_view(value.get_string()));
    case od::json_type::null:
        validate(value);
        return {};
    case od::json_type::object:
    case od::json_type::array: {
        char const* const start = std::string_view(value.raw_json_token()).data();
        validate(value);
        // After the value, the document stands on the next token: the ',' or '}' of the record.
        char const* const stop = doc.current_location();
        return std::string(trim_right({start, static_cast<std::size_t>(stop - start)}));
    }
    default: {
        std::string_view const token = value.raw_json_token();
        validate(value);
        return std::string(trim_right(token));
    }
    }
}

// Fills `a` from one JSON line, found at `offset` in the file; returns why the line is rejected,
// if it is.
std::optional<std::string> parse_record(od::parser& parser, std::string_view line,
                                        std::size_t offset, article& a) {
    try {
        od::document doc =
            parser.iterate(line.data(), line.size(), line.size() + simdjson::SIMDJSON_PADDING);
        if (doc.type() != od::json_type::object) return "not a JSON object";
        bool has_text = false;
        for (od::field field : doc.get_object()) {
            std::string_view const key = field.unescaped_key();
            od::value value = field.value();
            if (key == "text") {
                if (value.type() != od::json_type::string) return "\"text\" is not a string";
                a.text = std::string_view(value.get_string());
                has_text = true;
            } else if (key == "date") {
                if (value.type() == od::json_type::null) continue;
                if (value.type() != od::json_type::string) return "\"date\" is not a string";
                auto const parsed = parse_date(std::string_view(value.get_string()));
                if (auto const* message = std::get_if<std::string>(&parsed)) return *message;
                a.date = std::get<day_number>(parsed);
                a.date_source = "jsonl";
            } else if (key == "id") {
                a.id = value_text(doc, value);
            } else if (key == "title") {
                a.title = value_text(doc, value);
            } else if (key == "source") {
                a.source = value_text(doc, value);
            } else if (key == "url") {
                a.url = value_text(doc, value);
            } else {
                a.extra[std::string(key)] = value_text(doc, value);
            }
        }
        // A document that ended with the object has no location left.
        if (!doc.current_location().error()) return "unexpected content after the JSON object";
        if (!has_text) return "missing \"text\"";
        return std::nullopt;
    } catch (simdjson::simdjson_error const& e) {
        if (e.error() == simdjson::UTF8_ERROR)
            return "invalid UTF-8 at byte " +
                   std::to_string(offset + find_invalid_utf8(line).value_or(0));
        std::string message = lower_first(simdjson::error_message(e.error()));
        if (message.ends_with('.')) message.pop_back();
        return "invalid JSON (" + message + ")";
    }
}

}  // namespace

void read_jsonl(std::string const& path, ingest_options const& options,
                std::function<void(article&&)> const& on_article, error_sink& errors) {
    std::size_t size = 0;
    unique_fd const fd = open_regular_file(path, size, errors);
    if (fd.get() < 0) return;

    char head[binary_sniff_bytes];
    ssize_t const head_size = ::pread(fd.get(), head, sizeof head, 0);
    if (head_size > 0) {
        if (auto const* nul = static_cast<char const*>(
                std::memchr(head, '\0', static_cast<std::size_t>(head_size)))) {
            errors.report(path, 0,
                          "binary file (NUL byte at byte " + std::to_string(nul - head) + ")");
            return;
        }
    }
    ::posix_fadvise(fd.get(), 0, 0, POSIX_FADV_SEQUENTIAL);

    std::string const stem = std::filesystem::path(path).stem().string();
    line_reader lines(fd.get(), options.max_article_bytes);
    od::parser parser;
    std::string_view line;
    for (auto status = lines.next(line); status != line_reader::status::end;
         status = lines.next(line)) {
        std::size_t const number = lines.number();
        if (status == line_reader::status::too_long) {
            errors.report(path, number,
                          "article too large (line longer than " +
                              std::to_string(options.max_article_bytes) + " bytes)");
            continue;
        }
        std::size_t offset = lines.offset();
        if (number == 1 && line.starts_with(utf8_bom)) {
            line.remove_prefix(utf8_bom.size());
            offset += utf8_bom.size();
        }
        if (is_blank(line)) continue;

        article a;
        if (auto problem = parse_record(parser, line, offset, a)) {
            errors.report(path, number, std::move(*problem));
            continue;
        }
        if (is_blank(a.text)) {
            errors.report(path, number, "empty article");
            continue;
        }
        if (a.id.empty()) a.id = stem + ":" + std::to_string(number);
        a.path = path;
        a.line = number;
        a.file_offset = 0;
        a.offsets_in_file = false;
        on_article(std::move(a));
    }
    if (lines.error() != 0) errors.report(path, 0, "cannot read: " + describe_errno(lines.error()));
}

}  // namespace claimcheck::ingest::detail
