#pragma once
// claimcheck extract: claims drafted from an article. Each number a reader would
// check becomes a claim with its quote, found once in the article, and the checks it
// suggests; the reporter fills in the data. Nothing here reads or writes files:
// cli/extract_command.cpp does.
#include "draft.hpp"
#include "skeleton.hpp"  // render_skeleton, for cli/extract_command.cpp

#include <string_view>

namespace claimcheck {

// The article's text as `check` reads it (valid UTF-8); a leading byte order mark
// is skipped as `check` skips it, so spans count from after it.
ArticleDraft extract(std::string_view name, std::string_view text);

}  // namespace claimcheck
