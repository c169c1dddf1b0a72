// claimcheck init [DIR]: a commented claimcheck.toml in DIR, never over one that is there.
#include "options.hpp"

#include "engine/core/inert.hpp"
#include "engine/core/paths.hpp"

#include <filesystem>
#include <iostream>

namespace claimcheck::cli {

int run_init(const std::string& dir, const std::string& text) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        std::cerr << "claimcheck: init " << inert(dir) << ": no such directory\n";
        return 2;
    }
    const std::string path = display_path(tidy(std::filesystem::path(dir) / "claimcheck.toml"));
    const OutputOptions output{path, false, "init", "exists; claimcheck init never replaces one: edit it instead"};
    if (!write_result(output, text, {})) return 2;
    std::cerr << "wrote " << inert(path) << "\n";
    return 0;
}

}  // namespace claimcheck::cli
