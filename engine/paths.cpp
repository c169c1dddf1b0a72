#include "paths.hpp"

#include "grammar/screen.hpp"

#include <fstream>
#include <sstream>

namespace claimcheck {

namespace fs = std::filesystem;

std::optional<std::string> read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::optional<std::string> unreadable(const fs::path& path, std::uintmax_t max_bytes) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status)) return "no such file";
    if (fs::is_directory(status)) return "is a directory, not a file";
    if (!fs::is_regular_file(status)) return "is not a regular file";
    const std::uintmax_t size = fs::file_size(path, ec);
    if (!ec && size > max_bytes)
        return over_limit("is " + std::to_string(size) + " bytes", max_bytes, "--max-file-size");
    if (!std::ifstream(path, std::ios::binary)) return "cannot be opened (permission denied?)";
    return std::nullopt;
}

std::string display_path(const fs::path& path) {
    std::error_code ec;
    fs::path absolute = fs::absolute(path, ec).lexically_normal();
    fs::path relative = absolute.lexically_relative(fs::current_path(ec));
    bool inside = !relative.empty() && *relative.begin() != "..";
    return (inside ? relative : absolute).generic_string();
}

fs::path real(const fs::path& path) {
    std::error_code ec;
    fs::path absolute = fs::absolute(path, ec).lexically_normal();
    fs::path resolved = fs::weakly_canonical(absolute, ec);  // follows symlinks, as far as the path exists
    return ec ? absolute : resolved;
}

bool inside(const fs::path& path, const fs::path& root) {
    fs::path relative = real(path).lexically_relative(real(root));
    return !relative.empty() && *relative.begin() != "..";
}

fs::path project_root(const fs::path& target, const fs::path& given) {
    if (!given.empty()) return real(given);
    std::error_code ec;
    fs::path cwd = fs::current_path(ec);
    return inside(target, cwd) ? cwd : real(target).parent_path();
}

}  // namespace claimcheck
