// claimcheck test: the claims run as a test suite, each against its `expect`.
#include "options.hpp"
#include "session.hpp"

#include "engine/report/writers.hpp"

#include <sstream>
#include <utility>

namespace claimcheck::cli {

int run_test(const TestOptions& options) {
    auto report = check_inputs(options.inputs, options.input);
    if (!report) return 2;
    std::ostringstream out;  // written whole once complete
    if (options.format == "junit")
        report::write_junit(out, *report);
    else
        report::write_results(out, *report);
    if (!write_result(options.output, std::move(out).str(), files_read(*report))) return 2;
    for (const auto& claim : report->claims)
        if (!meets_expectation(claim)) return 1;
    return 0;
}

}  // namespace claimcheck::cli
