#pragma once
// The static pass over a whole program: types every let and definition, and
// every check of the files being checked, resolving vocabulary phrases.
// Nothing is evaluated; every problem is a positioned diagnostic. What it finds
// is handed on (Analysis) to the table scan and the evaluator.
#include "grammar/screen.hpp"
#include "engine/lang/instances.hpp"
#include "engine/lang/phrase.hpp"
#include "engine/lang/scope.hpp"
#include "engine/lang/typed.hpp"

#include <map>
#include <optional>
#include <vector>

namespace claimcheck {

struct CheckPlan {
    std::optional<PhraseTerm> phrase;  // when the check states a vocabulary phrase
};

// Each check's plan; an apply's claims are checks of their own (engine/lang/instances.hpp).
using Plans = std::map<const ast::Check*, CheckPlan>;

struct Analysis {
    Plans plans;
    Typed typed;  // each node's type and the scan plan
};

// Types every let and definition, and every check of the target files and of the instances.
Analysis analyze(const Program& program, const Instances& instances, const Scopes& scopes,
              std::vector<Diagnostic>& errors, std::size_t max_depth = ParseLimits{}.max_depth);

}  // namespace claimcheck
