#include "engine/core/reading.hpp"

#include <algorithm>

namespace claimcheck {

namespace {
// Places shown for a bound that has no finite decimal form (1/3): then marked with "…".
constexpr int rounded_places = 7;
constexpr int longest_exact = 40;
}  // namespace

int exact_places(const Rational& x) {
    Integer d = denominator(x);
    int twos = 0, fives = 0;
    while (d % 2 == 0) { d /= 2; ++twos; }
    while (d % 5 == 0) { d /= 5; ++fives; }
    return d == 1 ? std::max(twos, fives) : -1;
}

std::string bound_text(const Rational& value, Unit unit) {
    int places = exact_places(value * written_scale(unit));
    if (places >= 0 && places <= longest_exact) return format_value(value, unit, places);
    std::string text = format_value(value, unit, rounded_places);
    std::size_t end = text.find_first_not_of("0123456789,.", text.find_first_of("0123456789"));  // past "-£"
    return text.insert(end == std::string::npos ? text.size() : end, "…");
}

bool Interval::contains(const Rational& x) const {
    if (low && (low->closed ? x < low->value : x <= low->value)) return false;
    if (high && (high->closed ? x > high->value : x >= high->value)) return false;
    return true;
}

std::string Interval::text(Unit unit) const {
    if (low && high && low->closed && high->closed && low->value == high->value)
        return "exactly " + bound_text(low->value, unit);
    // Per cent and currency signs go on each bound; other units once, after the interval.
    bool per_bound = unit.dimension == Dimension::percent;
    const Unit each{unit.currency == Currency::none ? Dimension::number : Dimension::money, Per::day, unit.currency};
    auto bound = [&](const Rational& value) {
        return per_bound ? bound_text(value, unit) : bound_text(value * written_scale(unit), each);
    };
    std::string out = low && low->closed ? "[" : "(";
    out += low ? bound(low->value) : "-inf";
    out += ", ";
    out += high ? bound(high->value) : "inf";
    out += high && high->closed ? "]" : ")";
    if (!per_bound) {
        Unit plain = unit;  // the unit's words without its currency sign: "0 a day", "0 per school day", "0 times"
        plain.currency = Currency::none;
        std::string suffix = format_value(0, plain, 0);
        out += suffix.substr(1);
    }
    return out;
}

namespace {
// True when every value in `low`'s interval, as far as its upper end goes, lies below `high`'s lower end.
bool below(const std::optional<Bound>& upper, const std::optional<Bound>& lower) {
    if (!upper || !lower) return false;
    if (upper->value != lower->value) return upper->value < lower->value;
    return !(upper->closed && lower->closed);
}
}  // namespace

bool overlap(const Interval& a, const Interval& b) { return !below(a.high, b.low) && !below(b.high, a.low); }

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

std::string step_text(const Rational& step, Unit unit) { return bound_text(step, unit); }

}  // namespace claimcheck
