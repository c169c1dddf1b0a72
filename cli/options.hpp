#pragma once
// What the command line asked for, once parsed.
#include <string>
#include <vector>

namespace claimcheck::cli {

enum class Colour { automatic, always, never };

struct CheckOptions {
    std::vector<std::string> inputs;
    std::string format = "text";
    bool strict = false;
    std::string rules_dir;  // empty: find the rules installed beside the binary
    std::string root;  // the project directory `use` may not leave
    bool allow_outside = false;
    Colour colour = Colour::automatic;
};

// Exit status: 0 nothing fails, 1 a claim fails or errors (or warns, with --strict),
// 2 the input could not be read, parsed or type-checked.
int run_check(const CheckOptions& options);

}  // namespace claimcheck::cli
