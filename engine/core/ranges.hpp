#pragma once
// Exact arithmetic on intervals. A figure published only within bounds ("more than 68,000",
// "1,072,000 to the nearest 1,000") stands for every value they allow, and what is computed
// from it for every value those give. Each bound keeps whether it is reached; an absent bound
// is infinite. A figure used twice counts as two figures within the same bounds, so a result
// may be wider than the values truly possible, never narrower.
#include "engine/core/reading.hpp"

#include <optional>

namespace claimcheck {

Interval operator+(const Interval& a, const Interval& b);
Interval operator-(const Interval& a);  // each bound negated: low and high trade places
Interval operator-(const Interval& a, const Interval& b);
Interval operator*(const Interval& a, const Interval& b);
// a / b, or nothing when b may be zero.
std::optional<Interval> divided(const Interval& a, const Interval& b);

// The smallest interval holding both.
Interval hull(const Interval& a, const Interval& b);
// The values in both, or nothing when they share none.
std::optional<Interval> intersection(const Interval& a, const Interval& b);
// Whether every value of inner lies in outer.
bool within(const Interval& inner, const Interval& outer);
// One value of the interval, halfway between its bounds when it has both.
Rational some_value(const Interval& i);

}  // namespace claimcheck
