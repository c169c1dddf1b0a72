#include "reading.hpp"

namespace claimcheck {

namespace {
// Enough places to show any bound a reporter would write, exactly for decimal bounds.
constexpr int bound_places = 7;
}  // namespace

bool Interval::contains(const Rational& x) const {
    if (low && (low->closed ? x < low->value : x <= low->value)) return false;
    if (high && (high->closed ? x > high->value : x >= high->value)) return false;
    return true;
}

std::string Interval::text(Unit unit) const {
    if (low && high && low->closed && high->closed && low->value == high->value)
        return "exactly " + format_value(low->value, unit, bound_places);
    // Per cent signs go on each bound; other units once, after the interval.
    bool per_bound = unit.dimension == Dimension::percent;
    auto bound = [&](const Rational& value) {
        return per_bound ? format_value(value, unit, bound_places)
                         : format_value(value * written_scale(unit), Unit{Dimension::number}, bound_places);
    };
    std::string out = low && low->closed ? "[" : "(";
    out += low ? bound(low->value) : "-inf";
    out += ", ";
    out += high ? bound(high->value) : "inf";
    out += high && high->closed ? "]" : ")";
    if (!per_bound) {
        std::string suffix = format_value(0, unit, 0);  // "0 a day", "0 times", "0"
        out += suffix.substr(1);
    }
    return out;
}

Interval rounding_interval(const Rational& stated, const Rational& step) {
    Rational half = step / 2;
    // Half away from zero: +44.5 rounds up to 45, -44.5 down to -45, both halves leave 0.
    bool low_closed = stated > 0;
    bool high_closed = stated < 0;
    return Interval{Bound{stated - half, low_closed}, Bound{stated + half, high_closed}};
}

Interval truncation_interval(const Rational& stated, const Rational& step) {
    if (stated > 0) return Interval{Bound{stated, true}, Bound{stated + step, false}};
    if (stated < 0) return Interval{Bound{stated - step, false}, Bound{stated, true}};
    return Interval{Bound{-step, false}, Bound{step, false}};
}

Interval exact_interval(const Rational& value) { return Interval{Bound{value, true}, Bound{value, true}}; }

Interval tolerance_interval(const Rational& value, const Rational& tolerance) {
    return Interval{Bound{value - abs(tolerance), true}, Bound{value + abs(tolerance), true}};
}

std::string step_text(const Rational& step, Unit unit) { return format_value(step, unit, bound_places); }

}  // namespace claimcheck
