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

// One folder per process, made on first use: $CLAIMCHECK_FUZZ_SCRATCH when set (scripts/fuzz.sh
// makes it and removes it afterwards: libFuzzer does not always run exit handlers), else one under
// /dev/shm (every input is written to a file) or the temporary folder, removed at exit.
inline std::filesystem::path const& scratch() {
    // Never destroyed: the exit handler below still needs it after static destructors began.
    static std::filesystem::path const* const dir = [] {
        namespace fs = std::filesystem;
        std::error_code ec;
        if (char const* given = std::getenv("CLAIMCHECK_FUZZ_SCRATCH"); given && *given) {
            fs::create_directories(given);
            return new fs::path(given);
        }
        fs::path base = fs::is_directory("/dev/shm", ec) ? fs::path("/dev/shm") : fs::temp_directory_path();
        auto* d = new fs::path(base / ("claimcheck-fuzz-" + std::to_string(::getpid())));
        fs::create_directories(*d);
        std::atexit([] {
            std::error_code ec;
            fs::remove_all(scratch(), ec);
        });
        return d;
    }();
    return *dir;
}

inline void write_file(std::filesystem::path const& path, std::uint8_t const* data, std::size_t size) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<char const*>(data), static_cast<std::streamsize>(size));
}

}  // namespace claimcheck::fuzz
