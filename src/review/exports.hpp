// The review store as CSV, JSON and schema.org ClaimReview JSON-LD. All deterministic: the same
// store gives the same bytes (rows ordered by their keys; no clock read).
//
// ClaimReview: one object per claim verdict, with claimReviewed (the claim as the reviewer gave
// it), itemReviewed (a Claim whose appearance is the article: url and datePublished as the last
// check read them, identifier the article id), author (a Person: the reviewer), datePublished (the
// day of the verdict), citation (the evidence URL, when given) and reviewRating on a 1-5 scale:
//   correct       ratingValue 5, alternateName "Correct"
//   incorrect     ratingValue 1, alternateName "Incorrect"
//   unverifiable  no ratingValue (it is not a point on the scale), alternateName "Unverifiable"
#pragma once

#include "review/store.hpp"

#include <string>
#include <string_view>

namespace claimcheck::review {

// A finding review is stale when a check was recorded and it did not find that fingerprint.
bool is_stale(store const& db, std::string const& fingerprint);

std::string export_csv(store const& db);
std::string export_json(store const& db);
std::string export_claimreview(store const& db);

// RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled.
std::string csv_field(std::string_view s);

}  // namespace claimcheck::review
