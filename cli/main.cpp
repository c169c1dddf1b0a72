// claimcheck: checks the numbers in news copy against the counts they rest on.
#include "options.hpp"

#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <map>

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
    const std::map<std::string, Colour> colours = {
        {"auto", Colour::automatic}, {"always", Colour::always}, {"never", Colour::never}};
    check_cmd->add_option("--color", check.colour, "colour the text report: auto, always, never")
        ->transform(CLI::CheckedTransformer(colours, CLI::ignore_case));

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    }
    setup_logging(verbose);
    try {
        return run_check(check);
    } catch (const std::exception& e) {
        // A bug in claimcheck, not in the input: say so instead of aborting.
        spdlog::critical("internal error: {}; please report it with the input that caused it", e.what());
        return 3;
    }
}
