#pragma once
// The pipeline after loading, left to right: bind names, check types, then
// evaluate and judge every claim of the target files.
#include "engine/core/diagnostic.hpp"
#include "engine/core/limits.hpp"
#include "engine/core/vocabulary.hpp"
#include "engine/lang/module.hpp"
#include "engine/report/explanation.hpp"
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
    Vocabulary vocabulary;           // every word the program defines: what its articles are read with
};

// Whether each warn and fail gets wordings that would hold (the report's suggestions). A
// caller that reads only verdicts and diagnoses (`draft`, trying thousands of candidates)
// leaves them out: finding them is most of a check's cost.
enum class Wordings { suggested, left_out };

// Throws LimitExceeded when the run goes past one of its limits.
CheckOutcome check_program(const Program& program, const TableOptions& tables = {}, const Limits& limits = {},
                           Wordings wordings = Wordings::suggested);

struct ExplainOutcome {
    std::vector<Explanation> explanations;  // none when no claim or apply covers the line
    std::vector<Diagnostic> errors;
};

// Explains the claim at `line` of `module` (one of the program's targets), or
// every claim an apply on that line makes.
ExplainOutcome explain_line(const Program& program, const Module& module, int line,
                            const TableOptions& tables = {}, const Limits& limits = {});

}  // namespace claimcheck
