#pragma once
// The unit and period rules of + - * /, shared by the type checker (which
// reports a mismatch) and the evaluator (which carries types at run time).
#include "grammar/ast.hpp"
#include "value.hpp"

#include <string>
#include <variant>

namespace claimcheck {

// The type of `a op b`, or why the two do not combine. A chain of + is a total:
// its period comes from total_period, over all its terms at once.
std::variant<Type, std::string> combine(char op, const Type& a, const Type& b);

// The period of first + ... + last when every operation is +; otherwise `folded`.
std::optional<Period> total_period(const ast::Expr& expr, const std::vector<Type>& terms,
                                   std::optional<Period> folded);

// The unit a written number stands for: 44% a percentage, 3 points, 5.73 times, 15 a number.
Unit unit_of(const ast::Number& number);

// The value of a written number, stored as the engine keeps it (44% is 11/25).
Rational value_of(const ast::Number& number);

// A let binds data: a bare number there is a count, and `during` gives it a period.
Type let_type(Type value, std::optional<Period> during);

}  // namespace claimcheck
