#pragma once
// The actual value as every report shows it (text, line, JSON, HTML, JUnit, explain, the
// wording of a suggestion): with as many decimal places as it takes never to contradict the
// verdict (language.md, section 7). 44.4999…% is not shown as 44.5% beside [43.5%, 44.5%).
#include "engine/core/reading.hpp"

#include <string>

namespace claimcheck {

// x written in its unit ("44.4999%"), at `minimum` decimal places or more (and three
// significant digits), at the fewest places where the figure shown is inside each of the
// meaning's readings exactly when x is, never on the other side of one of their bounds, and
// equal to a bound when x is. An x that is a bound no decimal can write (1/3) is written
// as the bound is: "0.3333333…".
std::string shown_value(const Rational& x, Unit unit, const Meaning& meaning, int minimum);

// A figure on its own, with no reading to keep to (a step of the arithmetic, a figure a
// diagnosis recomputed): three significant digits, at least two decimal places.
std::string shown_figure(const Rational& x, Unit unit);

// What explain shows for a figure beside the claim's readings: shown_value at two places
// or more, with the exact fraction after it when x is not whole ("33.33% (1/3)").
std::string shown_exact(const Rational& x, Unit unit, const Meaning& meaning);

// The same rule for JSON's "decimal": x itself (a share of one for a percentage), at 7 places or more.
std::string shown_decimal(const Rational& x, const Meaning& meaning);

}  // namespace claimcheck
