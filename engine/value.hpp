#pragma once
// A figure's static type (unit, and the period it was counted over) and, at
// run time, its exact value with that type.
#include "exact.hpp"
#include "period.hpp"
#include "unit.hpp"

#include <optional>
#include <stdexcept>
#include <string>

namespace claimcheck {

struct Type {
    Unit unit;
    std::optional<Period> period;
};

struct Value {
    Rational number;
    Type type;
};

// Evaluation cannot go on (division by zero): the check's verdict is error.
struct EvalError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

}  // namespace claimcheck
