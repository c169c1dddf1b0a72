// What `claimcheck test` prints: one line a claim, as test runners print them, then the totals.
// A claim that missed lists its checks, each that moved from its own pin marked.
#include "engine/report/writers.hpp"

#include "engine/core/deadline.hpp"

namespace claimcheck::report {

void write_results(std::ostream& out, const Report& report, bool failures_only) {
    int passed = 0;
    for (const auto& claim : report.claims) {
        checkpoint("while writing the report");
        bool met = meets_expectation(claim);
        passed += met;
        if (met && failures_only) continue;
        out << (met ? "ok      " : "FAILED  ") << shown(claim.file) << ":" << claim.at.line << "  "
            << shown(claim.id) << "  " << verdict_name(claim.verdict);
        if (!verdict_meets(claim)) out << ", expected " << expected_verdict(claim);
        out << "\n";
        if (met) continue;
        if (std::string message = full_message(claim); !message.empty()) out << "          " << shown(message) << "\n";
        for (const auto& c : claim.checks) {
            // A check that moved from its pin says so, and where it is in full: the place to look.
            const bool moved = !check_meets(claim, c);
            const bool elsewhere = moved || (!c.file.empty() && c.file != claim.file);  // a template's check
            out << "          " << verdict_name(c.verdict);
            if (moved) out << ", expected " << verdict_name(*check_expectation(claim, c)) << " ";
            out << " " << (elsewhere ? shown(c.file.empty() ? claim.file : c.file) + ":" : "") << c.at.line << ":"
                << c.at.column << "  " << shown(c.text);
            if (!c.actual_text.empty()) out << ": actual " << shown(c.actual_text);
            if (!c.message.empty()) out << ": " << shown(c.message);
            if (c.diagnosis) out << ": " << diagnosis_name(*c.diagnosis);
            out << "\n";
        }
    }
    int failed = static_cast<int>(report.claims.size()) - passed;
    const bool above = failed > 0 || !failures_only;  // a quiet run that all passed is its totals alone
    out << (above ? "\n" : "") << passed << " passed, " << failed << " failed\n";
}

}  // namespace claimcheck::report
