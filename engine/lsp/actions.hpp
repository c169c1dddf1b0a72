#pragma once
// Quick fixes on a claims document: write a suggested wording instead of the claimed one,
// in the quote and, when the article is open, in the article at the quote's place (one
// edit of both, so the quote still matches); and pin a claim's verdict with `expect`
// (the edit `claimcheck test --update` would make to that claim).
#include "engine/lsp/positions.hpp"
#include "engine/lsp/workspace.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace claimcheck::lsp {

// The CodeActions for the claims of `document` (checked as `analysis`) that `range` touches.
nlohmann::json code_actions(const DocumentCheck& analysis, const Document& document, const Range& range,
                            const Workspace& workspace);

// One TextEdit that makes `before` into `after`: the lines between what they share at both ends.
nlohmann::json text_edit(std::string_view before, std::string_view after);

}  // namespace claimcheck::lsp
