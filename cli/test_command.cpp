#include "options.hpp"
#include "report/writers.hpp"
#include "session.hpp"

#include "engine/deadline.hpp"

#include <sstream>
#include <utility>

namespace claimcheck::cli {

namespace {

// One line a claim, as test runners print them, then the totals.
void write_results(std::ostream& out, const Report& report) {
    int passed = 0;
    for (const auto& claim : report.claims) {
        checkpoint("while writing the report");
        bool met = meets_expectation(claim);
        passed += met;
        out << (met ? "ok      " : "FAILED  ") << report::shown(claim.file) << ":" << claim.at.line << "  "
            << report::shown(claim.id) << "  " << verdict_name(claim.verdict);
        if (!met) out << ", expected " << expected_verdict(claim);
        out << "\n";
        if (met) continue;
        if (std::string message = full_message(claim); !message.empty()) out << "          " << report::shown(message) << "\n";
        for (const auto& c : claim.checks) {
            bool elsewhere = !c.file.empty() && c.file != claim.file;  // a template's check
            out << "          " << verdict_name(c.verdict) << " " << (elsewhere ? report::shown(c.file) + ":" : "")
                << c.at.line << ":" << c.at.column << "  " << report::shown(c.text);
            if (!c.actual_text.empty()) out << ": actual " << report::shown(c.actual_text);
            if (!c.message.empty()) out << ": " << report::shown(c.message);
            if (!c.diagnosis.empty()) out << ": " << c.diagnosis;
            out << "\n";
        }
    }
    int failed = static_cast<int>(report.claims.size()) - passed;
    out << "\n" << passed << " passed, " << failed << " failed\n";
}

}  // namespace

int run_test(const TestOptions& options) {
    auto report = check_inputs(options.inputs, options.input);
    if (!report) return 2;
    std::ostringstream out;  // written whole once complete
    if (options.format == "junit")
        report::write_junit(out, *report);
    else
        write_results(out, *report);
    if (!write_result(options.output, std::move(out).str(), files_read(*report))) return 2;
    for (const auto& claim : report->claims)
        if (!meets_expectation(claim)) return 1;
    return 0;
}

}  // namespace claimcheck::cli
