// claimcheck: checks the numbers in news copy against the counts they rest on.
#include "options.hpp"

#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>


namespace {

void setup_logging(bool verbose) {
    // Diagnostics go to stderr, never into the report on stdout.
    auto logger = spdlog::stderr_color_mt("claimcheck");
    logger->set_pattern("claimcheck: %l: %v");
    logger->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
    spdlog::set_default_logger(logger);
}

}  // namespace

int main(int argc, char** argv) {
    using namespace claimcheck::cli;
    CLI::App app{"claimcheck: checks the numbers in news copy against the counts they rest on"};
    app.set_version_flag("--version", CLAIMCHECK_VERSION);
    app.require_subcommand(1);
    app.fallthrough();  // --verbose may come after the subcommand too
    bool verbose = false;
    app.add_flag("-v,--verbose", verbose, "log what claimcheck does on stderr");

    CheckOptions check;
    auto* check_cmd = app.add_subcommand("check", "check every claim in the files and directories given");
    check_cmd->add_option("inputs", check.inputs, ".claims files, or directories searched for them")
        ->required();
    check_cmd->add_option("--format", check.format, "report format")
        ->check(CLI::IsMember({"text", "line", "json"}))
        ->capture_default_str();
    check_cmd->add_flag("--strict", check.strict, "exit 1 on warn as well as on fail");
    check_cmd->add_option("--rules", check.rules_dir, "directory holding house-style.claims and other rules");
    check_cmd->add_option("--root", check.root,
                          "the project directory `use` may not leave (default: the working directory)");
    check_cmd->add_flag("--allow-outside", check.allow_outside,
                        "let `use` read files outside the project directory");
    std::string colour = "auto";
    check_cmd->add_option("--color", colour, "colour the text report (never with NO_COLOR set)")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    }
    setup_logging(verbose);
    check.colour = colour == "always" ? Colour::always : colour == "never" ? Colour::never : Colour::automatic;
    try {
        return run_check(check);
    } catch (const std::exception& e) {
        // A bug in claimcheck, not in the input: say so instead of aborting.
        spdlog::critical("internal error: {}; please report it with the input that caused it", e.what());
        return 3;
    }
}
