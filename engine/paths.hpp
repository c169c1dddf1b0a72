#pragma once
// Files as claimcheck reads them, and the project directory they may not leave.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace claimcheck {

std::optional<std::string> read_file(const std::filesystem::path& path);

// Why path cannot be read as a text file of at most max_bytes ("is a directory",
// "no such file"), or nothing when it can.
std::optional<std::string> unreadable(const std::filesystem::path& path, std::uintmax_t max_bytes);

// Paths as the user would write them: relative to the working directory when
// inside it, otherwise absolute.
std::string display_path(const std::filesystem::path& path);

// The path with symlinks followed, as far as it exists.
std::filesystem::path real(const std::filesystem::path& path);

bool inside(const std::filesystem::path& path, const std::filesystem::path& root);

// `given` when set; else the working directory when `target` is inside it,
// else the target's own directory.
std::filesystem::path project_root(const std::filesystem::path& target, const std::filesystem::path& given);

}  // namespace claimcheck
