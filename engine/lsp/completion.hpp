#pragma once
// Completion in a claims file: the figures and tables its scope sees, the functions (from
// the registries the type checker reads them by: the builtins, a table's aggregates and the
// ranks), and the vocabulary phrases the rules it uses define.
#include "engine/lsp/workspace.hpp"

#include <nlohmann/json.hpp>

namespace claimcheck::lsp {

// The protocol's CompletionItemKind, for the kinds offered here.
enum class CompletionKind { function = 3, field = 5, variable = 6, keyword = 14, structure = 22 };

// A CompletionList of everything the file's scope sees (the client filters by what is typed).
nlohmann::json completion(const DocumentCheck& analysis);

}  // namespace claimcheck::lsp
