// `claimcheck extract`: corpus -> claims, streamed through the ordered pipeline (pipeline.hpp):
// workers extract and render whole batches, the writer prints them in corpus order, so output is
// byte-identical whatever --jobs is.
#include "cli/commands.hpp"
#include "cli/pipeline.hpp"
#include "cli/rules_loader.hpp"
#include "extract/extractor.hpp"
#include "ingest/article.hpp"
#include "output/claims_json.hpp"

#include <cstdio>
#include <iostream>

namespace claimcheck::cli {

namespace {

struct rendered_batch {
    std::string rendered;                 // output text for these articles
    std::vector<output::json> summaries;  // for --format json
};

class renderer {
public:
    renderer(std::string const& format, extract::tolerances const& tol) : format_(format), extractor_(tol) {}

    rendered_batch operator()(article_batch& in) {
        rendered_batch b;
        for (auto const& a : in.articles) {
            claims_.clear();
            extractor_.extract(a.text, a.date, claims_);
            for (auto const& c : claims_) {
                if (format_ == "text") {
                    b.rendered += output::claim_text_line(a, c);
                    b.rendered += '\n';
                } else {
                    if (format_ == "json") b.rendered += ",\n    ";  // write() drops the very first comma
                    output::write_claim(b.rendered, a, c);
                    if (format_ == "jsonl") b.rendered += '\n';
                }
            }
            if (format_ == "json") b.summaries.push_back(output::article_json(a, claims_.size()));
        }
        in.articles.clear();
        in.articles.shrink_to_fit();
        return b;
    }
private:
    std::string format_;
    extract::extractor extractor_;
    std::vector<extract::claim> claims_;
};

}  // namespace

int run_extract(extract_options const& options) {
    auto loaded = load_tolerances_or_report(options.rules_dirs);
    if (!loaded) return 2;
    extract::tolerances const& tol = *loaded;
    unsigned jobs = options.jobs == 0 ? std::max(1u, std::thread::hardware_concurrency()) : options.jobs;
    std::FILE* out = stdout;
    std::vector<char> buffer(1u << 16);
    std::setvbuf(out, buffer.data(), _IOFBF, buffer.size());

    bool json = options.format == "json";
    bool any_claim_written = false;
    std::vector<output::json> summaries;
    if (json) std::fputs("{\n  \"claims\": [", out);

    // Writes a rendered batch. Every json element was rendered with a leading comma; batches render
    // in parallel, so only here, where the order is known, is the first one of all found.
    auto write = [&](rendered_batch&& b) {
        if (json && !b.rendered.empty()) {
            if (!any_claim_written) b.rendered.erase(0, 1);
            any_claim_written = true;
        }
        std::fwrite(b.rendered.data(), 1, b.rendered.size(), out);
        for (auto& s : b.summaries) summaries.push_back(std::move(s));
    };

    std::vector<ingest::ingest_error> errors;
    auto on_error = [&](ingest::ingest_error const& e) {
        errors.push_back(e);
        print_ingest_error(e);
    };

    run_ordered_pipeline<rendered_batch>(
        options.paths, jobs, [&] { return renderer(options.format, tol); }, write, on_error);

    if (json) {
        std::fputs(any_claim_written ? "\n  ],\n" : "],\n", out);
        output::json tail;
        tail["articles"] = summaries;
        output::json errs = output::json::array();
        for (auto const& e : errors) {
            output::json j;
            j["path"] = e.path;
            j["line"] = e.line ? output::json(e.line) : output::json(nullptr);
            j["message"] = e.message;
            errs.push_back(j);
        }
        tail["errors"] = errs;
        std::string t = tail.dump(2);
        // splice the tail object's members after the claims array
        std::fwrite(t.data() + 2, 1, t.size() - 2, out);
        std::fputs("\n", out);
    }
    std::fflush(out);
    return errors.empty() ? 0 : 2;
}

}  // namespace claimcheck::cli
