// Fuzz target: loading rules. The input is written as each rules file in turn (tolerances,
// roles, gazetteer, people, events, checks), alone in a folder, and loaded as `--rules` would;
// a malformed file must be an exception with a message, nothing worse.
#include "engine/knowledge.hpp"
#include "extract/tolerances.hpp"
#include "fuzz_common.hpp"

#include <cstddef>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <string>

using namespace claimcheck;

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    namespace fs = std::filesystem;
    fs::path dir = fuzz::scratch() / "rules";
    fs::create_directories(dir);
    for (char const* name : {"tolerances.yaml", "roles.yaml", "gazetteer.yaml", "people.yaml", "events.yaml",
                             "checks.yaml"}) {
        for (auto const& e : fs::directory_iterator(dir)) fs::remove(e.path());
        fuzz::write_file(dir / name, data, size);
        try {
            if (std::string(name) == "tolerances.yaml")
                (void)extract::load_tolerances((dir / name).string());
            else
                (void)engine::load_knowledge({dir.string()});
        } catch (std::exception const& e) {
            if (std::string(e.what()).empty()) __builtin_trap();
        }
    }
    return 0;
}
