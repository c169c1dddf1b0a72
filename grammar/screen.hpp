#pragma once
// A linear look at a claims file before the parser sees it: bytes that are not
// UTF-8 text are refused here, and, as the parser and the evaluator recurse once
// per nesting level, depth is capped here, where it costs nothing, together with
// the length of any one token.
#include "engine/core/diagnostic.hpp"
#include "engine/core/limits.hpp"
#include "engine/core/source.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <optional>

namespace claimcheck {

// The first byte that is not text, or else the first place the text goes past a limit, as a
// positioned error (naming the flag that raises the limit).
std::optional<Diagnostic> screen(const SourceFile& source, const ParseLimits& limits);

}  // namespace claimcheck
