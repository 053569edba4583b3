// Running the claimcheck binary from tests: a command line in, exit status and stdout out; and the
// small file helpers the CLI tests share (read, write, edit a fixture copy).
#pragma once

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

namespace claimcheck::testing {

struct run_result {
    int status = -1;
    std::string out;
};

// Runs a shell command line, capturing stdout (redirect stderr in the command to keep it).
inline run_result run(std::string const& command) {
    run_result r;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return r;
    std::array<char, 1 << 14> buf;
    std::size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) r.out.append(buf.data(), n);
    int st = pclose(pipe);
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    return r;
}

inline std::string const binary = CLAIMCHECK_BINARY;
inline std::string const source = CLAIMCHECK_SOURCE_DIR;

// A fresh, empty folder under the system's temporary folder, unique to this process.
inline std::filesystem::path temp_dir(std::string const& name) {
    namespace fs = std::filesystem;
    fs::path d = fs::temp_directory_path() / ("claimcheck-test-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(d);
    fs::create_directories(d);
    return d;
}

// A file's bytes.
inline std::string slurp(std::filesystem::path const& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Writes `text` as the whole file.
inline void spit(std::filesystem::path const& p, std::string const& text) {
    std::ofstream(p, std::ios::binary) << text;
}

// Replaces the first `from` in the file by `to`; fails the test when `from` is not there.
inline void replace_once(std::filesystem::path const& p, std::string const& from, std::string const& to) {
    std::string text = slurp(p);
    auto at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
    spit(p, text);
}

}  // namespace claimcheck::testing
