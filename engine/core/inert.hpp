#pragma once
// Text taken from input (a file name, a CSV cell, a source line) made inert for a
// terminal: control characters other than tab (ESC, BEL, NUL, a line break) as their
// Unicode control pictures (U+241B for ESC), and C1 controls (U+0080 to U+009F, CSI
// among them) as U+FFFD, each one column wide as the original, so a caret under a
// source line still lines up. Every message on stderr shows input through this.
#include <string>
#include <string_view>

namespace claimcheck {

std::string inert(std::string_view text);

}  // namespace claimcheck
