// Near-duplicate articles: syndicated copies and light rewrites count as one source.
//
// Each article's text becomes a MinHash signature of its word shingles (k consecutive words);
// articles whose signatures agree on enough positions (estimated Jaccard similarity >= the
// threshold in rules/checks.yaml) are grouped. Candidates come from locality-sensitive hashing
// on bands of the signature, so the corpus is never compared all-pairs.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace claimcheck::engine {

inline constexpr std::size_t signature_size = 32;
using signature = std::array<std::uint32_t, signature_size>;  // 128 bytes an article

signature minhash_signature(std::string_view text, unsigned shingle_words);

double estimated_jaccard(signature const& a, signature const& b);

// The signatures of some of `articles` articles, by article index (articles without one are
// alone in their group). group[i] = the smallest index of the group article i belongs to.
std::vector<std::uint32_t> group_near_duplicates(std::size_t articles,
                                                 std::vector<std::pair<std::uint32_t, signature>> const& signatures,
                                                 double threshold);

}  // namespace claimcheck::engine
