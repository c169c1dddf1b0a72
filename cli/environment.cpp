// Where the rules directory is, and whether standard output wants colour.
#include "environment.hpp"

#include "engine/core/paths.hpp"

#include <cstdlib>
#include <unistd.h>

namespace claimcheck::cli {

namespace fs = std::filesystem;

RulesDir find_rules_dir(const std::string& given, const std::string& config_file) {
    if (!given.empty()) return {given, {}};
    std::error_code ec;
    const fs::path exe_dir = fs::read_symlink("/proc/self/exe", ec).parent_path();
    // A build directory beside the sources, then an installed layout, then the project's own.
    const fs::path candidates[] = {(exe_dir / ".." / "rules").lexically_normal(),
                                   (exe_dir / ".." / "share" / "claimcheck" / "rules").lexically_normal(),
                                   fs::path("rules")};
    std::string places;
    for (const fs::path& candidate : candidates) {
        if (fs::is_directory(candidate, ec)) return {candidate, {}};
        places += (places.empty() ? "" : ", ") + display_path(candidate);
    }
    return {{},
            {"looked for --rules, then CLAIMCHECK_RULES, then `rules` in " +
                 (config_file.empty() ? std::string("a claimcheck.toml (none above the inputs or the working directory)")
                                      : config_file) +
                 ": none was given",
             "then for a directory at " + places + ": none exists",
             "set one with --rules DIR, CLAIMCHECK_RULES=DIR, or rules = \"DIR\" in claimcheck.toml "
             "(`claimcheck init` writes one)"}};
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
