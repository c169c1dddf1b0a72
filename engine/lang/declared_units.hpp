#pragma once
// Rates per a unit the claims declare: `unit school_day = 190 a year` once, then
// per(x, school_day) over x's own period or per(x, school_day, FY2016/17). A rate per
// school_day is a unit of its own (Per::declared), so that it never meets a rate per
// day, or per another declared unit, in a sum or a comparison.
#include "engine/lang/evaluate.hpp"
#include "engine/lang/typecheck.hpp"

#include <optional>
#include <string>

namespace claimcheck {

// The count declared: 190 for `unit school_day = 190 a year`.
Rational declared_count(const ast::UnitDecl& unit);

// How many of the unit a period holds: count * whole months / 12 for "a year", count * days / 7
// for "a week"; nothing for a count a year over a period that is not whole calendar months.
std::optional<Rational> units_in(const ast::UnitDecl& unit, const Period& period);


// "190 a year"
std::string declared_text(const ast::UnitDecl& unit);

// per(...): a call to the rate over a declared unit.
bool is_per_unit(const ast::Call& call);

// The declared unit per(x, unit[, period]) names, if its second argument is a declared unit's name.
const UnitBinding* per_unit_binding(const ast::Call& call, const Scope& scope);

// Its type, or nothing after an error reported through checker.
std::optional<Type> type_per_unit(TypeChecker& checker, const ast::Call& call, const Module& module,
                                  const TypeParams* params);

struct PerUnitResult {
    Value value;
    std::string how;  // for explain: "x / units in period with ..."
};

// Its value: x over the number of the unit in the period. Fails through evaluator on an error.
PerUnitResult evaluate_per_unit(Evaluator& evaluator, const ast::Call& call, const Module& module,
                                const ValueParams* params);

}  // namespace claimcheck
