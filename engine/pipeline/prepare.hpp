#pragma once
// What checking needs before the first claim, shared by check and explain: every
// name bound, every apply expanded, every check typed, every table scanned once.
#include "engine/core/diagnostic.hpp"
#include "engine/core/limits.hpp"
#include "engine/lang/analyze.hpp"
#include "engine/lang/instances.hpp"
#include "engine/lang/scope.hpp"
#include "engine/lang/tables.hpp"

#include <vector>

namespace claimcheck {

struct Prepared {
    Scopes scopes;
    Instances instances;
    Analysis analysis;  // each check's plan, each node's type, the scan plan
};

// Bind names, read tables' headers, expand the applies, check types (which plans each table
// query), then scan each table once for what the plan asks. The errors come back each once,
// in order; when there are any, nothing is to be checked.
Prepared prepare(const Program& program, const TableOptions& tables, const Limits& limits,
                 std::vector<Diagnostic>& errors);

}  // namespace claimcheck
