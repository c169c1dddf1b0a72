#include "diagnostic.hpp"

#include <algorithm>
#include <tuple>

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

// The line as a terminal may show it: a control character (ESC, NUL, ...) as its control
// picture (U+241B for ESC), one column wide as the original, so the caret still lines up.
std::string shown_line(const std::string& line) {
    std::string out;
    for (char c : line) {
        auto b = static_cast<unsigned char>(c);
        if ((b < 0x20 && c != '\t') || b == 0x7F) {
            char32_t picture = b == 0x7F ? 0x2421 : 0x2400 + b;
            out += static_cast<char>(0xE0 | (picture >> 12));
            out += static_cast<char>(0x80 | ((picture >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (picture & 0x3F));
        } else {
            out += c;
        }
    }
    return out;
}
}  // namespace

std::string Diagnostic::render() const {
    if (at.line == 0) return path + ": error: " + message + "\n";  // about a whole file
    std::string out = path + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) +
                      ": error: " + message + "\n";
    out += "  " + shown_line(source_line) + "\n";
    out += "  " + caret_padding(source_line, at.column) + "^\n";
    for (const auto& note : notes) out += "  note: " + note + "\n";
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
