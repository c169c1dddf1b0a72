#pragma once
// claimcheck extract: claims drafted from an article. Each number a reader would
// check becomes a claim with its quote, found once in the article, and the checks it
// suggests; the reporter fills in the data. Nothing here reads or writes files:
// cli/extract_command.cpp does.
#include "engine/extract/draft.hpp"
#include "engine/core/limits.hpp"
#include "engine/extract/skeleton.hpp"  // render_skeleton, for cli/extract_command.cpp

#include <string>
#include <string_view>

namespace claimcheck {

// What a skeleton must keep for `check` to read it: its claims, counted down over the
// articles drafted into one skeleton, and the length of a quote.
struct SkeletonLimits {
    std::size_t claims = Limits{}.max_claims;
    std::size_t token = ParseLimits{}.max_token;
};

// The article's text as `check` reads it; `vocabulary` the house style's words, as the
// rules the skeleton's `use house-style` reads define them (engine/lang/vocabulary.hpp). (valid UTF-8); a leading byte order mark
// is skipped as `check` skips it, so spans count from after it. Throws LimitExceeded,
// at the number in `path` (the article as given), when the skeleton would hold more
// claims than limits.claims or a quote longer than limits.token: `check` could not
// read it. Takes the article's claims off limits.claims.
ArticleDraft extract(std::string_view name, std::string_view text, const Vocabulary& vocabulary,
                     SkeletonLimits& limits, const std::string& path);
ArticleDraft extract(std::string_view name, std::string_view text, const Vocabulary& vocabulary);  // no limits, for tests

}  // namespace claimcheck
