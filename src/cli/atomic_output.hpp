// An output file written atomically: to a temporary file beside it, renamed into place when
// complete (check --output, report -o).
#pragma once

#include "output/findings.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace claimcheck::cli {

// An --output file: written to a temporary file beside PATH, renamed over PATH when complete, so
// a reader never sees half a report. The temporary file is made before the run, so that an
// unwritable PATH is reported at once; it is removed unless committed.
class atomic_output {
public:
    atomic_output(std::string format, std::string path) : format_(std::move(format)), path_(std::move(path)) {}
    atomic_output(atomic_output&& o) noexcept
        : format_(std::move(o.format_)), path_(std::move(o.path_)), temp_(std::move(o.temp_)), fd_(o.fd_) {
        o.fd_ = -1;
        o.temp_.clear();
    }
    atomic_output(atomic_output const&) = delete;
    ~atomic_output() {
        if (fd_ >= 0) ::close(fd_);
        if (!temp_.empty()) ::unlink(temp_.c_str());
    }
    std::string const& format() const { return format_; }
    std::string const& path() const { return path_; }

    // Empty on success, else why not.
    std::string open() {
        namespace fs = std::filesystem;
        std::error_code ec;
        if (fs::is_directory(path_, ec)) return "it is a directory";
        fs::path target(path_);
        fs::path dir = target.parent_path();
        if (dir.empty()) dir = ".";
        std::string tmpl = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
        std::vector<char> name(tmpl.begin(), tmpl.end());
        name.push_back('\0');
        fd_ = ::mkstemp(name.data());
        if (fd_ < 0) return std::strerror(errno);
        temp_ = name.data();
        return {};
    }
    // Renders, flushes and renames; empty on success, else why not.
    std::string commit(output::check_report const& report) {
        return commit([&](std::FILE* f) { output::write_findings(format_, report, f); });
    }
    template <class Write>
    std::string commit(Write write) {
        std::FILE* f = ::fdopen(fd_, "w");
        if (!f) return std::strerror(errno);
        fd_ = -1;
        write(f);
        bool ok = std::fflush(f) == 0 && !std::ferror(f);
        int err = errno;
        mode_t mask = ::umask(0);
        ::umask(mask);
        ::fchmod(::fileno(f), 0666 & ~mask);  // mkstemp makes 0600; a report is an ordinary file
        if (std::fclose(f) != 0 && ok) {
            ok = false;
            err = errno;
        }
        if (!ok) return std::strerror(err);
        if (std::rename(temp_.c_str(), path_.c_str()) != 0) return std::strerror(errno);
        temp_.clear();
        return {};
    }

private:
    std::string format_, path_, temp_;
    int fd_ = -1;
};

}  // namespace claimcheck::cli
