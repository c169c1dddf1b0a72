#include "environment.hpp"

#include <cstdlib>
#include <unistd.h>

namespace claimcheck::cli {

namespace fs = std::filesystem;

fs::path find_rules_dir(const std::string& flag) {
    if (!flag.empty()) return flag;
    if (const char* env = std::getenv("CLAIMCHECK_RULES"); env && *env) return env;
    std::error_code ec;
    fs::path exe_dir = fs::read_symlink("/proc/self/exe", ec).parent_path();
    for (const fs::path& candidate : {exe_dir / ".." / "rules", exe_dir / ".." / "share" / "claimcheck" / "rules"})
        if (fs::is_directory(candidate, ec)) return candidate.lexically_normal();
    return "rules";
}

bool use_colour(Colour choice) {
    const char* no_colour = std::getenv("NO_COLOR");
    if (no_colour && *no_colour) return false;  // never, whatever the flag says
    if (choice != Colour::automatic) return choice == Colour::always;
    const char* term = std::getenv("TERM");
    if (term && std::string(term) == "dumb") return false;
    return isatty(STDOUT_FILENO) != 0;
}

}  // namespace claimcheck::cli
