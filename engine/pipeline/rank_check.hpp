#pragma once
// Rank checks, "Riverside was the worst-affected ward": top(...) or bottom(...) of a grouped
// aggregate compared with a key by == or !=. A tie at the rank asked makes the check a warn
// when the key named is one of the tied keys (language.md, "Ranks and extremes").
#include "engine/lang/evaluate.hpp"
#include "engine/report/report.hpp"

namespace claimcheck {

// Fills the report's verdict, actual keys and value, and message. Throws as the evaluator does:
// MissingFigure for a key compared with a missing figure (the check is unverifiable), EvalError
// for a rank past the last group.
void judge_rank(Evaluator& evaluator, const Module& module, const ast::Check& check, CheckReport& report);

}  // namespace claimcheck
