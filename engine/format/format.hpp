#pragma once
// The canonical layout of a claims file (docs/language.md, "Layout"): the text
// with only the white space between its tokens changed, so the program it
// holds, its comments and its strings stay as they were.
#include "engine/core/diagnostic.hpp"
#include "engine/core/limits.hpp"
#include "engine/core/source.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace claimcheck {

// The whole text of source in canonical layout (equal to source.text() when it already is),
// or the error that stops it parsing, at its file:line:col. The result is checked to parse
// to the same program as source before it is returned.
std::variant<std::string, Diagnostic> format_claims(const SourceFile& source, const ParseLimits& limits = {});

// Where a text first differs from its formatted form, to show the writer: a line's number
// (from 1) and that line in each, or, when every line reads the same, that only the line
// ends, a byte order mark or the final newline differ.
struct LineDifference {
    enum class Kind { none, line, line_ends };
    Kind kind = Kind::none;
    int line = 0;
    std::optional<std::string> before, after;  // nothing: the text has ended
};
LineDifference first_difference(std::string_view before, std::string_view after);

}  // namespace claimcheck
