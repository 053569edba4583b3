// `claimcheck expr`: the numbers, ordinals, durations and times of a text, as JSON.
#include "cli/commands.hpp"
#include "cli/rules_loader.hpp"
#include "extract/mentions.hpp"
#include "output/claims_json.hpp"

#include <fstream>
#include <stdexcept>
#include <iostream>

namespace claimcheck::cli {

namespace {

extract::preference parse_preference(std::string const& s) {
    if (s == "tense") return extract::preference::tense;
    if (s == "future") return extract::preference::future;
    if (s == "past") return extract::preference::past;
    throw std::runtime_error("invalid prefer '" + s + "' (expected tense, future or past)");
}

output::json evaluate(std::string const& text, std::optional<day_number> reference,
                      extract::tolerances const& tol, extract::preference prefer) {
    output::json j;
    j["reference_date"] = reference ? output::json(format_iso(*reference)) : output::json(nullptr);
    output::json mentions = output::json::array();
    for (auto const& m : extract::find_mentions(text, reference, tol, prefer))
        mentions.push_back(output::mention_json(m, text));
    j["mentions"] = mentions;
    return j;
}

}  // namespace

int run_expr(expr_options const& options) {
    auto loaded = load_tolerances_or_report(options.rules_dirs);
    if (!loaded) return 2;
    extract::tolerances const& tol = *loaded;
    auto parse_reference = [](std::string const& s) -> std::optional<day_number> {
        auto d = parse_iso(s);
        if (!d) throw std::runtime_error("invalid reference date '" + s + "' (expected YYYY-MM-DD)");
        return d;
    };
    extract::preference prefer = extract::preference::tense;
    try {
        prefer = parse_preference(options.prefer);
    } catch (std::exception const& e) {
        std::cerr << "claimcheck: error: " << e.what() << '\n';
        return 2;
    }
    if (!options.batch) {
        std::optional<day_number> reference;
        try {
            if (options.reference_date) reference = parse_reference(*options.reference_date);
        } catch (std::exception const& e) {
            std::cerr << "claimcheck: error: " << e.what() << '\n';
            return 2;
        }
        output::json j = evaluate(options.text, reference, tol, prefer);
        j["text"] = options.text;
        std::cout << j.dump() << '\n';
        return 0;
    }
    std::ifstream in(*options.batch);
    if (!in) {
        std::cerr << "claimcheck: error: cannot read " << *options.batch << '\n';
        return 2;
    }
    int status = 0;
    std::string line;
    std::size_t number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        try {
            auto input = output::json::parse(line);
            std::optional<day_number> reference;
            if (input.contains("reference_date") && input["reference_date"].is_string())
                reference = parse_reference(input["reference_date"].get<std::string>());
            extract::preference line_prefer = prefer;
            if (input.contains("prefer") && input["prefer"].is_string())
                line_prefer = parse_preference(input["prefer"].get<std::string>());
            output::json j;
            j["id"] = input.value("id", output::json(nullptr));
            output::json r = evaluate(input.at("text").get<std::string>(), reference, tol, line_prefer);
            j["reference_date"] = r["reference_date"];
            j["mentions"] = r["mentions"];
            std::cout << j.dump() << '\n';
        } catch (std::exception const& e) {
            std::cerr << *options.batch << ':' << number << ": error: " << e.what() << '\n';
            status = 2;
        }
    }
    return status;
}

}  // namespace claimcheck::cli
