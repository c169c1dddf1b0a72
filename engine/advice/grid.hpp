#pragma once
// Granularity (GRIM) checks: is there a whole number of people, or a whole
// total of answers, that gives the stated figure? 40% of 19 people cannot be:
// 7/19 is 36.84% and 8/19 is 42.11%.
#include "engine/core/reading.hpp"
#include "engine/lang/value.hpp"

#include <optional>
#include <string>

namespace claimcheck {

// The member of the grid inside the interval nearest its middle, if there is one.
std::optional<Rational> member_in(const Grid& grid, const Interval& interval);

// The members just below and just above the interval (either may not exist).
std::pair<std::optional<Rational>, std::optional<Rational>> members_beside(const Grid& grid, const Interval& interval);

// "8/19 = 42.11%": a member written as a count over the whole, and as a figure shown
// the way an actual value is, never on the other side of a bound of the meaning's readings.
std::string member_text(const Grid& grid, const Rational& member, Unit unit, const Meaning& meaning);

}  // namespace claimcheck
