// claimcheck.toml's settings handed to the command line's options, and the commented
// file `claimcheck init` writes.
#include "config_options.hpp"

#include "engine/core/paths.hpp"
#include "engine/core/verdict.hpp"

#include <cstdlib>
#include <stdexcept>

namespace claimcheck::config {

namespace {

// Whether a key written under `section` is one the running command may take.
bool applies_to(const Key& key, const CLI::App& command) {
    return key.section.empty() || key.section == "limits" || key.section == command.get_name();
}

// "`max-depth`: \"5000\" is not a whole number from 1 to 1000", from CLI11's "--max-depth: ...".
std::string message_of(const CLI::Error& error, const Key& key) {
    std::string text = error.what();
    const std::string flag = "--" + std::string(key.name) + ": ";
    if (text.rfind(flag, 0) == 0) text.erase(0, flag.size());
    return "`" + std::string(key.name) + "`: " + text;
}

// Hands values to an option as the command line would; the first value it refuses, if any.
std::optional<std::size_t> refused(CLI::Option& option, const std::vector<std::string>& values, std::string& why,
                                   const Key& key) {
    // One at a time first, so that an error points at the element of an array that is wrong.
    for (std::size_t i = 0; i < values.size(); ++i) {
        option.clear();
        option.add_result(values[i]);
        try {
            option.run_callback();
        } catch (const CLI::ParseError& error) {
            why = message_of(error, key);
            option.clear();
            return i;
        }
    }
    option.clear();
    for (const auto& value : values) option.add_result(value);
    try {
        option.run_callback();  // each value passed on its own; together they may still not (too many)
    } catch (const CLI::ParseError& error) {
        why = message_of(error, key);
        return 0;
    }
    return std::nullopt;
}

std::vector<std::string> positional_inputs(const CLI::App& command) {
    std::vector<std::string> inputs;
    for (const CLI::Option* option : command.get_options([](const CLI::Option* o) { return o->get_positional(); }))
        for (const auto& value : option->results()) inputs.push_back(value);
    return inputs;
}

// A TOML value for a key's default as its flag shows it ("16M", "200", "text").
std::string default_value(const Key& key, const CLI::Option& option) {
    const std::string shown = option.get_default_str();
    switch (key.kind) {
    case ValueKind::boolean: return "false";
    case ValueKind::count:
    case ValueKind::seconds: return shown;
    case ValueKind::verdicts: {
        std::string list;
        for (Verdict v : all_verdicts) list += (list.empty() ? "\"" : ", \"") + std::string(verdict_name(v)) + "\"";
        return "[" + list + "]";
    }
    case ValueKind::path: return "\"" + std::string(key.example) + "\"";
    case ValueKind::text:
    case ValueKind::size: return "\"" + shown + "\"";
    }
    return shown;
}

// The command whose option a key stands for: its own table's, else `check`, which takes every other key.
const CLI::App* owner(const CLI::App& app, const Key& key) {
    const std::string name = key.section.empty() || key.section == "limits" ? "check" : std::string(key.section);
    return app.get_subcommand(name);
}

}  // namespace

std::vector<Diagnostic> apply(const ProjectConfig& config, CLI::App& command) {
    std::vector<Diagnostic> errors;
    for (const Setting& setting : config.settings) {
        if (!applies_to(*setting.key, command)) continue;
        CLI::Option* option = command.get_option_no_throw("--" + std::string(setting.key->name));
        if (!option || option->count() > 0) continue;  // not this command's, or given on the command line
        std::string why;
        if (auto bad = refused(*option, setting.values, why, *setting.key))
            errors.push_back(config.error_at(setting.at[*bad], why));
    }
    return errors;
}

std::variant<Configured, std::vector<Diagnostic>> configure(CLI::App& command, const std::string& config_flag) {
    auto located = locate_config(config_flag, std::getenv(environment_variable), positional_inputs(command));
    if (auto* why = std::get_if<std::string>(&located)) return std::vector{Diagnostic{"claimcheck", {}, *why, {}, {}}};
    const Located& chosen = std::get<Located>(located);
    if (!chosen.file) return Configured{};
    // A file the run was told to use says so, in case it is not the one the user had in mind.
    auto named = [&](std::vector<Diagnostic> errors) {
        if (!chosen.named_by.empty()) errors.front().notes.push_back("named by " + chosen.named_by);
        return errors;
    };
    auto read = read_config(*chosen.file);
    if (auto* errors = std::get_if<std::vector<Diagnostic>>(&read)) return named(std::move(*errors));
    std::vector<Diagnostic> errors = apply(std::get<ProjectConfig>(read), command);
    if (!errors.empty()) return named(std::move(errors));
    return Configured{chosen.file};
}

std::string init_text(const CLI::App& app) {
    std::string out =
        "# claimcheck.toml: settings for claimcheck runs on the files in this directory and below.\n"
        "# claimcheck uses the nearest claimcheck.toml above its inputs (or the working directory);\n"
        "# --config FILE or CLAIMCHECK_CONFIG=FILE names one instead. A flag given on the command\n"
        "# line wins over this file. Paths are relative to this file. Each setting is shown at its\n"
        "# default, commented out: take away the \"# \" before one to set it.\n";
    std::string_view section = "";
    for (const Key& key : keys()) {
        const CLI::App* command = owner(app, key);
        const CLI::Option* option = command ? command->get_option_no_throw("--" + std::string(key.name)) : nullptr;
        if (!option) throw std::logic_error("claimcheck.toml's key " + std::string(key.name) + " has no flag");
        if (key.section != section) {
            section = key.section;
            out += "\n[" + std::string(section) + "]\n";
            if (section != "limits") out += "# for `claimcheck " + std::string(section) + "` only\n";
        }
        out += "\n# " + option->get_description() + "\n# " + std::string(key.name) + " = " +
               default_value(key, *option) + "\n";
    }
    return out;
}

}  // namespace claimcheck::config
