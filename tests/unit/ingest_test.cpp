#include "ingest/article.hpp"

#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using namespace claimcheck;
using namespace claimcheck::ingest;

std::string const fixtures = CLAIMCHECK_SOURCE_DIR "/tests/fixtures/ingest";

struct corpus {
    std::vector<article> articles;
    std::vector<ingest_error> errors;
    std::size_t error_count = 0;
};

corpus read(std::vector<std::string> const& paths, ingest_options const& options = {}) {
    corpus c;
    c.error_count = read_corpus(
        paths, options, [&](article&& a) { c.articles.push_back(std::move(a)); },
        [&](ingest_error const& e) { c.errors.push_back(e); });
    return c;
}

std::vector<std::string> ids(corpus const& c) {
    std::vector<std::string> out;
    for (auto const& a : c.articles) out.push_back(a.id);
    return out;
}

day_number day(int year, unsigned month, unsigned d) { return to_days({year, month, d}); }

std::string slurp(fs::path const& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The error about `path` (matched by its ending), failing the test when there is none.
ingest_error error_for(corpus const& c, std::string const& path_end, std::size_t line) {
    for (auto const& e : c.errors)
        if (e.path.ends_with(path_end) && e.line == line) return e;
    ADD_FAILURE() << "no error for " << path_end << ":" << line;
    return {};
}

// A fresh folder under the system temp folder, removed with its contents at the end of the test.
class temp_folder {
public:
    temp_folder()
        : path_(fs::temp_directory_path() /
                ("claimcheck-ingest-" + std::to_string(::getpid()) + "-" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name())) {
        fs::remove_all(path_);
        fs::create_directories(path_);
    }
    temp_folder(temp_folder const&) = delete;
    temp_folder& operator=(temp_folder const&) = delete;
    ~temp_folder() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }

    std::string path() const { return path_.string(); }
    std::string write(std::string const& name, std::string_view content) const {
        fs::path const file = path_ / name;
        fs::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << content;
        return file.string();
    }

private:
    fs::path path_;
};

// --- find_invalid_utf8 -------------------------------------------------------------------------

TEST(find_invalid_utf8, accepts_valid_text) {
    EXPECT_EQ(find_invalid_utf8(""), std::nullopt);
    EXPECT_EQ(find_invalid_utf8("plain ASCII"), std::nullopt);
    EXPECT_EQ(find_invalid_utf8("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x93\xB0"), std::nullopt);
    EXPECT_EQ(find_invalid_utf8("\xF4\x8F\xBF\xBF"), std::nullopt);  // U+10FFFF
}

TEST(find_invalid_utf8, reports_the_first_bad_sequence) {
    EXPECT_EQ(find_invalid_utf8("ab\xFF"), 2u);
    EXPECT_EQ(find_invalid_utf8("a\xC0\x80"), 1u);          // overlong NUL
    EXPECT_EQ(find_invalid_utf8("\xE0\x80\x80"), 0u);       // overlong
    EXPECT_EQ(find_invalid_utf8("x\xED\xA0\x80"), 1u);      // surrogate U+D800
    EXPECT_EQ(find_invalid_utf8("\xF4\x90\x80\x80"), 0u);   // above U+10FFFF
    EXPECT_EQ(find_invalid_utf8("ok \xE2\x82"), 3u);        // truncated at the end
    EXPECT_EQ(find_invalid_utf8("\xC3\x28 then \xFF"), 0u);  // bad continuation
}

TEST(find_invalid_utf8, finds_offsets_past_the_vector_blocks) {
    std::string text(1000, 'a');
    text += "\xE2\x82\xAC";
    text.append(500, 'b');
    text += '\x80';
    text.append(100, 'c');
    EXPECT_EQ(find_invalid_utf8(text), 1503u);
}

// --- the fixture corpus ------------------------------------------------------------------------

TEST(read_corpus, walks_a_folder_in_sorted_order) {
    corpus const c = read({fixtures + "/corpus"});
    // .hidden.md, notes.csv and manifest.yaml are not articles; sub/ comes after the files.
    EXPECT_EQ(ids(c), (std::vector<std::string>{"harbour-ferry", "02_plain", "03_unlisted", "j-1",
                                                 "04_stream:3", "17", "05_nested"}));
    EXPECT_EQ(c.error_count, c.errors.size());
    EXPECT_EQ(c.errors.size(), 6u);  // all from the JSONL file
    for (auto const& e : c.errors) EXPECT_TRUE(e.path.ends_with("corpus/04_stream.jsonl"));
}

TEST(read_corpus, reads_front_matter) {
    corpus const c = read({fixtures + "/corpus/01_front.md"});
    ASSERT_EQ(c.articles.size(), 1u);
    article const& a = c.articles[0];
    EXPECT_EQ(a.id, "harbour-ferry");
    EXPECT_EQ(a.path, fixtures + "/corpus/01_front.md");
    EXPECT_EQ(a.date, day(2023, 9, 7));
    EXPECT_EQ(a.date_source, "front-matter");
    EXPECT_FALSE(a.date_approximate);
    EXPECT_EQ(a.title, "Harbour ferry returns after its refit");
    EXPECT_EQ(a.source, "Coastal Ledger");
    EXPECT_EQ(a.url, "https://example.org/news/harbour-ferry");
    EXPECT_EQ(a.extra, (std::map<std::string, std::string>{{"author", "R. Okafor"},
                                                           {"crew", "{captain: Lena Brandt}"},
                                                           {"tags", "[transport, harbour]"}}));
    EXPECT_EQ(a.line, 12u);
    EXPECT_TRUE(a.offsets_in_file);
    EXPECT_TRUE(a.text.starts_with("The ferry resumed service on Thursday"));
}

TEST(read_corpus, blanks_markdown_comments_keeping_offsets) {
    std::string const path = fixtures + "/corpus/01_front.md";
    corpus const c = read({path});
    ASSERT_EQ(c.articles.size(), 1u);
    article const& a = c.articles[0];
    std::string const file = slurp(path);
    ASSERT_EQ(a.file_offset + a.text.size(), file.size());
    EXPECT_EQ(std::count(file.begin(), file.begin() + static_cast<long>(a.file_offset), '\n') + 1,
              static_cast<long>(a.line));
    EXPECT_EQ(a.text.find("<!--"), std::string::npos);
    EXPECT_EQ(a.text.find("night editor"), std::string::npos);
    for (std::size_t i = 0; i < a.text.size(); ++i) {
        char const original = file[a.file_offset + i];
        if (a.text[i] != original) {
            ASSERT_EQ(a.text[i], ' ') << "at " << i;
        }
        if (original == '\n') {
            ASSERT_EQ(a.text[i], '\n') << "at " << i;
        }
    }
    // "<!-- desk: confirm weekday -->" is 30 bytes.
    EXPECT_NE(a.text.find("Thursday" + std::string(30, ' ') + ", three\n"), std::string::npos);
}

TEST(read_corpus, takes_plain_text_metadata_from_the_manifest) {
    corpus const c = read({fixtures + "/corpus"});
    ASSERT_GE(c.articles.size(), 3u);
    article const& listed = c.articles[1];
    EXPECT_EQ(listed.id, "02_plain");
    EXPECT_EQ(listed.date, day(2022, 11, 14));
    EXPECT_EQ(listed.date_source, "manifest");
    EXPECT_TRUE(listed.date_approximate);
    EXPECT_EQ(listed.title, "Council approves a night-bus trial");
    EXPECT_EQ(listed.extra, (std::map<std::string, std::string>{
                                {"desk", "metro"}, {"tags", "[transport, council]"}}));
    EXPECT_EQ(listed.line, 1u);
    EXPECT_EQ(listed.file_offset, 0u);
    EXPECT_EQ(listed.text, slurp(fixtures + "/corpus/02_plain.txt"));

    article const& unlisted = c.articles[2];
    EXPECT_EQ(unlisted.id, "03_unlisted");
    EXPECT_EQ(unlisted.date, std::nullopt);
    EXPECT_EQ(unlisted.date_source, "");
}

TEST(read_corpus, reads_jsonl_line_by_line) {
    std::string const path = fixtures + "/corpus/04_stream.jsonl";
    corpus const c = read({path});
    ASSERT_EQ(c.articles.size(), 3u);

    article const& first = c.articles[0];
    EXPECT_EQ(first.id, "j-1");
    EXPECT_EQ(first.path, path);
    EXPECT_EQ(first.line, 1u);
    EXPECT_EQ(first.date, day(2021, 5, 4));
    EXPECT_EQ(first.date_source, "jsonl");
    EXPECT_EQ(first.title, "Bridge opens");
    EXPECT_EQ(first.text, "The bridge opened on Tuesday.");
    EXPECT_FALSE(first.offsets_in_file);
    EXPECT_EQ(first.file_offset, 0u);
    EXPECT_EQ(first.extra, (std::map<std::string, std::string>{{"desk", "city"},
                                                               {"meta", R"({"k":[1,true,null]})"},
                                                               {"score", "3.5"},
                                                               {"tags", R"(["a","b"])"}}));

    article const& second = c.articles[1];
    EXPECT_EQ(second.id, "04_stream:3");  // no id: file stem and line
    EXPECT_EQ(second.line, 3u);
    EXPECT_EQ(second.date, day(2021, 5, 5));  // date part of a timestamp
    EXPECT_EQ(second.text, "This line has no id.\nIts text spans two lines once unescaped.");

    article const& last = c.articles[2];
    EXPECT_EQ(last.id, "17");
    EXPECT_EQ(last.line, 10u);
    EXPECT_EQ(last.source, "Wire");
    EXPECT_EQ(last.date, std::nullopt);

    ASSERT_EQ(c.errors.size(), 6u);
    EXPECT_EQ(error_for(c, "04_stream.jsonl", 4).message,
              "invalid JSON (JSON document ended early in the middle of an object or array)");
    EXPECT_FALSE(error_for(c, "04_stream.jsonl", 5).message.empty());
    EXPECT_EQ(error_for(c, "04_stream.jsonl", 6).message, "not a JSON object");
    EXPECT_EQ(error_for(c, "04_stream.jsonl", 7).message, "missing \"text\"");
    EXPECT_EQ(error_for(c, "04_stream.jsonl", 8).message,
              "unexpected content after the JSON object");
    EXPECT_EQ(error_for(c, "04_stream.jsonl", 9).message,
              "unknown date '2021-02-29' (no such day)");
}

TEST(read_corpus, takes_the_date_part_of_a_timestamp) {
    corpus const c = read({fixtures + "/corpus/sub"});
    ASSERT_EQ(c.articles.size(), 1u);
    EXPECT_EQ(c.articles[0].date, day(2023, 9, 7));
    EXPECT_EQ(c.articles[0].line, 5u);
}

TEST(read_corpus, rejects_bad_articles_and_reads_the_rest) {
    corpus const c = read({fixtures + "/rejects"});
    EXPECT_EQ(ids(c), std::vector<std::string>{"good"});
    ASSERT_EQ(c.errors.size(), 6u);
    EXPECT_EQ(c.error_count, 6u);
    EXPECT_EQ(error_for(c, "rejects/bad_date.md", 3).message,
              "front matter: unknown date '2023-02-30' (no such day)");
    EXPECT_EQ(error_for(c, "rejects/bad_yaml.md", 3).message,
              "front matter: invalid YAML (illegal map value)");
    EXPECT_EQ(error_for(c, "rejects/comment_only.md", 0).message, "empty article");
    EXPECT_EQ(error_for(c, "rejects/empty.txt", 0).message, "empty article");
    EXPECT_EQ(error_for(c, "rejects/not_a_date.md", 2).message,
              "front matter: unknown date 'next Tuesday' (expected YYYY-MM-DD)");
    EXPECT_EQ(error_for(c, "rejects/unterminated.md", 1).message,
              "front matter: not terminated (no closing '---' line)");
    // Sorted file order, so the same input always reports the same way.
    EXPECT_TRUE(c.errors.front().path.ends_with("bad_date.md"));
    EXPECT_TRUE(c.errors.back().path.ends_with("unterminated.md"));
}

TEST(read_corpus, a_malformed_manifest_leaves_its_articles_undated) {
    corpus const c = read({fixtures + "/bad_manifest"});
    EXPECT_EQ(ids(c), (std::vector<std::string>{"a", "b"}));
    for (auto const& a : c.articles) EXPECT_EQ(a.date, std::nullopt);
    ASSERT_EQ(c.errors.size(), 1u);  // once for the folder, not once per article
    EXPECT_EQ(c.errors[0].path, fixtures + "/bad_manifest/manifest.yaml");
    EXPECT_EQ(c.errors[0].line, 4u);
    EXPECT_EQ(c.errors[0].message, "manifest: invalid YAML (illegal map value)");
}

TEST(read_corpus, a_bad_manifest_entry_costs_only_that_value) {
    std::string const folder = fixtures + "/manifest_dates";
    // Named one by one: the manifest is still parsed, and its errors reported, only once.
    corpus const c = read({folder + "/one.txt", folder + "/two.txt"});
    ASSERT_EQ(c.articles.size(), 2u);
    EXPECT_EQ(c.articles[0].date, std::nullopt);
    EXPECT_EQ(c.articles[0].title, "An impossible date");
    EXPECT_EQ(c.articles[1].date, day(2024, 2, 29));
    EXPECT_FALSE(c.articles[1].date_approximate);
    ASSERT_EQ(c.errors.size(), 3u);
    EXPECT_EQ(error_for(c, "manifest_dates/manifest.yaml", 3).message,
              "manifest: unknown date '2023-02-30' (no such day)");
    EXPECT_EQ(error_for(c, "manifest_dates/manifest.yaml", 8).message,
              "manifest: 'approximate' must be true or false, not 'maybe'");
    EXPECT_EQ(error_for(c, "manifest_dates/manifest.yaml", 9).message,
              "manifest: entry without 'file'");
}

TEST(read_corpus, reads_named_files_whatever_their_extension) {
    std::string const folder = fixtures + "/corpus";
    corpus const c =
        read({folder + "/02_plain.txt", folder + "/manifest.yaml", folder + "/notes.csv"});
    EXPECT_TRUE(c.errors.empty());
    ASSERT_EQ(ids(c), (std::vector<std::string>{"02_plain", "notes"}));
    EXPECT_EQ(c.articles[0].date, day(2022, 11, 14));  // the manifest of its folder applies
    EXPECT_EQ(c.articles[1].text, "not,an,article\n");
    EXPECT_EQ(c.articles[1].date, std::nullopt);
}

TEST(read_corpus, is_deterministic) {
    auto render = [](corpus const& c) {
        std::string out;
        for (auto const& a : c.articles)
            out += a.path + ":" + std::to_string(a.line) + " " + a.id + "\n";
        for (auto const& e : c.errors)
            out += e.path + ":" + std::to_string(e.line) + " " + e.message + "\n";
        return out;
    };
    std::vector<std::string> const paths{fixtures + "/corpus", fixtures + "/rejects"};
    EXPECT_EQ(render(read(paths)), render(read(paths)));
}

TEST(read_corpus, loads_the_seed_articles_with_their_manifest_dates) {
    std::string const seeds = CLAIMCHECK_SOURCE_DIR "/../shared/seeds";
    if (!fs::is_directory(seeds)) GTEST_SKIP() << seeds << " is not here";
    corpus const c = read({seeds});
    EXPECT_TRUE(c.errors.empty());
    ASSERT_EQ(c.articles.size(), 5u);
    struct expected {
        std::string_view id;
        day_number date;
        bool approximate;
    };
    std::vector<expected> const dates{{"000_1de9c60c9b31f3da", day(2023, 9, 7), false},
                                      {"001_4643961aae474666", day(2025, 10, 7), false},
                                      {"002_90080fe0e1cfee36", day(2017, 11, 15), false},
                                      {"003_ad65c12c482889f5", day(2025, 10, 12), true},
                                      {"004_1df91783753ff200", day(2024, 3, 21), true}};
    for (std::size_t i = 0; i < dates.size(); ++i) {
        article const& a = c.articles[i];
        EXPECT_EQ(a.id, dates[i].id);
        EXPECT_EQ(a.date, dates[i].date) << a.id;
        EXPECT_EQ(a.date_source, "manifest") << a.id;
        EXPECT_EQ(a.date_approximate, dates[i].approximate) << a.id;
        EXPECT_FALSE(a.title.empty()) << a.id;
        EXPECT_FALSE(a.text.empty()) << a.id;
    }
}

// --- files made on the spot --------------------------------------------------------------------

TEST(read_corpus, reports_missing_paths) {
    temp_folder const tmp;
    std::string const missing = tmp.path() + "/nowhere.md";
    corpus const c = read({missing, tmp.write("here.md", "Still read.\n")});
    EXPECT_EQ(ids(c), std::vector<std::string>{"here"});
    ASSERT_EQ(c.errors.size(), 1u);
    EXPECT_EQ(c.errors[0].path, missing);
    EXPECT_EQ(c.errors[0].line, 0u);
    EXPECT_EQ(c.errors[0].message, "cannot read: no such file or directory");
}

TEST(read_corpus, reports_unreadable_files) {
    temp_folder const tmp;
    std::string const locked = tmp.write("locked.md", "Nobody may read this.\n");
    fs::permissions(locked, fs::perms::none);
    if (std::ifstream(locked).good()) GTEST_SKIP() << "permissions do not apply (running as root)";
    corpus const c = read({tmp.path()});
    EXPECT_TRUE(c.articles.empty());
    ASSERT_EQ(c.errors.size(), 1u);
    EXPECT_EQ(c.errors[0].path, locked);
    EXPECT_EQ(c.errors[0].message, "cannot open: permission denied");
}

TEST(read_corpus, follows_symlinks_without_looping) {
    temp_folder const tmp;
    tmp.write("corpus/a.md", "Article a.\n");
    tmp.write("corpus/sub/b.md", "Article b.\n");
    tmp.write("elsewhere/c.md", "Article c.\n");
    fs::create_directory_symlink("..", tmp.path() + "/corpus/sub/up");      // a loop
    fs::create_directory_symlink(".", tmp.path() + "/corpus/self");         // another
    fs::create_directory_symlink("../elsewhere", tmp.path() + "/corpus/z");  // followed
    fs::create_symlink("missing.md", tmp.path() + "/corpus/dangling.md");
    fs::create_symlink("missing.csv", tmp.path() + "/corpus/dangling.csv");  // not an article
    // elsewhere/ is reached through the link first, so naming it again reads nothing twice.
    corpus const c = read({tmp.path() + "/corpus", tmp.path() + "/elsewhere"});
    EXPECT_EQ(ids(c), (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_EQ(c.articles[2].path, tmp.path() + "/corpus/z/c.md");
    // the two loops are said once each; the dangling article link is an error
    ASSERT_EQ(c.errors.size(), 3u);
    EXPECT_EQ(c.errors[0].path, tmp.path() + "/corpus/dangling.md");
    EXPECT_EQ(c.errors[1].path, tmp.path() + "/corpus/self");
    EXPECT_NE(c.errors[1].message.find("directory loop"), std::string::npos);
    EXPECT_EQ(c.errors[2].path, tmp.path() + "/corpus/sub/up");
}

TEST(read_corpus, rejects_binary_files) {
    temp_folder const tmp;
    std::string binary("PK\x03\x04", 4);
    binary += std::string("\0\0\x14\0", 4) + "rest of an archive";
    std::string const path = tmp.write("archive.txt", binary);
    std::string const jsonl =
        tmp.write("dump.jsonl", std::string("{\"text\":\"x\"}\n\0\0\0\n", 17));
    corpus const c = read({path, jsonl});
    EXPECT_TRUE(c.articles.empty());
    ASSERT_EQ(c.errors.size(), 2u);  // one per file, not one per line
    EXPECT_EQ(c.errors[0].message, "binary file (NUL byte at byte 4)");
    EXPECT_EQ(c.errors[1].message, "binary file (NUL byte at byte 13)");
}

TEST(read_corpus, rejects_invalid_utf8_naming_line_and_byte) {
    temp_folder const tmp;
    std::string const path = tmp.write("latin1.txt", "line one\nline two\nna\xEFve\n");
    corpus const c = read({path});
    EXPECT_TRUE(c.articles.empty());
    ASSERT_EQ(c.errors.size(), 1u);
    EXPECT_EQ(c.errors[0].line, 3u);
    EXPECT_EQ(c.errors[0].message, "invalid UTF-8 at byte 20");
}

TEST(read_corpus, strips_a_byte_order_mark) {
    temp_folder const tmp;
    std::string const bom = "\xEF\xBB\xBF";
    std::string const plain = tmp.write("plain.txt", bom + "Body text.\n");
    std::string const front = tmp.write("front.md", bom + "---\ndate: 2020-01-02\n---\nBody.\n");
    corpus const c = read({plain, front});
    ASSERT_EQ(c.articles.size(), 2u);
    EXPECT_EQ(c.articles[0].text, "Body text.\n");
    EXPECT_EQ(c.articles[0].file_offset, 3u);
    EXPECT_EQ(c.articles[1].text, "Body.\n");
    EXPECT_EQ(c.articles[1].date, day(2020, 1, 2));
    EXPECT_EQ(c.articles[1].file_offset, 3u + 25u);
    EXPECT_EQ(c.articles[1].line, 4u);
}

TEST(read_corpus, reads_crlf_front_matter) {
    temp_folder const tmp;
    std::string const path =
        tmp.write("windows.md", "---\r\ntitle: Crlf\r\ndate: 2019-06-30\r\n...\r\nBody.\r\n");
    corpus const c = read({path});
    ASSERT_EQ(c.articles.size(), 1u);
    EXPECT_EQ(c.articles[0].title, "Crlf");
    EXPECT_EQ(c.articles[0].date, day(2019, 6, 30));
    EXPECT_EQ(c.articles[0].text, "Body.\r\n");
    EXPECT_EQ(c.articles[0].line, 5u);
}

TEST(read_corpus, rejects_files_over_the_size_limit) {
    temp_folder const tmp;
    tmp.write("a_big.txt", std::string(100, 'x'));
    tmp.write("b_small.txt", "Small enough.\n");
    corpus const c = read({tmp.path()}, ingest_options{.max_article_bytes = 64});
    EXPECT_EQ(ids(c), std::vector<std::string>{"b_small"});
    ASSERT_EQ(c.errors.size(), 1u);
    EXPECT_EQ(c.errors[0].message, "file too large (100 bytes; the limit is 64)");
}

TEST(read_corpus, reads_ten_megabyte_jsonl_lines) {
    temp_folder const tmp;
    std::string const big(10u << 20, 'w');
    // CRLF endings and no final newline, as some exporters write.
    std::string const path = tmp.write(
        "big.jsonl",
        "{\"text\":\"small one\"}\r\n{\"text\":\"" + big + "\"}\r\n{\"text\":\"small two\"}");

    corpus const all = read({path});
    EXPECT_TRUE(all.errors.empty());
    ASSERT_EQ(all.articles.size(), 3u);
    EXPECT_EQ(all.articles[1].text.size(), big.size());
    EXPECT_EQ(all.articles[2].text, "small two");
    EXPECT_EQ(all.articles[2].line, 3u);

    corpus const limited = read({path}, ingest_options{.max_article_bytes = 1u << 20});
    EXPECT_EQ(ids(limited), (std::vector<std::string>{"big:1", "big:3"}));
    ASSERT_EQ(limited.errors.size(), 1u);
    EXPECT_EQ(limited.errors[0].line, 2u);
    EXPECT_EQ(limited.errors[0].message, "article too large (line longer than 1048576 bytes)");
}

TEST(read_corpus, jsonl_errors_name_the_line) {
    temp_folder const tmp;
    std::string const content = "\xEF\xBB\xBF{\"text\":\"bom first\"}\n"
                                "{\"text\":\"caf\xC3\xA9\"}\n"
                                "{\"text\":\"na\xEFve\"}\n"
                                "{\"text\":\"x\",\"meta\":{\"a\":tru}}\n"  // skipped values too
                                "{\"text\":\"\\ud800\"}\n"                  // lone surrogate
                                "{\"text\":\"   \"}\n"
                                "{\"text\":42}\n";
    std::string const path = tmp.write("mixed.jsonl", content);
    corpus const c = read({path});
    ASSERT_EQ(c.articles.size(), 2u);
    EXPECT_EQ(c.articles[0].text, "bom first");
    EXPECT_EQ(c.articles[1].text, "caf\xC3\xA9");
    ASSERT_EQ(c.errors.size(), 5u);
    EXPECT_EQ(error_for(c, "mixed.jsonl", 3).message,
              "invalid UTF-8 at byte " + std::to_string(content.find('\xEF', 3)));
    EXPECT_TRUE(error_for(c, "mixed.jsonl", 4).message.starts_with("invalid JSON ("));
    EXPECT_TRUE(error_for(c, "mixed.jsonl", 5).message.starts_with("invalid JSON ("));
    EXPECT_EQ(error_for(c, "mixed.jsonl", 6).message, "empty article");
    EXPECT_EQ(error_for(c, "mixed.jsonl", 7).message, "\"text\" is not a string");
}

}  // namespace

// Found by fuzz_manifest (fuzz/regressions/manifest/map-without-articles.yaml): a manifest that
// is a map without `articles:` threw YAML::InvalidNode out of read_corpus and aborted the run.
TEST(read_corpus, a_manifest_that_is_a_map_without_articles_is_one_error) {
    temp_folder const tmp;
    tmp.write("m/manifest.yaml", "Loaded without a date: the manifest gives an impossible one.\n");
    tmp.write("m/a.txt", "Talks resumed on Monday.\n");
    corpus const c = read({tmp.path() + "/m"});
    EXPECT_EQ(ids(c), std::vector<std::string>{"a"});
    ASSERT_EQ(c.errors.size(), 1u);
    EXPECT_EQ(c.errors[0].line, 1u);
    EXPECT_EQ(c.errors[0].message, "manifest: expected an 'articles:' list of entries");
}
