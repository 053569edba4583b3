#include "accept/yaml_file.hpp"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace claimcheck::accept {

void fail(std::string const& path, std::size_t line, std::string const& what) {
    throw file_error(path, line, what);
}

void fail(std::string const& path, YAML::Node const& node, std::string const& what) { fail(path, line_of(node), what); }

std::size_t line_of(YAML::Node const& node) {
    auto m = node.Mark();
    return m.line < 0 ? 0 : static_cast<std::size_t>(m.line) + 1;
}

YAML::Node load_yaml(std::string const& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) fail(path, 0, std::string("cannot read: ") + std::strerror(errno));
    std::ostringstream text;
    text << in.rdbuf();
    try {
        return YAML::Load(text.str());
    } catch (YAML::ParserException const& e) {
        fail(path, static_cast<std::size_t>(e.mark.line + 1), e.msg);
    } catch (YAML::Exception const& e) {
        fail(path, 0, e.what());
    }
}

std::string scalar(std::string const& path, YAML::Node const& node, std::string_view what) {
    if (!node.IsScalar()) fail(path, node, std::string(what) + ": expected a string");
    return node.Scalar();
}

std::vector<std::string> strings(std::string const& path, YAML::Node const& node, std::string_view what) {
    std::vector<std::string> out;
    if (node.IsScalar()) {
        out.push_back(node.Scalar());
    } else if (node.IsSequence()) {
        for (auto const& item : node) out.push_back(scalar(path, item, what));
    } else if (!node.IsNull()) {
        fail(path, node, std::string(what) + ": expected a string or a list of strings");
    }
    return out;
}

void check_keys(std::string const& path, YAML::Node const& map, std::initializer_list<std::string_view> known) {
    for (auto const& kv : map) {
        std::string key = kv.first.IsScalar() ? kv.first.Scalar() : "?";
        bool ok = false;
        std::string expected;
        for (auto k : known) {
            ok = ok || key == k;
            expected += (expected.empty() ? "" : ", ") + std::string(k);
        }
        if (!ok) fail(path, kv.first, "unknown key '" + key + "' (expected " + expected + ")");
    }
}

void write_atomically(std::string const& path, std::string const& content) {
    namespace fs = std::filesystem;
    fs::path target(path);
    fs::path dir = target.parent_path();
    if (dir.empty()) dir = ".";
    std::string tmpl = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    std::vector<char> name(tmpl.begin(), tmpl.end());
    name.push_back('\0');
    int fd = ::mkstemp(name.data());
    if (fd < 0) fail(path, 0, std::string("cannot write: ") + std::strerror(errno));
    std::string temp = name.data();
    auto give_up = [&](int err) {
        ::unlink(temp.c_str());
        fail(path, 0, std::string("cannot write: ") + std::strerror(err));
    };
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    std::size_t done = 0;
    while (done < content.size()) {
        ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            int err = errno;
            ::close(fd);
            give_up(err);
        }
        done += static_cast<std::size_t>(n);
    }
    int synced = ::fsync(fd) == 0 ? 0 : errno;
    if (::close(fd) != 0 && !synced) synced = errno;
    if (synced) give_up(synced);
    if (std::rename(temp.c_str(), path.c_str()) != 0) give_up(errno);
}

std::string yaml_quoted(std::string_view s) {
    return nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace claimcheck::accept
