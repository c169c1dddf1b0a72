#include "diagnostic.hpp"

#include "inert.hpp"

#include <algorithm>
#include <tuple>
#include <utility>

namespace claimcheck {

namespace {
// Spaces (tabs where the line has tabs) up to the column, so the caret lines up.
std::string caret_padding(const std::string& line, int column) {
    std::string pad;
    int seen = 1;
    for (char c : line) {
        if (seen >= column) break;
        if ((static_cast<unsigned char>(c) & 0xC0) == 0x80) continue;
        pad += c == '\t' ? '\t' : ' ';
        ++seen;
    }
    pad.append(static_cast<std::size_t>(std::max(0, column - seen)), ' ');
    return pad;
}
bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The byte offset of code point `n` (0-based) in line, or its size.
std::size_t offset_of(const std::string& line, int n) {
    std::size_t i = 0;
    for (int seen = 0; i < line.size(); ++i)
        if (!continuation(line[i]) && seen++ == n) return i;
    return line.size();
}

// The line as it can be shown, and the caret's column in it: control characters as
// pictures, and a very long line cut to the part around the column.
std::pair<std::string, int> shown_line(const std::string& line, int column) {
    constexpr int keep = 60;  // code points shown on each side of the column
    std::string out;
    int from = 1, points = 0;
    for (char c : line) points += !continuation(c);
    const bool cut = points > 3 * keep;
    if (cut && column > keep + 1) from = column - keep;
    const std::size_t begin = cut ? offset_of(line, from - 1) : 0;
    const std::size_t end = cut ? offset_of(line, column - 1 + keep) : line.size();
    if (begin > 0) out += "\u2026";
    out += inert(std::string_view(line).substr(begin, end - begin));
    if (end < line.size()) out += "\u2026";
    return {out, column - from + 1 + (begin > 0 ? 1 : 0)};
}

}  // namespace

std::string Diagnostic::render() const {
    if (at.line == 0) return inert(path) + ": error: " + inert(message) + "\n";  // about a whole file
    std::string out = inert(path) + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) +
                      ": error: " + inert(message) + "\n";
    const auto [line, column] = shown_line(source_line, at.column);
    out += "  " + line + "\n";
    out += "  " + caret_padding(line, column) + "^\n";
    for (const auto& note : notes) out += "  note: " + inert(note) + "\n";
    return out;
}

Diagnostic diagnose(const SourceFile& source, std::size_t offset, std::string message) {
    Location at = source.locate(offset);
    return {source.path(), at, std::move(message), std::string(source.line(at.line)), {}};
}

Diagnostic diagnose(const SourceFile& source, const boost::spirit::x3::position_tagged& node,
                    std::string message) {
    return diagnose(source, source.begin_of(node), std::move(message));
}

void sort_diagnostics(std::vector<Diagnostic>& diagnostics) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const auto& a, const auto& b) {
        return std::tie(a.path, a.at.line, a.at.column) < std::tie(b.path, b.at.line, b.at.column);
    });
}

}  // namespace claimcheck
