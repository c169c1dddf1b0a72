// format_claims: the text laid out anew, then parsed again to prove the program unchanged.
#include "format.hpp"

#include "layout.hpp"
#include "line.hpp"
#include "program.hpp"

#include "grammar/parse.hpp"

#include <algorithm>
#include <optional>

namespace claimcheck {

namespace {

// The program text holds, or nothing when it does not parse.
std::optional<std::string> program_of(const std::string& text, const std::string& path, const ParseLimits& limits) {
    SourceFile source(path, text);
    ast::File file;
    if (parse(source, file, limits)) return std::nullopt;
    return program_dump(file);
}

}  // namespace

std::variant<std::string, Diagnostic> format_claims(const SourceFile& source, const ParseLimits& limits) {
    SourceFile parsed = source;
    ast::File file;
    if (auto error = parse(parsed, file, limits)) return *std::move(error);
    const std::string program = program_dump(file);
    const std::vector<format::Line> lines = format::split_lines(source.text());
    // The spacing rules are written to keep every token as the grammar reads it; should one
    // not, the layout of lines alone (indentation, blank lines) is kept and the spacing is not.
    for (auto spacing : {format::Spacing::canonical, format::Spacing::as_written}) {
        std::string text = format::lay_out(lines, spacing);
        if (program_of(text, source.path(), limits) == program) return text;
    }
    return source.text();  // not reached while lay_out() keeps each line's tokens: as_written changes none
}

LineDifference first_difference(std::string_view before, std::string_view after) {
    if (before == after) return {};
    if (before.starts_with("\xEF\xBB\xBF")) before.remove_prefix(3);  // the parser drops a byte order mark
    if (before == after) return {LineDifference::Kind::line_ends, 0, std::nullopt, std::nullopt};
    const std::vector<format::Line> old_lines = format::split_lines(before), new_lines = format::split_lines(after);
    const auto text_of = [](const std::vector<format::Line>& lines, std::size_t i) -> std::optional<std::string> {
        if (i >= lines.size()) return std::nullopt;
        return std::string(lines[i].raw);
    };
    for (std::size_t i = 0; i < std::max(old_lines.size(), new_lines.size()); ++i) {
        auto was = text_of(old_lines, i), now = text_of(new_lines, i);
        if (was != now) return {LineDifference::Kind::line, static_cast<int>(i + 1), std::move(was), std::move(now)};
    }
    return {LineDifference::Kind::line_ends, 0, std::nullopt, std::nullopt};
}

}  // namespace claimcheck
