#include "environment.hpp"
#include "options.hpp"
#include "report/writers.hpp"
#include "session.hpp"

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
    auto report = check_inputs(options.inputs, options.input);
    if (!report) return 2;
    if (options.format == "json")
        report::write_json(std::cout, *report, CLAIMCHECK_VERSION);
    else if (options.format == "html")
        report::write_html(std::cout, *report, CLAIMCHECK_VERSION);
    else if (options.format == "line")
        report::write_lines(std::cout, *report);
    else
        report::write_text(std::cout, *report, report::Style{use_colour(options.colour)});
    return exit_status(*report, options.strict);
}

}  // namespace claimcheck::cli
