#pragma once
// The .claims file for drafted claims: a header, `use house-style`, then per article
// the dates and ages set apart and a claim per number, its quote and commented checks.
// No check is written, so an unedited skeleton is never a pass; a quote the article does
// not hold exactly once is written as a comment, so it is never an error either.
#include "engine/extract/draft.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

// The .claims file for the drafts, in order; ids made unique across all of them (_2, _3, ...).
std::string render_skeleton(std::vector<ArticleDraft> drafts);

// A string literal of the claims language: "..." with \" and \\ escaped.
std::string claims_string(std::string_view text);

}  // namespace claimcheck
