#pragma once
// The pipeline after loading, left to right: bind names, check types, then
// evaluate and judge every claim of the target files.
#include "grammar/diagnostic.hpp"
#include "module.hpp"
#include "report.hpp"

#include <vector>

namespace claimcheck {

struct CheckOutcome {
    Report report;
    std::vector<Diagnostic> errors;  // static errors: when any, the report is empty
};

CheckOutcome check_program(const Program& program);

}  // namespace claimcheck
