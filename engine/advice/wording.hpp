#pragma once
// How a suggested figure is written: framed as a rise or a fall, with or
// without thousands separators as the writer had them, and which round
// figures near a value a wording may use.
#include "engine/core/exact.hpp"
#include "grammar/ast.hpp"
#include "engine/core/unit.hpp"

#include <string>
#include <vector>

namespace claimcheck {

// "a rise of 473%" or "a fall of 48%" (the sign dropped) for a change or a
// difference in points; "no change" for zero; the stated figure alone otherwise.
std::string framed(const ast::Expr& subject, const Rational& actual, const std::string& stated);

// Whether suggested figures from 1,000 up get thousands separators: as the
// writer's own number of four or more digits has them, and, when the check
// states none (or a smaller one), as the house style writes them: from 1,000.
bool separators_for(const ast::Check& check);

// Digits at this many places, with thousands separators if asked: 5,653.
std::string digits_like(const Rational& written_value, int places, bool separators);

// What follows the digits of a written number in this unit: "%", " points", " times", or nothing.
std::string unit_suffix(Unit unit);

// What comes before the digits of a written number in this unit: "£" for pounds, or nothing.
std::string unit_prefix(Unit unit);

// A written number of this value and unit, as the grammar would parse it.
ast::Number written_number(const std::string& digits, Unit unit);

// Round figures near x: the multiples of its first and of its second digit's
// place just below, at and just above it (183: 100, 200, 180, 190). Whole
// figures only when `whole`: a count of 1 is never "nearly 1.1".
std::vector<Rational> round_figures(const Rational& x, bool whole);

// Decimal places that show x with two significant digits or more: 48 for 48.21, 1.4 for 1.448, 0.17.
int two_digit_places(const Rational& x);

// Digits a reader has to take in: 200 has one, 180 two, 5.7 two.
int significant_digits(const Rational& figure);

}  // namespace claimcheck
