#pragma once
// Facts about where claimcheck runs: its rules directory and the terminal.
#include "options.hpp"

#include <filesystem>

namespace claimcheck::cli {

// --rules, else $CLAIMCHECK_RULES, else rules/ beside the build directory or the install prefix.
std::filesystem::path find_rules_dir(const std::string& flag);

// Colour on a terminal (or with --color always), and never when NO_COLOR is set.
bool use_colour(Colour choice);

}  // namespace claimcheck::cli
