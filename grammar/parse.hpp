#pragma once
// The grammar's one entry point: text in, syntax tree (with positions) or a positioned error out.
#include "ast.hpp"
#include "engine/core/diagnostic.hpp"
#include "screen.hpp"
#include "engine/core/source.hpp"

#include <optional>

namespace claimcheck {

// Parses source into file and records node positions in source; an error names file:line:col.
// Text past the limits is refused before the parser, which recurses once per nesting level, sees it.
std::optional<Diagnostic> parse(SourceFile& source, ast::File& file, const ParseLimits& limits = {});

}  // namespace claimcheck
