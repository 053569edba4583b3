// Near-duplicate articles: syndicated copies and light rewrites count as one source.
//
// Each article's text becomes a MinHash signature of its word shingles (k consecutive words);
// articles whose signatures agree on enough positions (estimated Jaccard similarity >= the
// threshold in rules/checks.yaml) are grouped. Candidates come from locality-sensitive hashing
// on bands of the signature, so the corpus is never compared all-pairs.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace claimcheck::engine {

inline constexpr std::size_t signature_size = 32;

std::vector<std::uint64_t> minhash_signature(std::string_view text, unsigned shingle_words);

double estimated_jaccard(std::vector<std::uint64_t> const& a, std::vector<std::uint64_t> const& b);

// group[i] = the smallest index of the near-duplicate group article i belongs to.
std::vector<std::uint32_t> group_near_duplicates(std::vector<std::vector<std::uint64_t>> const& signatures,
                                                 double threshold);

}  // namespace claimcheck::engine
