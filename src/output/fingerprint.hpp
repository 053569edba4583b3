// Stable finding fingerprints (`claimcheck/v1`): what a finding is, not where it is.
//
// A fingerprint hashes the finding's rule, kind and event key, and for each of its claims the
// article id, the claim kind and constraint, the normalized text (lower-case, whitespace
// collapsed), the ordinal, the duration and the implied interval. Line numbers and byte offsets
// are left out, so editing elsewhere in an article keeps every fingerprint; changing a claim
// changes the fingerprints of its findings. The evidence claims are hashed in a canonical order,
// so the order in which the corpus is read does not matter either. Two findings that would hash
// alike get "-2", "-3"... appended, in report order.
#pragma once

#include "engine/checker.hpp"
#include "engine/records.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::output {

inline constexpr std::string_view fingerprint_scheme = "claimcheck/v1";

// The canonical text a finding's fingerprint is the hash of (exposed for tests and debugging).
std::string fingerprint_material(engine::finding const& f, std::vector<engine::article_record> const& articles,
                                 std::vector<engine::claim_record> const& claims);

// A 32-hex-digit hash of any text (the one fingerprints use).
std::string stable_hash(std::string_view text);

// One 32-hex-digit fingerprint per finding, in the order of `result.findings`.
std::vector<std::string> fingerprints(engine::check_result const& result,
                                      std::vector<engine::article_record> const& articles,
                                      std::vector<engine::claim_record> const& claims);

}  // namespace claimcheck::output
