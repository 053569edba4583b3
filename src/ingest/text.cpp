// Small text and file helpers shared by the ingest formats.
#include "ingest/internal.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <system_error>

namespace claimcheck::ingest::detail {

std::size_t line_at(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + offset, '\n'));
}

bool is_blank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

std::string lower_first(std::string message) {
    auto is_upper = [&](std::size_t i) {
        return i < message.size() && std::isupper(static_cast<unsigned char>(message[i]));
    };
    if (is_upper(0) && !is_upper(1))  // "JSON ..." stays as it is
        message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
    return message;
}

std::string describe_errno(int error_number) {
    return lower_first(std::generic_category().message(error_number));
}

unique_fd::~unique_fd() {
    if (fd_ >= 0) ::close(fd_);
}

unique_fd open_regular_file(std::string const& path, std::size_t& size, error_sink& errors) {
    unique_fd fd{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
    if (fd.get() < 0) {
        errors.report(path, 0, "cannot open: " + describe_errno(errno));
        return fd;
    }
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) {
        errors.report(path, 0, "cannot read: " + describe_errno(errno));
        return unique_fd{-1};
    }
    if (!S_ISREG(st.st_mode)) {
        errors.report(path, 0, "not a regular file");
        return unique_fd{-1};
    }
    size = static_cast<std::size_t>(st.st_size);
    return fd;
}

std::optional<std::string> read_file(std::string const& path, std::size_t max_bytes,
                                     error_sink& errors) {
    std::size_t size = 0;
    unique_fd fd = open_regular_file(path, size, errors);
    if (fd.get() < 0) return std::nullopt;
    if (size > max_bytes) {
        errors.report(path, 0,
                      "file too large (" + std::to_string(size) + " bytes; the limit is " +
                          std::to_string(max_bytes) + ")");
        return std::nullopt;
    }
    std::string content(size, '\0');
    std::size_t got = 0;
    while (got < size) {
        ssize_t const n = ::read(fd.get(), content.data() + got, size - got);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            errors.report(path, 0, "cannot read: " + describe_errno(errno));
            return std::nullopt;
        }
        if (n == 0) break;  // the file shrank since fstat
        got += static_cast<std::size_t>(n);
    }
    content.resize(got);
    return content;
}

void blank_html_comments(std::string& text, std::vector<html_comment>* comments, std::size_t first_line) {
    std::size_t pos = 0;
    std::size_t line = first_line, counted = 0;  // line of text[counted]
    auto line_of = [&](std::size_t offset) {
        for (; counted < offset; ++counted) line += text[counted] == '\n';
        return line;
    };
    while ((pos = text.find("<!--", pos)) != std::string::npos) {
        // Searching for "-->" from the second '-' also ends the degenerate comments "<!-->" and
        // "<!--->", as CommonMark does. An unclosed comment runs to the end, as in HTML.
        std::size_t const close = text.find("-->", pos + 2);
        std::size_t const stop = close == std::string::npos ? text.size() : close + 3;
        if (comments) {
            html_comment c;
            c.line = line_of(pos);
            std::size_t const body_from = std::min(pos + 4, close == std::string::npos ? text.size() : close);
            std::size_t const body_to = close == std::string::npos ? text.size() : std::max(close, body_from);
            c.body = text.substr(body_from, body_to - body_from);
            c.end_line = line_of(stop);
            comments->push_back(std::move(c));
        }
        for (std::size_t i = pos; i < stop; ++i)
            if (text[i] != '\n' && text[i] != '\r') text[i] = ' ';
        pos = stop;
    }
}

}  // namespace claimcheck::ingest::detail
