#pragma once
// The pipeline after loading, left to right: bind names, check types, then
// evaluate and judge every claim of the target files.
#include "engine/core/diagnostic.hpp"
#include "engine/core/limits.hpp"
#include "engine/lang/module.hpp"
#include "engine/report/report.hpp"
#include "engine/lang/tables.hpp"
#include "engine/lang/trace.hpp"

#include <optional>
#include <string>

#include <vector>

namespace claimcheck {

struct CheckOutcome {
    Report report;
    std::vector<Diagnostic> errors;  // static errors: when any, the report is empty
};

// Throws LimitExceeded when the run goes past one of its limits.
CheckOutcome check_program(const Program& program, const TableOptions& tables = {}, const Limits& limits = {});

// Every step behind one check: what explain prints.
struct CheckExplanation {
    CheckReport report;
    Trace trace;
    std::vector<std::pair<std::string, std::string>> readings;  // (how, interval): the strict one first
    std::vector<std::string> definitions;  // each vocabulary definition used, as written in its file
    // The readings the trace's values are shown beside (engine/core/shown.hpp); without the
    // definitions, which belong to the run that made them.
    Meaning meaning;
};

struct Explanation {
    ClaimReport claim;
    std::vector<CheckExplanation> checks;  // the check on the line asked for, or all of the claim's
};

struct ExplainOutcome {
    std::vector<Explanation> explanations;  // none when no claim or apply covers the line
    std::vector<Diagnostic> errors;
};

// Explains the claim at `line` of `module` (one of the program's targets), or
// every claim an apply on that line makes.
ExplainOutcome explain_line(const Program& program, const Module& module, int line,
                            const TableOptions& tables = {}, const Limits& limits = {});

}  // namespace claimcheck
