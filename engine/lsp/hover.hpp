#pragma once
// What hovering shows: a figure's definition as written and where it is, a phrase's
// definition (its meaning and interval) and, on a check, the interval it was read as;
// elsewhere in a claim, the arithmetic behind it as `claimcheck explain` prints it.
#include "engine/lsp/workspace.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string_view>

namespace claimcheck::lsp {

// The Hover result for `offset` of `text`, or null when there is nothing to say.
nlohmann::json hover(const DocumentCheck& analysis, std::string_view text, std::size_t offset, const PipelineOptions& options);

}  // namespace claimcheck::lsp
