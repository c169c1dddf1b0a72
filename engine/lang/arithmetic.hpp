#pragma once
// The unit and period rules of + - * /, shared by the type checker (which
// reports a mismatch) and the evaluator (which carries types at run time).
#include "grammar/ast.hpp"
#include "engine/lang/value.hpp"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace claimcheck {

// The type of `a op b`, or why the two do not combine. A chain of + is a total:
// its period comes from TotalPeriod, over all its terms at once.
std::variant<Type, std::string> combine(char op, const Type& a, const Type& b);

// The period of first + ... + last when every operation is +, gathered as the terms are met
// (first term with op '+'): a chain of a million terms keeps no list of their types, and
// keeps their periods only while each is a term of a total.
class TotalPeriod {
public:
    void add(char op, const std::optional<Period>& period);
    // The total's span (nothing when a term has none); `folded` when some operation is not +.
    std::optional<Period> of(std::optional<Period> folded) const;

private:
    bool total_ = true;   // every operation so far is +
    bool spanned_ = true;  // every term so far has a period
    std::size_t terms_ = 0;
    std::vector<std::optional<Period>> periods_;
};

// The unit a written number stands for: 44% a percentage, 3 points, 5.73 times, £3.4m money, 15 a number.
Unit unit_of(const ast::Number& number);
// The same from the unit as the grammar reads it: "%", "points", "times" or "".
Unit unit_named(const std::string& unit);

// The value of a written number, stored as the engine keeps it (44% is 11/25, 3.1 million 3,100,000).
Rational value_of(const ast::Number& number);
// What a written number's digits are divided by to give its value: 100 for 44%, 1/10^6 for 3.1 million.
Rational number_scale(const ast::Number& number);
// A rounding step or tolerance written for a figure in this unit: "to the nearest 1,000", "within 0.5 million".
Rational step_of(const ast::Number& amount, Unit unit);

// A let binds data: a bare number there is a count, and `during` gives it a period.
Type let_type(Type value, std::optional<Period> during);

}  // namespace claimcheck
