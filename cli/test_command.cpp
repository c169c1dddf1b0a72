// claimcheck test: the claims run as a test suite, each against its `expect`, and each check
// against its own pin when its claim pins checks.
#include "options.hpp"
#include "session.hpp"

#include "engine/report/expectations.hpp"
#include "engine/report/writers.hpp"

#include "engine/core/inert.hpp"
#include "engine/core/paths.hpp"

#include <iostream>
#include <sstream>
#include <utility>
#include <variant>

namespace claimcheck::cli {

namespace {

// Each claims file with a claim that missed its expectation, rewritten whole; each change said.
int update_expectations(const Report& report, const Limits& limits, bool pin_checks) {
    int status = 0;
    for (const auto& [file, edits] : report::expectation_edits(report, pin_checks)) {
        const auto text = read_input(file, limits.max_file_bytes);
        const std::optional<std::string> updated =
            std::holds_alternative<std::string>(text) ? report::with_edits(std::get<std::string>(text), edits) : std::nullopt;
        if (!updated) {
            std::cerr << "claimcheck: " << inert(file) << ": changed since it was checked; not updated\n";
            status = 2;
            continue;
        }
        if (!replace_file(file, *updated)) {
            status = 2;
            continue;
        }
        for (const auto& edit : edits) std::cout << "updated " << inert(report::edit_text(file, edit)) << "\n";
    }
    return status;
}

}  // namespace

int run_test(const TestOptions& options) {
    auto report = check_inputs(options.inputs, options.input);
    if (!report) return 2;
    std::ostringstream out;  // written whole once complete
    if (options.format == "junit")
        report::write_junit(out, *report);
    else
        report::write_results(out, *report, options.quiet);
    if (!write_result(options.output, std::move(out).str(), files_read(*report))) return 2;
    if (options.update) return update_expectations(*report, options.input.limits, options.pin_checks);
    for (const auto& claim : report->claims)
        if (!meets_expectation(claim)) return 1;
    return 0;
}

}  // namespace claimcheck::cli
