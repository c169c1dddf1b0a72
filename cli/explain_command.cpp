// claimcheck explain FILE:LINE: every step behind the claim at that line.
#include "environment.hpp"
#include "options.hpp"

#include "grammar/inert.hpp"

#include "engine/applies.hpp"
#include "report/writers.hpp"
#include "session.hpp"

#include <filesystem>
#include <iostream>
#include <algorithm>
#include <set>
#include <sstream>

namespace claimcheck::cli {

namespace {

std::string shown(const Value& v) {
    if (v.grid) return "every " + v.grid->of;
    return format_value(v.number, v.type.unit, places_for(v.number * written_scale(v.type.unit), 3, 2)) +
           (denominator(v.number) != 1 ? " (" + fraction_text(v.number) + ")" : "");
}

void write_trace(std::ostream& out, const Trace& trace) {
    std::set<std::string> seen;
    bool any = false;
    for (const auto& step : trace) {
        if (step.kind != TraceStep::Kind::figure || !seen.insert(step.text).second) continue;
        if (!any) out << "  figures\n";
        any = true;
        out << "    " << step.text << " = " << shown(step.value) << "\n      " << step.how << "\n";
    }
    any = false;
    int top = 1 << 30;  // the outermost step sits at the left margin
    for (const auto& step : trace) top = std::min(top, step.depth);
    for (const auto& step : trace) {
        if (step.kind != TraceStep::Kind::step) continue;
        if (!any) out << "  arithmetic\n";
        any = true;
        std::string indent(4 + 2 * static_cast<std::size_t>(step.depth - top), ' ');
        out << indent << step.text << " = " << shown(step.value) << "\n";
        if (!step.how.empty()) out << indent << "  " << step.how << "\n";
    }
}

void write_check(std::ostream& out, const CheckExplanation& e) {
    const CheckReport& c = e.report;
    out << "\ncheck at line " << c.at.line << ": " << c.text << "\n";
    write_trace(out, e.trace);
    if (!e.readings.empty() && c.interval) {
        out << "  claimed " << c.claimed << "\n";
        out << "    means " << e.readings[0].first << ": " << report::interval_text(c) << "\n";
        for (std::size_t i = 1; i < e.readings.size(); ++i)
            out << "    or, leniently, " << e.readings[i].first << ": " << e.readings[i].second << "\n";
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
    if (!c.message.empty()) out << "    " << report::shown(c.message) << "\n";
    if (!c.diagnosis.empty()) out << "  diagnosis " << c.diagnosis << ": " << c.explanation << "\n";
    for (const auto& s : c.suggestions) out << "  write instead \"" << s.wording << "\"   (check " << s.check << ")\n";
}

void write_claim(std::ostream& out, const Explanation& explanation) {
    const ClaimReport& claim = explanation.claim;
    out << "claim " << claim.id << " at " << report::shown(claim.file) << ":" << claim.at.line << ": "
        << verdict_name(claim.verdict) << "\n  in " << report::shown(claim.article);
    if (!claim.quote.empty()) out << ": \"" << report::shown(claim.quote) << "\"";
    out << "\n";
    if (!claim.template_at.empty()) out << "  from the template at " << report::shown(claim.template_at) << "\n";
    for (const auto& note : claim.notes) out << "  note: " << report::shown(note) << "\n";
    if (!claim.message.empty()) out << "  " << report::shown(claim.message) << "\n";
    for (const auto& check : explanation.checks) write_check(out, check);
}

// A template's line makes no claim: say which applies make its claims. They are
// looked for in the template file's directory, where a newsroom keeps them.
void point_to_applies(const ExplainOptions& options, const Module& module, const ast::Template& t, int line) {
    std::cerr << "claimcheck: line " << line << " of " << inert(module.source.path()) << " is inside template "
              << t.name.text << ", which makes claims only where it is applied";
    std::filesystem::path directory = std::filesystem::path(module.source.path()).parent_path();
    LoadOptions load_options{find_rules_dir(options.input.rules_dir), options.input.root, options.input.allow_outside};
    LoadResult around = load({directory.empty() ? "." : directory.string()}, load_options);
    std::vector<std::string> applies = applies_of(around.program, module.source.path(), t.name.text);
    if (applies.empty()) {
        std::cerr << "; no file in " << inert(directory.empty() ? "." : directory.string()) << " applies it\n";
        return;
    }
    std::cerr << "; explain one of its applies instead:\n";
    for (const auto& at : applies) std::cerr << "  claimcheck explain " << inert(at) << "\n";
}

}  // namespace

int run_explain(const ExplainOptions& options) {
    auto colon = options.where.rfind(':');
    int line = 0;
    if (colon != std::string::npos && colon + 1 < options.where.size() &&
        options.where.find_first_not_of("0123456789", colon + 1) == std::string::npos && colon + 9 > options.where.size())
        line = std::stoi(options.where.substr(colon + 1));
    if (line <= 0) {
        std::cerr << "claimcheck: explain takes FILE:LINE, such as examples/nspcc-2017/002-kent.claims:7\n";
        return 2;
    }
    std::string file = options.where.substr(0, colon);
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) {
        std::cerr << "claimcheck: explain: " << inert(file) << " does not exist\n";
        return 2;
    }
    if (!std::filesystem::is_regular_file(file, ec)) {
        std::cerr << "claimcheck: explain takes one .claims file, and " << inert(file) << " is not one\n";
        return 2;
    }
    auto program = load_inputs({file}, options.input);
    if (!program) return 2;
    ExplainOutcome outcome;
    try {
        outcome = explain_line(*program, *program->targets().front(), line, table_options(options.input),
                               options.input.limits);
    } catch (const LimitExceeded& limit) {
        print_errors({limit.diagnostic});
        return 2;
    }
    if (!outcome.errors.empty()) {
        print_errors(outcome.errors);
        return 2;
    }
    if (outcome.explanations.empty()) {
        if (const ast::Template* t = template_at(*program->targets().front(), line)) {
            point_to_applies(options, *program->targets().front(), *t, line);
            return 2;
        }
        std::cerr << "claimcheck: no claim or apply at " << inert(options.where) << "\n";
        return 2;
    }
    for (const auto& explanation : outcome.explanations) {
        if (&explanation != &outcome.explanations.front()) std::cout << "\n";
        write_claim(std::cout, explanation);
    }
    return 0;
}

}  // namespace claimcheck::cli
