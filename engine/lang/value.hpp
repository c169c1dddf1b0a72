#pragma once
// A figure's static type (unit, and the period it was counted over) and, at
// run time, its exact value with that type.
#include "engine/core/exact.hpp"
#include "engine/core/period.hpp"
#include "engine/core/reading.hpp"
#include "engine/core/unit.hpp"

#include <optional>
#include <stdexcept>
#include <string>

namespace claimcheck {

struct Type {
    Unit unit;
    std::optional<Period> period;
    bool grid = false;  // stands for every value of a Grid, not one figure
};

// Every multiple of step between low and high: the shares k/19 that 19 people
// can give, for granularity (GRIM) checks that need no data.
struct Grid {
    Rational step;
    std::optional<Rational> low;
    std::optional<Rational> high;
    std::string of;  // "share of 19"
};

struct Value {
    Rational number;  // for a figure known only within bounds, one value they allow (the stated one)
    Type type;
    std::optional<Grid> grid = std::nullopt;
    std::optional<Interval> range = std::nullopt;  // every value the published bounds allow
    bool published = true;  // number is worked out from figures as published, not from values chosen in bounds
};

// Every value v stands for: its range, or the one exact value.
inline Interval range_of(const Value& v) { return v.range ? *v.range : exact_interval(v.number); }

// A value that cannot be had. The base of all that evaluation throws, so a caller that
// only tries a value (diagnosis, suggestions, conflicts) catches these and nothing else.
struct NoValue : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// No value exists (division by zero): the check's verdict is error. The evaluator
// names the place in the file (Evaluator::fail); a builtin, which knows none, does not.
struct EvalError : NoValue {
    using NoValue::NoValue;
};

}  // namespace claimcheck
