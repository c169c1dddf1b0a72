#include "environment.hpp"
#include "options.hpp"
#include "report/writers.hpp"

#include "engine/checker.hpp"
#include "engine/loader.hpp"

#include <spdlog/spdlog.h>

#include <iostream>

namespace claimcheck::cli {

namespace {

int exit_status(const Report& report, bool strict) {
    Summary s = report.summary();
    if (s.fail > 0 || s.error > 0) return 1;
    if (strict && s.warn > 0) return 1;
    return 0;
}

}  // namespace

int run_check(const CheckOptions& options) {
    std::error_code ec;
    if (!options.root.empty() && !std::filesystem::is_directory(options.root, ec)) {
        std::cerr << "claimcheck: --root " << options.root << ": no such directory\n";
        return 2;
    }
    LoadOptions load_options{find_rules_dir(options.rules_dir), options.root, options.allow_outside};
    spdlog::debug("rules directory: {}", load_options.rules_dir.string());
    LoadResult loaded = load(options.inputs, load_options);
    spdlog::debug("loaded {} files", loaded.program.modules.size());
    if (!loaded.errors.empty()) {
        for (const auto& error : loaded.errors) std::cerr << error.render();
        return 2;
    }
    CheckOutcome outcome = check_program(loaded.program);
    if (!outcome.errors.empty()) {
        for (const auto& error : outcome.errors) std::cerr << error.render();
        std::cerr << outcome.errors.size() << (outcome.errors.size() == 1 ? " error" : " errors")
                  << "; nothing was checked\n";
        return 2;
    }
    spdlog::debug("checked {} claims", outcome.report.claims.size());
    if (options.format == "json")
        report::write_json(std::cout, outcome.report, CLAIMCHECK_VERSION);
    else if (options.format == "line")
        report::write_lines(std::cout, outcome.report);
    else
        report::write_text(std::cout, outcome.report, report::Style{use_colour(options.colour)});
    return exit_status(outcome.report, options.strict);
}

}  // namespace claimcheck::cli
