// The engine's parts on their own: word splitting, the rules as loaded, event resolution of
// single sentences, and near-duplicate detection. (The whole `check` is tested on the annotated
// fixture corpus in check_fixtures_test.cpp.)
#include <gtest/gtest.h>

#include "engine/event_resolver.hpp"
#include "engine/knowledge.hpp"
#include "engine/near_duplicates.hpp"
#include "engine/words.hpp"
#include "extract/extractor.hpp"

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

using namespace claimcheck;

engine::knowledge const& rules() {
    static engine::knowledge k = engine::load_knowledge({std::string(CLAIMCHECK_SOURCE_DIR) + "/rules"});
    return k;
}

std::vector<std::string> split(std::string_view text) {
    engine::words w;
    w.split(text);
    std::vector<std::string> out;
    for (auto const& x : w.list) out.emplace_back(x.text);
    return out;
}

TEST(words, fold_case_apostrophes_hyphens_and_possessives) {
    EXPECT_EQ(split("North Korea\u2019s ruling Workers\u2019 Party"),
              (std::vector<std::string>{"north", "korea", "ruling", "workers", "party"}));
    EXPECT_EQ(split("Kim Jong-un met U.S. envoys."), (std::vector<std::string>{"kim", "jong", "un", "met", "u.s", "envoys"}));
    EXPECT_EQ(split("North Korea-China ties"), (std::vector<std::string>{"north", "korea", "china", "ties"}));
}

TEST(words, spans_point_at_the_original_bytes) {
    engine::words w;
    std::string text = "The \u201cDPRK\u2019s\u201d founding";
    w.split(text);
    ASSERT_EQ(w.list.size(), 3u);
    EXPECT_EQ(text.substr(w.list[1].begin, w.list[1].end - w.list[1].begin), "DPRK");
    EXPECT_EQ(text.substr(w.list[2].begin, w.list[2].end - w.list[2].begin), "founding");
}

TEST(knowledge, the_shipped_rules_load_and_know_the_beat) {
    auto const& k = rules();
    EXPECT_TRUE(k.find_entity("North Korea"));
    EXPECT_TRUE(k.find_entity("Workers' Party of Korea"));
    EXPECT_TRUE(k.find_type("founding"));
    EXPECT_EQ(k.find_type("founding")->occurrence, engine::occurs::once);
    EXPECT_EQ(k.find_type("visit")->participants, engine::roles::directed);
    auto leader = k.leader_of("North Korea");
    ASSERT_TRUE(leader);
    EXPECT_EQ(k.entities[*leader].name, "Kim Jong Un");
    EXPECT_GE(std::count_if(k.entities.begin(), k.entities.end(),
                            [](engine::entity const& e) { return e.kind == engine::entity_kind::country; }),
              193);
}

// The event key of the first claim of `kind` in `text` (article dated `date`).
struct resolved {
    std::string key, unresolved;
    std::vector<std::string> also;
};

resolved resolve(std::string const& text, extract::claim_kind kind, std::string const& date = "2017-11-15") {
    extract::extractor ex(extract::default_tolerances());
    std::vector<extract::claim> claims;
    ex.extract(text, parse_iso(date), claims);
    engine::event_resolver r(rules());
    std::vector<engine::resolution> out;
    r.resolve(text, claims, out);
    for (std::size_t i = 0; i < claims.size(); ++i)
        if (claims[i].kind == kind) return {out[i].key, out[i].unresolved, out[i].also};
    // a test about how a claim resolves must not pass because there was no claim
    ADD_FAILURE() << "no claim of kind " << extract::to_string(kind) << " in: " << text;
    return {"", "no claim of that kind", {}};
}

TEST(event_resolver, an_anniversary_of_the_country_refers_back) {
    auto r = resolve("Pyongyang celebrates the 75th anniversary of the country's founding this weekend.",
                     extract::claim_kind::anniversary, "2023-09-07");
    EXPECT_EQ(r.key, "founding(North Korea)") << r.unresolved;
}

TEST(event_resolver, its_ruling_party_is_the_countrys_party) {
    auto r = resolve("Li Qiang will visit North Korea for the 80th anniversary of its ruling party.",
                     extract::claim_kind::anniversary, "2025-10-07");
    EXPECT_EQ(r.key, "founding(Workers' Party of Korea)") << r.unresolved;
}

TEST(event_resolver, relations_between_two_named_countries) {
    auto r = resolve("They marked the 75th anniversary of North Korea-China diplomatic relations.",
                     extract::claim_kind::anniversary, "2024-03-21");
    EXPECT_EQ(r.key, "relations(China, North Korea)") << r.unresolved;
}

TEST(event_resolver, a_rank_and_a_demonym_make_a_class_of_visitor) {
    auto r = resolve("It will be the first visit by a high-ranking Chinese official to North Korea in more than a year.",
                     extract::claim_kind::first_in_interval);
    EXPECT_EQ(r.key, "visit(senior official of China → North Korea)") << r.unresolved;
    EXPECT_TRUE(r.also.empty()) << "a claim that none happened is not generalized";
}

TEST(event_resolver, an_office_is_its_own_class) {
    auto r = resolve("Li will be the first Chinese premier to visit North Korea since October 2009.",
                     extract::claim_kind::first_since, "2025-10-08");
    EXPECT_EQ(r.key, "visit(premier of China → North Korea)") << r.unresolved;
}

TEST(event_resolver, an_envoy_of_a_leader_is_not_the_leader) {
    auto r = resolve("A special envoy of Chinese President Xi Jinping will visit North Korea on Friday.",
                     extract::claim_kind::dated_event);
    EXPECT_EQ(r.key, "visit(senior official of China → North Korea)") << r.unresolved;
}

TEST(event_resolver, a_named_visitor_also_counts_for_their_classes) {
    auto r = resolve("Chinese President Hu Jintao arrived in Pyongyang on Sunday.", extract::claim_kind::dated_event,
                     "2012-10-15");
    EXPECT_EQ(r.key, "visit(Hu Jintao → North Korea)") << r.unresolved;
    EXPECT_NE(std::find(r.also.begin(), r.also.end(), "visit(leader of China → North Korea)"), r.also.end());
}

TEST(event_resolver, a_person_placed_in_a_foreign_capital_is_a_visit) {
    auto r = resolve("The trip comes just over a month after Kim joined Xi Jinping in Beijing for a military parade.",
                     extract::claim_kind::elapsed, "2025-10-07");
    std::vector<std::string> keys = r.also;
    keys.push_back(r.key);
    EXPECT_NE(std::find(keys.begin(), keys.end(), "visit(Kim Jong Un → China)"), keys.end()) << r.key;
}

TEST(event_resolver, the_launcher_is_not_the_country_overflown) {
    auto r = resolve("North Korea has been quiet since it fired a ballistic missile over Japan two months ago.",
                     extract::claim_kind::dated_event);
    EXPECT_EQ(r.key, "launch(North Korea)") << r.unresolved;
}

TEST(event_resolver, a_celebration_date_is_not_a_founding_date) {
    auto r = resolve("Pyongyang celebrates the 75th anniversary of the country's founding day on September 9.",
                     extract::claim_kind::dated_event, "2023-09-07");
    EXPECT_NE(r.key, "founding(North Korea)");
}

TEST(event_resolver, the_subject_of_a_copula_names_the_event) {
    auto r = resolve("The visit was the first by a North Korean leader to China since Kim Jong Il traveled there "
                     "in August 2011.",
                     extract::claim_kind::first_since, "2018-03-28");
    EXPECT_EQ(r.key, "visit(leader of North Korea → China)") << r.unresolved;
}

TEST(event_resolver, the_first_time_that_takes_its_event_from_the_clause) {
    auto r = resolve("It marked the first time in 14 years that a Chinese leader had visited North Korea.",
                     extract::claim_kind::first_in_interval, "2019-06-20");
    EXPECT_EQ(r.key, "visit(leader of China → North Korea)") << r.unresolved;
}

TEST(event_resolver, a_person_counts_for_the_offices_held_that_year) {
    auto in_office = resolve("Wang Yi arrived in Pyongyang on Monday.", extract::claim_kind::dated_event, "2015-06-10");
    EXPECT_NE(std::find(in_office.also.begin(), in_office.also.end(), "visit(foreign minister of China → North Korea)"),
              in_office.also.end())
        << in_office.key;
    auto before = resolve("Wang Yi arrived in Pyongyang on Monday.", extract::claim_kind::dated_event, "2010-06-10");
    EXPECT_EQ(before.key, "visit(Wang Yi → North Korea)");
    EXPECT_EQ(std::find(before.also.begin(), before.also.end(), "visit(foreign minister of China → North Korea)"),
              before.also.end());
}

TEST(event_resolver, a_founding_clause_belongs_to_the_organization_before_it) {
    auto r = resolve("Xi said the Communist Party of China, founded in 1921 in Shanghai, had changed the nation.",
                     extract::claim_kind::dated_event, "2021-07-01");
    EXPECT_EQ(r.key, "founding(Communist Party of China)") << r.unresolved;
}

TEST(event_resolver, a_dateline_dates_the_article_not_an_event) {
    auto r = resolve("BEIJING, Oct. 6 (Xinhua) -- China and North Korea marked their diplomatic relations.",
                     extract::claim_kind::dated_event, "2024-10-06");
    EXPECT_TRUE(r.key.empty()) << r.key;
    EXPECT_EQ(r.unresolved, "a dateline");
}

TEST(event_resolver, the_year_of_an_anniversary_is_not_the_year_relations_began) {
    auto r = resolve("This year marks the 70th anniversary of the establishment of diplomatic relations between "
                     "China and North Korea.",
                     extract::claim_kind::dated_event, "2019-06-21");
    EXPECT_TRUE(r.key.empty()) << r.key;
}

TEST(event_resolver, attendance_by_a_foreign_leader_is_not_the_parade_itself) {
    auto r = resolve("It was the first time a North Korean leader had attended a Chinese military parade since 1959.",
                     extract::claim_kind::first_since, "2025-09-05");
    EXPECT_TRUE(r.key.empty()) << r.key;
    EXPECT_FALSE(r.unresolved.empty());
}

TEST(event_resolver, lower_case_words_are_not_capitalised_aliases) {
    // "us" is not the US, "who" is not the WHO
    auto lower = resolve("Chinese officials will visit us next week.", extract::claim_kind::dated_event);
    EXPECT_TRUE(lower.key.empty()) << lower.key;
    auto upper = resolve("Chinese officials will visit the US next week.", extract::claim_kind::dated_event);
    EXPECT_EQ(upper.key, "visit(official of China → United States)") << upper.unresolved;
    // "the north" of a country is not "the North"
    auto north = resolve("Chinese officials will visit the north next week.", extract::claim_kind::dated_event);
    EXPECT_TRUE(north.key.empty()) << north.key;
}

TEST(event_resolver, an_anniversary_of_a_victory_is_not_a_founding) {
    auto r = resolve("Beijing held a parade for the 80th anniversary of China's victory in the war against Japan.",
                     extract::claim_kind::anniversary, "2025-09-03");
    EXPECT_TRUE(r.key.empty()) << r.key;
    EXPECT_NE(r.unresolved.find("victory"), std::string::npos) << r.unresolved;
}

TEST(event_resolver, a_leaders_birthday_is_not_a_founding) {
    auto r = resolve("North Koreans marked the 110th birthday of Kim Il Sung on Friday.", extract::claim_kind::anniversary,
                     "2022-04-15");
    EXPECT_TRUE(r.key.empty()) << r.key;
}

TEST(knowledge, a_user_rules_folder_extends_the_built_in_one) {
    auto d = std::filesystem::temp_directory_path() / ("claimcheck-rules-" + std::to_string(::getpid()));
    std::filesystem::create_directories(d);
    std::ofstream(d / "people.yaml") << "people:\n  - name: \"Jane Roe\"\n    country: \"Laos\"\n"
                                        "    role: \"foreign minister\"\n    aliases: []\n";
    auto k = engine::load_knowledge({std::string(CLAIMCHECK_SOURCE_DIR) + "/rules", d.string()});
    std::filesystem::remove_all(d);
    auto jane = k.find_entity("Jane Roe");
    ASSERT_TRUE(jane);
    EXPECT_EQ(k.entities[*jane].country, "Laos");
    EXPECT_TRUE(k.find_entity("Kim Jong Un")) << "the built-in people are still there";
}

TEST(near_duplicates, a_syndicated_copy_groups_with_its_original_and_nothing_else) {
    std::string story =
        "VIENTIANE - Laos on Saturday marked the 70th anniversary of its ruling party with a rally in the capital, "
        "a ceremony at the party headquarters and a message from Hanoi. Officials laid wreaths and promised to "
        "press on with reforms to curb inflation, which has squeezed household budgets for three years.";
    std::string copy = "Regional digest: " + story + " (Fixture Digest)";
    std::string other =
        "Seoul said on Monday that North Korea had launched a ballistic missile into the sea off its east coast, "
        "the third such launch this month, as the allies prepared for joint exercises in the spring.";
    auto a = engine::minhash_signature(story, 5), b = engine::minhash_signature(copy, 5),
         c = engine::minhash_signature(other, 5);
    EXPECT_GE(engine::estimated_jaccard(a, b), 0.5);
    EXPECT_LT(engine::estimated_jaccard(a, c), 0.2);
    auto groups = engine::group_near_duplicates(3, {{0, a}, {1, c}, {2, b}}, 0.5);
    EXPECT_EQ(groups, (std::vector<std::uint32_t>{0, 1, 0}));
}

}  // namespace
