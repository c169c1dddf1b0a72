#pragma once
// Where each line of a claims file goes: its indentation from the statement or
// clause it holds, the comments beside what they annotate, and the blank lines
// between statements. What a line holds is line.hpp's.
#include "line.hpp"

#include <string>
#include <vector>

namespace claimcheck::format {

enum class Spacing { canonical, as_written };

// The lines laid out in canonical form, each line's tokens spaced as asked, ending in a newline.
std::string lay_out(const std::vector<Line>& lines, Spacing spacing);

}  // namespace claimcheck::format
