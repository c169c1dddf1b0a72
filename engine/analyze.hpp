#pragma once
// The static pass over a whole program: types every let and definition, and
// every check of the files being checked, resolving vocabulary phrases.
// Nothing is evaluated; every problem is a positioned diagnostic.
#include "phrase.hpp"
#include "scope.hpp"

#include <map>
#include <optional>
#include <vector>

namespace claimcheck {

struct CheckPlan {
    std::optional<PhraseTerm> phrase;  // when the check states a vocabulary phrase
};

using Plans = std::map<const ast::Check*, CheckPlan>;

Plans analyze(const Program& program, const Scopes& scopes, std::vector<Diagnostic>& errors);

}  // namespace claimcheck
