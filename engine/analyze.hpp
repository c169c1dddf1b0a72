#pragma once
// The static pass over a whole program: types every let and definition, and
// every check of the files being checked, resolving vocabulary phrases.
// Nothing is evaluated; every problem is a positioned diagnostic.
#include "grammar/screen.hpp"
#include "phrase.hpp"
#include "scope.hpp"

#include <map>
#include <optional>
#include <vector>

namespace claimcheck {

struct CheckPlan {
    std::optional<PhraseTerm> phrase;  // when the check states a vocabulary phrase
};

// A check's plan, for a plain claim (no apply) or for one application of a template.
using PlanKey = std::pair<const ast::Check*, const ast::Apply*>;
using Plans = std::map<PlanKey, CheckPlan>;

Plans analyze(const Program& program, const Scopes& scopes, std::vector<Diagnostic>& errors,
              std::size_t max_depth = ParseLimits{}.max_depth);

}  // namespace claimcheck
