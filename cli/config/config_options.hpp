#pragma once
// claimcheck.toml under the command line: each setting the running command takes and
// was not given a flag (or an environment variable) is handed to that flag's option as
// if it had been written there, so the flag's own checks judge it, and an error in it
// points at the value in the file. Also the file `claimcheck init` writes, made from
// the same table of keys and the flags' own help and defaults.
#include "project_config.hpp"

#include <CLI/CLI.hpp>

#include <string>
#include <variant>
#include <vector>

namespace claimcheck::config {

// The file a run used, if any: for -v and for saying where the rules were looked for.
struct Configured {
    std::optional<std::filesystem::path> file;
};

// The running command's claimcheck.toml (located_config's choice from --config, the
// environment and its positional arguments) read and applied under its flags; or the
// errors, positioned in the file (exit status 2).
std::variant<Configured, std::vector<Diagnostic>> configure(CLI::App& command, const std::string& config_flag);

// Each setting `command` takes and was not given otherwise, applied; the errors, if any
// (a setting always has a value: parse_config refuses an empty list).
std::vector<Diagnostic> apply(const ProjectConfig& config, CLI::App& command);

// What `claimcheck init` writes: a commented claimcheck.toml, every key at its default.
// `app` is the whole command line, whose commands hold the flags the keys stand for: a key
// with no flag there is a mistake in claimcheck, std::logic_error.
std::string init_text(const CLI::App& app);

}  // namespace claimcheck::config
