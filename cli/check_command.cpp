#include "environment.hpp"
#include "options.hpp"
#include "engine/report/writers.hpp"
#include "session.hpp"

#include <sstream>
#include <utility>

namespace claimcheck::cli {

namespace {

int exit_status(const Report& report, bool strict) {
    Summary s = report.summary();
    if (s.fail > 0 || s.error > 0) return 1;
    if (strict && s.warn > 0) return 1;
    return 0;
}

// --only and --quiet: which claims the text report shows.
report::Shown shown_of(const CheckOptions& options) {
    report::Shown shown{{}, options.quiet};
    for (const auto& name : options.only)
        if (auto verdict = verdict_named(name)) shown.only.push_back(*verdict);  // the flag admits no other name
    return shown;
}

}  // namespace

int run_check(const CheckOptions& options) {
    auto report = check_inputs(options.inputs, options.input);
    if (!report) return 2;
    std::ostringstream out;  // written whole once complete: never a partial report
    if (options.format == "json")
        report::write_json(out, *report, CLAIMCHECK_VERSION);
    else if (options.format == "html")
        report::write_html(out, *report, CLAIMCHECK_VERSION);
    else if (options.format == "line")
        report::write_lines(out, *report);
    else
        report::write_text(out, *report, report::Style{options.output.path.empty() && use_colour(options.colour), shown_of(options)});
    if (!write_result(options.output, std::move(out).str(), files_read(*report))) return 2;
    return exit_status(*report, options.strict);
}

}  // namespace claimcheck::cli
