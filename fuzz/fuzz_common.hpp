// Helpers shared by the fuzz targets: a private scratch folder and writing an input to a file
// there (ingest and rule loading read files, not buffers).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace claimcheck::fuzz {

// One folder per process, made on first use.
inline std::filesystem::path const& scratch() {
    static std::filesystem::path const dir = [] {
        // in memory when /dev/shm is there: every input is written to a file
        std::error_code ec;
        std::filesystem::path base = std::filesystem::is_directory("/dev/shm", ec) ? std::filesystem::path("/dev/shm")
                                                                                  : std::filesystem::temp_directory_path();
        auto d = base / ("claimcheck-fuzz-" + std::to_string(::getpid()));
        std::filesystem::create_directories(d);
        std::atexit([] {
            std::error_code ec;
            std::filesystem::remove_all(scratch(), ec);
        });
        return d;
    }();
    return dir;
}

inline void write_file(std::filesystem::path const& path, std::uint8_t const* data, std::size_t size) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<char const*>(data), static_cast<std::streamsize>(size));
}

}  // namespace claimcheck::fuzz
