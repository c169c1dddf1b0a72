#include "engine/core/diagnostic.hpp"

#include "engine/core/inert.hpp"

#include <algorithm>
#include <string_view>
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

// The same as shown_line for the column at byte `at` of the line, looking no further along
// the line than the part shown: a line of megabytes with thousands of errors on it costs
// each error a few hundred bytes, not the line.
std::pair<std::string, int> shown_around(std::string_view line, int column, std::size_t at) {
    constexpr int keep = 60;
    int points = 0;
    for (std::size_t i = 0; i < line.size() && points <= 3 * keep; ++i) points += !continuation(line[i]);
    if (points <= 3 * keep) return shown_line(std::string(line), column);
    at = std::min(at, line.size());
    std::size_t begin = at;  // back to the first code point shown
    const int before = column > keep + 1 ? keep : column - 1;
    for (int n = 0; n < before && begin > 0;) {
        --begin;
        if (!continuation(line[begin])) ++n;
    }
    while (begin > 0 && continuation(line[begin])) --begin;
    std::size_t end = at;  // on to the first code point not shown
    for (int n = 0; end < line.size(); ++end)
        if (!continuation(line[end]) && n++ == keep) break;
    std::string out;
    if (begin > 0) out += "\u2026";
    out += inert(line.substr(begin, end - begin));
    if (end < line.size()) out += "\u2026";
    const int from = column > keep + 1 ? column - keep : 1;
    return {out, column - from + 1 + (begin > 0 ? 1 : 0)};
}

}  // namespace

std::string Diagnostic::render() const {
    std::string out = inert(path);
    if (at.line == 0) {  // about a whole file, or a place in it that has no line (a spreadsheet's cell)
        out += ": error: " + inert(message) + "\n";
    } else {
        out += ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": error: " + inert(message) + "\n";
        const auto [line, column] = shown_line(source_line, caret > 0 ? caret : at.column);
        out += "  " + line + "\n";
        out += "  " + caret_padding(line, column) + "^\n";
    }
    for (const auto& note : notes) out += "  note: " + inert(note) + "\n";
    return out;
}

Diagnostic diagnose(const SourceFile& source, std::size_t offset, std::string message) {
    Location at = source.locate(offset);
    std::string_view line = source.line(at.line);
    const std::size_t start = static_cast<std::size_t>(line.data() - source.text().data());
    auto [shown, caret] = shown_around(line, at.column, offset > start ? offset - start : 0);
    Diagnostic d{source.path(), at, std::move(message), std::move(shown), {}};
    d.caret = caret;
    return d;
}

void sort_diagnostics(std::vector<Diagnostic>& diagnostics) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const auto& a, const auto& b) {
        return std::tie(a.path, a.at.line, a.at.column) < std::tie(b.path, b.at.line, b.at.column);
    });
}

}  // namespace claimcheck
