#pragma once
// An error with its place in a file, printed the way compilers print them:
//   file:line:col: error: message
//     source line
//     ^ under the column
#include "engine/core/source.hpp"

#include <string>
#include <vector>

namespace claimcheck {

struct Diagnostic {
    std::string path;
    Location at;
    std::string message;
    std::string source_line;  // the offending line, for the caret display (from diagnose: the part shown)
    std::vector<std::string> notes;
    int caret = 0;  // the caret's column in source_line when that is the part shown; 0: at.column

    std::string render() const;
};

Diagnostic diagnose(const SourceFile& source, std::size_t offset, std::string message);
inline Diagnostic diagnose(const SourceFile& source, const Positioned auto& node, std::string message) {
    return diagnose(source, source.begin_of(node), std::move(message));
}

// Orders diagnostics by file, line and column so reports are deterministic.
void sort_diagnostics(std::vector<Diagnostic>& diagnostics);

}  // namespace claimcheck
