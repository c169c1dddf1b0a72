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

// The same rule for JSON's "decimal": x itself (a share of one for a percentage), at 7 places or more.
std::string shown_decimal(const Rational& x, const Meaning& meaning);

}  // namespace claimcheck
