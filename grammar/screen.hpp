#pragma once
// A linear look at a claims file before the parser sees it: the parser and the
// evaluator recurse once per nesting level, so depth is capped here, where it
// costs nothing, together with the length of any one token.
#include "diagnostic.hpp"
#include "source.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <optional>

namespace claimcheck {

struct ParseLimits {
    std::size_t max_depth = 200;     // brackets, and minus signs in a row, open at once
    std::size_t max_token = 10000;   // characters in a name, a number or a quoted string
    std::size_t max_digits = 1000;   // digits in one number
};

// "a number of 1,200 digits, over the limit of 1000; --max-digits raises it": every limit's message.
std::string over_limit(const std::string& what, std::uintmax_t limit, const std::string& flag);

// The first place the text goes past a limit, as a positioned error naming the flag that raises it.
std::optional<Diagnostic> screen(const SourceFile& source, const ParseLimits& limits);

}  // namespace claimcheck
