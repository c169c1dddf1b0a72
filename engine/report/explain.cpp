// What `claimcheck explain` prints: the claim, then each check with the figures and
// arithmetic behind it, its readings, the vocabulary it rests on and its verdict.
#include "engine/report/writers.hpp"

#include "engine/core/deadline.hpp"

#include <algorithm>
#include <set>
#include <sstream>

namespace claimcheck::report {

namespace {

// Under a table aggregate: the rows each part of its `where` held for, the whole condition first.
void write_filters(std::ostream& out, const std::string& indent, const std::vector<ExplainedFilter>& filters) {
    for (const auto& f : filters) {
        out << indent << std::string(2 * static_cast<std::size_t>(f.depth), ' ') << shown(f.text) << ": ";
        if (f.rows == 0) out << "no row\n";
        else if (f.first.empty()) out << f.rows << (f.rows == 1 ? " row\n" : " rows\n");  // a database's rows have no number
        else if (f.rows == 1) out << "1 row, " << shown(f.first) << "\n";
        else out << f.rows << " rows, first " << shown(f.first) << ", last " << shown(f.last) << "\n";
    }
}

void write_trace(std::ostream& out, const std::vector<ExplainedStep>& trace) {
    std::set<std::string> seen;
    bool any = false;
    for (const auto& step : trace) {
        checkpoint("while writing the explanation");  // one step per term of a long expression
        if (step.kind != ExplainedStep::Kind::figure || !seen.insert(step.text).second) continue;
        if (!any) out << "  figures\n";
        any = true;
        out << "    " << step.text << " = " << step.value << "\n      " << step.how << "\n";
    }
    any = false;
    int top = 1 << 30;  // the outermost step sits at the left margin
    for (const auto& step : trace) top = std::min(top, step.depth);
    for (const auto& step : trace) {
        checkpoint("while writing the explanation");
        if (step.kind != ExplainedStep::Kind::step) continue;
        if (!any) out << "  arithmetic\n";
        any = true;
        std::string indent(4 + 2 * static_cast<std::size_t>(step.depth - top), ' ');
        out << indent << step.text << " = " << step.value << "\n";
        if (!step.how.empty()) out << indent << "  " << step.how << "\n";
        write_filters(out, indent + "  ", step.filters);
    }
}

void write_check(std::ostream& out, const CheckExplanation& e) {
    const CheckReport& c = e.report;
    out << "\ncheck at line " << c.at.line << ": " << c.text << "\n";
    write_trace(out, e.trace);
    if (!e.readings.empty() && c.interval) {
        out << "  claimed " << c.claimed << "\n";
        out << "    means " << e.readings[0].first << ": " << interval_text(c) << "\n";
        for (std::size_t i = 1; i < e.readings.size(); ++i)
            out << "    or, leniently, " << e.readings[i].first << ": " << e.readings[i].second << "\n";
    } else if (!c.keys.empty()) {
        out << "  claimed " << c.claimed << " for " << c.reading << "\n";
    }
    if (!e.definitions.empty()) out << "  vocabulary: " << c.definition << "\n";
    for (const auto& definition : e.definitions) {
        std::istringstream lines(definition);
        for (std::string line; std::getline(lines, line);) {
            line.erase(0, line.find_first_not_of(" \t"));
            bool head = line.rfind("define", 0) == 0;
            out << (head ? "    " : "      ") << line << "\n";
        }
    }
    out << "  verdict " << verdict_name(c.verdict);
    if (!c.actual_text.empty()) out << ": actual " << c.actual_text;
    out << "\n";
    if (!c.message.empty()) out << "    " << shown(c.message) << "\n";
    if (c.diagnosis) out << "  diagnosis " << diagnosis_name(*c.diagnosis) << ": " << c.explanation << "\n";
    for (const auto& s : c.suggestions) out << "  write instead \"" << s.wording << "\"   (check " << s.check << ")\n";
}

}  // namespace

void write_explanation(std::ostream& out, const Explanation& explanation) {
    const ClaimReport& claim = explanation.claim;
    out << "claim " << claim.id << " at " << shown(claim.file) << ":" << claim.at.line << ": "
        << verdict_name(claim.verdict) << "\n  in " << shown(claim.article);
    if (!claim.quote.empty()) out << ": \"" << shown(claim.quote) << "\"";
    out << "\n";
    if (!claim.template_at.empty()) out << "  from the template at " << shown(claim.template_at) << "\n";
    for (const auto& note : claim.notes) out << "  note: " << shown(note) << "\n";
    if (!claim.message.empty()) out << "  " << shown(claim.message) << "\n";
    for (const auto& check : explanation.checks) write_check(out, check);
}

}  // namespace claimcheck::report
