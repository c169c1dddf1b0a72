#pragma once
// Facts about where claimcheck runs: its rules directory and the terminal.
#include "options.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace claimcheck::cli {

// The rules directory, or none and where claimcheck looked for one.
struct RulesDir {
    std::filesystem::path path;      // empty: none was found
    std::vector<std::string> looked; // when none: where claimcheck looked, and how to set one
};

// `given` (--rules, else CLAIMCHECK_RULES, else `rules` in claimcheck.toml: each fills the
// flag when the one before it is absent) as given; else rules/ beside the build directory,
// share/claimcheck/rules under the install prefix, or rules/ in the working directory,
// the first that exists. `config_file` is the claimcheck.toml the run used, if any.
RulesDir find_rules_dir(const std::string& given, const std::string& config_file);

// Colour on a terminal (or with --color always), and never when NO_COLOR is set.
bool use_colour(Colour choice);

}  // namespace claimcheck::cli
