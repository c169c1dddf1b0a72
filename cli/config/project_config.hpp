#pragma once
// claimcheck.toml, a project's settings: which file a run uses (--config, else
// CLAIMCHECK_CONFIG, else the nearest one above the inputs or the working directory,
// as Vale finds .vale.ini), and the file read with toml++ and checked key by key.
// Each setting is kept as the text its flag would take, so that the command line's
// own validators judge it (config_options.hpp): one set of ranges, not two.
#include "engine/core/diagnostic.hpp"
#include "engine/core/source.hpp"

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace claimcheck::config {

inline constexpr std::string_view file_name = "claimcheck.toml";
inline constexpr const char* environment_variable = "CLAIMCHECK_CONFIG";

// What a key takes, and how it is turned into its flag's text.
enum class ValueKind {
    path,      // a string, relative to the file
    text,      // a string, as the flag takes it
    boolean,   // true or false
    count,     // a whole number
    size,      // a whole number of bytes, or a string with K, M, G or T ("512M")
    seconds,   // a number
    verdicts,  // an array of verdict names
};

// Where a key is written: at the top (every command that has its flag), under [limits]
// (the same), or under a command's table ([check], [test]: that command only).
struct Key {
    std::string_view section;  // "" for the top of the file
    std::string_view name;     // also its flag's name, without the "--"
    ValueKind kind;
    std::string_view example = "";  // for a path, what `claimcheck init` shows: its flag has no default
};

// Every key claimcheck.toml may hold, in the order `claimcheck init` writes them.
std::span<const Key> keys();
// The tables claimcheck.toml may hold: limits and the commands.
std::span<const std::string_view> sections();

// One key as written: its values as its flag would take them (one, or one per element of
// an array), and where each is written, for an error that points at it.
struct Setting {
    const Key* key = nullptr;
    std::vector<std::string> values;
    std::vector<Location> at;
};

struct ProjectConfig {
    std::filesystem::path file;  // as found or named
    SourceFile source;           // its text, for errors shown with the line and a caret
    std::vector<Setting> settings;

    // "claimcheck.toml:3:9: error: why", the line and a caret under the column.
    Diagnostic error_at(Location at, std::string message) const;
};

// The file and the text as read; or its errors (a syntax error; else each unknown key and
// value of the wrong type), in the order of the file, each positioned at what is wrong.
std::variant<ProjectConfig, std::vector<Diagnostic>> parse_config(const std::filesystem::path& file, std::string text);

// The same, reading the file first (a regular file of at most 1 MiB).
std::variant<ProjectConfig, std::vector<Diagnostic>> read_config(const std::filesystem::path& file);

// The nearest claimcheck.toml in `start`'s directory (start itself when it is a directory,
// whether or not the rest of the path exists) or above it, up to the root.
std::optional<std::filesystem::path> nearest_config(const std::filesystem::path& start);

// Which file a run uses, and why: named (--config, CLAIMCHECK_CONFIG) or found.
struct Located {
    std::optional<std::filesystem::path> file;  // none: no file, the defaults
    std::string named_by;                       // "--config", "CLAIMCHECK_CONFIG", or empty when found
};

// --config when given, else CLAIMCHECK_CONFIG when set and not empty, else the nearest
// file above the inputs, else above the working directory. Inputs under two different
// files are an error (a string saying which) rather than one of them chosen silently.
std::variant<Located, std::string> locate_config(const std::string& flag, const char* environment,
                                                 const std::vector<std::string>& inputs);

}  // namespace claimcheck::config
