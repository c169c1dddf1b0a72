#pragma once
// Reads the claims files named on the command line (directories are searched
// for *.claims in name order), parses them, and follows `use` statements:
// relative to the using file, or into the rules directory for `use house-style`.
#include "engine/core/diagnostic.hpp"
#include "engine/core/limits.hpp"
#include "engine/lang/module.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace claimcheck {

struct LoadOptions {
    std::filesystem::path rules_dir;
    // `use` may not leave the project directory: `root` when given, else the
    // working directory when the file checked is inside it, else that file's own directory.
    std::filesystem::path root;
    bool allow_outside = false;
    Limits limits{};
    // With no rules directory (rules_dir empty), why: where the command line looked for
    // one and how to set one, the notes of the error at a `use NAME`.
    std::vector<std::string> rules_unfound{};
};

struct LoadResult {
    Program program;
    std::vector<Diagnostic> errors;
};

LoadResult load(const std::vector<std::string>& inputs, const LoadOptions& options);

// A claims file not (yet) on disk, as if it were at `path`: its `use`s are followed from
// path's directory, within the project as a file there would be. `claimcheck draft` checks
// what it is about to write this way.
LoadResult load_text(const std::filesystem::path& path, std::string text, const LoadOptions& options);

}  // namespace claimcheck
