#pragma once
// `explain FILE:LINE` from the file named to what it says: the file loaded, the line
// checked against its length, the claim or apply on it explained step by step; or,
// when the line makes none, where the reader should look instead (the nearest claims,
// or the applies of the template the line is in).
#include "engine/core/diagnostic.hpp"
#include "engine/pipeline/pipeline.hpp"
#include "engine/report/explanation.hpp"

#include <string>
#include <vector>

namespace claimcheck {

struct ExplainAtOutcome {
    std::vector<Explanation> explanations;  // one per claim the line makes
    std::vector<Diagnostic> errors;         // loading or checking failed, or a limit was reached
    std::string nothing_here;               // no explanation, and why: "no claim or apply at a.claims:3; ..."
};

// `line` is the digits as written: a line past any file's end is reported, not overflowed.
ExplainAtOutcome explain_at(const std::string& file, const std::string& line, const PipelineOptions& options);

}  // namespace claimcheck
