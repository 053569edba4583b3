// The bad-input corpus: one folder holding every class of bad input next to two good articles,
// checked in one run. Each bad input gives one error on stderr, "path:line: error: ..." (just
// "path: error: ..." when the whole file is concerned), the run exits 2, and the good articles
// are still checked: their conflict is still reported. Built at test time (the 10 MB line is
// generated, the symlink loop and the permissions made), in a temporary folder.
#include <gtest/gtest.h>

#include "run_binary.hpp"

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using claimcheck::testing::binary;
using claimcheck::testing::run;
using claimcheck::testing::source;

void write(fs::path const& p, std::string const& content) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
}

std::size_t count(std::string const& haystack, std::string const& needle) {
    std::size_t n = 0;
    for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
}

class bad_input : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = claimcheck::testing::temp_dir("bad-input");
        fs::path good = fs::path(source) / "tests/fixtures/check/corpus";
        fs::copy_file(good / "wpk-77-wrong.md", dir_ / "good-wpk-77-wrong.md");
        fs::copy_file(good / "wpk-80-parade.md", dir_ / "good-wpk-80-parade.md");
        auto article = [&](std::string const& id) { return "---\nid: " + id + "\ndate: 2025-10-10\n---\n"; };
        // invalid UTF-8 on line 6 (a Latin-1 byte)
        write(dir_ / "invalid-utf8.md", article("invalid-utf8") + "A fine first line.\nThe caf\xe9 opened in 2019.\n");
        // binary: NUL bytes
        write(dir_ / "binary.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0", 12));
        // empty
        write(dir_ / "empty.md", "");
        // a 10 MB line: accepted when well-formed (no error), and in a JSONL file whose line is cut short
        std::string huge(10u << 20, 'a');
        for (std::size_t i = 80; i < huge.size(); i += 81) huge[i] = ' ';
        write(dir_ / "long-line.md", article("long-line") + huge + "\n");
        write(dir_ / "long-line.jsonl",
              "{\"id\": \"short\", \"date\": \"2025-10-10\", \"text\": \"A short one.\"}\n{\"id\": \"cut\", \"text\": \"" +
                  huge + "\n");
        // malformed front matter YAML, and front matter never closed
        write(dir_ / "bad-yaml.md", "---\nid: bad-yaml\ntitle: [unclosed\ndate: 2025-10-10\n---\nText.\n");
        write(dir_ / "unterminated.md", "---\nid: unterminated\ndate: 2025-10-10\nText without a closing line.\n");
        // malformed JSON on line 2 of a JSONL file
        write(dir_ / "stream.jsonl", "{\"id\": \"fine\", \"date\": \"2025-10-10\", \"text\": \"Fine.\"}\n{\"id\": \"broken\", \"text\": }\n");
        // a malformed manifest sidecar (its articles are read, undated)
        write(dir_ / "plain" / "manifest.yaml", "articles:\n  - file: a.txt\n    date: [2025\n");
        write(dir_ / "plain" / "a.txt", "Plain text, listed in a broken manifest.\n");
        // an impossible date
        write(dir_ / "impossible-date.md", "---\nid: impossible-date\ndate: 2025-02-30\n---\nText.\n");
        // a directory loop through a symlink
        fs::create_directories(dir_ / "loop");
        fs::create_directory_symlink("..", dir_ / "loop" / "up");
        // unreadable (not for root, who reads everything)
        write(dir_ / "unreadable.md", article("unreadable") + "Nobody may read this.\n");
        fs::permissions(dir_ / "unreadable.md", fs::perms::none);
        unreadable_applies_ = !std::ifstream(dir_ / "unreadable.md").good();
        // unknown keys (overrides) and an impossible date (facts) in the files check reads besides
        write(dir_ / "config" / "overrides.yaml", "overrides:\n  - article: \"x\"\n    text: \"y\"\n    evnt: \"none\"\n");
        write(dir_ / "config" / "facts.yaml", "facts:\n  - event: \"founding(North Korea)\"\n    date: \"1948-13-09\"\n");

        auto r = run(binary + " check " + dir_.string() + " --overrides " + (dir_ / "config/overrides.yaml").string() +
                     " --facts " + (dir_ / "config/facts.yaml").string() + " 2>" + (dir_ / "config/stderr").string());
        status_ = r.status;
        out_ = r.out;
        std::ifstream in(dir_ / "config/stderr");
        err_.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    static void TearDownTestSuite() {
        std::error_code ec;
        fs::permissions(dir_ / "unreadable.md", fs::perms::owner_all, ec);
        fs::remove_all(dir_, ec);
    }
    // Exactly one error at this location ("path:line" or "path"), and nothing else said there.
    static void expect_one_error(std::string const& location) {
        std::string const at = (dir_ / location).string() + ": ";
        EXPECT_EQ(count(err_, at + "error: "), 1u) << "expected one error at " << location << " in:\n" << err_;
        EXPECT_EQ(count(err_, at), 1u) << err_;
    }
    static inline fs::path dir_;
    static inline int status_ = -1;
    static inline std::string out_, err_;
    static inline bool unreadable_applies_ = false;
};

TEST_F(bad_input, the_run_exits_2_and_still_reports_the_good_articles_conflict) {
    EXPECT_EQ(status_, 2) << err_;
    EXPECT_NE(out_.find("good-wpk-77-wrong.md:7:79: conflict: founding(Workers' Party of Korea)"), std::string::npos)
        << out_;
    // the good articles, the 10 MB one, the JSONL lines that parse and the manifest's article are read
    EXPECT_NE(out_.find("claimcheck: "), std::string::npos);
}

TEST_F(bad_input, each_bad_input_gives_one_error_naming_its_file_and_line) {
    expect_one_error("invalid-utf8.md:6");
    expect_one_error("binary.txt");
    expect_one_error("empty.md");
    expect_one_error("long-line.jsonl:2");
    expect_one_error("bad-yaml.md:4");  // where YAML finds the '[' unclosed
    expect_one_error("unterminated.md:1");
    expect_one_error("stream.jsonl:2");
    expect_one_error("plain/manifest.yaml:4");
    expect_one_error("impossible-date.md:3");
    expect_one_error("loop/up");
    EXPECT_NE(err_.find("overrides.yaml:4: error: unknown key 'evnt'"), std::string::npos) << err_;
    EXPECT_NE(err_.find("facts.yaml:3: error: impossible date '1948-13-09'"), std::string::npos) << err_;
    if (unreadable_applies_) expect_one_error("unreadable.md");
}

TEST_F(bad_input, a_well_formed_ten_megabyte_line_is_no_error) {
    EXPECT_EQ(err_.find("long-line.md"), std::string::npos) << err_;
}

TEST_F(bad_input, the_messages_say_what_is_wrong) {
    EXPECT_NE(err_.find("invalid UTF-8"), std::string::npos);
    EXPECT_NE(err_.find("binary file"), std::string::npos);
    EXPECT_NE(err_.find("empty article"), std::string::npos);
    EXPECT_NE(err_.find("invalid YAML"), std::string::npos);
    EXPECT_NE(err_.find("not terminated"), std::string::npos);
    EXPECT_NE(err_.find("2025-02-30"), std::string::npos);
    EXPECT_NE(err_.find("directory loop"), std::string::npos);
}

TEST(bad_input_permissions, an_unreadable_file_is_an_error_unless_running_as_root) {
    if (::geteuid() == 0) GTEST_SKIP() << "root reads every file: permissions cannot be tested";
    auto d = claimcheck::testing::temp_dir("unreadable");
    write(d / "locked.md", "---\nid: locked\ndate: 2025-10-10\n---\nLocked.\n");
    fs::permissions(d / "locked.md", fs::perms::none);
    auto r = run(binary + " check " + d.string() + " 2>&1");
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.out.find((d / "locked.md").string() + ": error: cannot open: permission denied"), std::string::npos)
        << r.out;
    fs::permissions(d / "locked.md", fs::perms::owner_all);
    fs::remove_all(d);
}

}  // namespace
