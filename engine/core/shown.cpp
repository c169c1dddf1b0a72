// The actual value as reports show it: the fewest places that keep it on the side of every
// bound the true value is on. See shown.hpp.
#include "engine/core/shown.hpp"

#include <algorithm>
#include <optional>
#include <vector>

namespace claimcheck {

namespace {

// Places tried one at a time, the fewest first, before the places that certainly suffice.
constexpr int places_tried = 20;

Integer ten_to(int places) { return boost::multiprecision::pow(Integer(10), static_cast<unsigned>(places)); }

// The fewest places p at which rounding moves x by less than distance (> 0): 10^-p / 2 < distance.
// Rounded there, x stays strictly on its own side of a bound that far away.
int places_within(const Rational& distance) {
    const Integer num = numerator(distance) * 2, den = denominator(distance);
    // 10^p * num > den: p is about the digits of den / num.
    Integer quotient = den / num;
    int p = quotient == 0 ? 0 : static_cast<int>(quotient.str().size());
    while (p > 0 && ten_to(p - 1) * num > den) --p;
    while (ten_to(p) * num <= den) ++p;
    return p;
}

int sign(const Rational& x) { return x < 0 ? -1 : x > 0 ? 1 : 0; }

struct Judged {
    std::vector<const Reading*> readings;
    std::vector<Rational> bounds;  // of every reading, in the unit as written
};

Judged judged(const Meaning& meaning, const Rational& scale) {
    Judged out{{&meaning.strict}, {}};
    for (const auto& r : meaning.lenient) out.readings.push_back(&r);
    for (const Reading* r : out.readings)
        for (const auto& bound : {r->interval.low, r->interval.high})
            if (bound) out.bounds.push_back(bound->value * scale);
    return out;
}

// Shown as `shown` (both as written), x is faithful to every reading and bound.
bool faithful(const Rational& x, const Rational& shown, const Rational& scale, const Judged& j) {
    for (const Reading* r : j.readings)
        if (r->holds_for(shown / scale) != r->holds_for(x / scale)) return false;
    for (const Rational& bound : j.bounds)
        if (x == bound ? shown != bound : sign(shown - bound) * sign(x - bound) < 0) return false;
    return true;
}

// The places x (as written) is shown at, or nothing when x is a bound no decimal can write.
std::optional<int> faithful_places(const Rational& x, const Rational& scale, const Judged& j, int minimum) {
    // Places that certainly suffice: rounding moves x less than its distance to any other
    // bound, and x is written exactly when it is a bound.
    int enough = minimum;
    for (const Rational& bound : j.bounds) {
        if (x != bound) {
            enough = std::max(enough, places_within(abs(x - bound)));
            continue;
        }
        const int exact = exact_places(x);
        if (exact < 0) return std::nullopt;
        enough = std::max(enough, exact);
    }
    // Fewer may do: 2.9549 beside a bound at 2.955 is shown 2.95, still below it.
    const int last = std::min(enough, minimum + places_tried) - 1;
    if (last < minimum) return enough;
    // Worked out from one set of digits: each rounding alone would divide the whole value again.
    const std::vector<Rational> tried = roundings(x, minimum, last);
    for (std::size_t i = 0; i < tried.size(); ++i)
        if (faithful(x, tried[i], scale, j)) return minimum + static_cast<int>(i);
    return enough;
}

}  // namespace

std::string shown_value(const Rational& x, Unit unit, const Meaning& meaning, int minimum) {
    const Rational scale = written_scale(unit);
    const Rational written = x * scale;
    const std::optional<int> places =
        faithful_places(written, scale, judged(meaning, scale), places_for(written, 3, minimum));
    return places ? format_value(x, unit, *places) : bound_text(x, unit);
}

std::string shown_figure(const Rational& x, Unit unit) {
    return format_value(x, unit, places_for(x * written_scale(unit), 3, 2));
}

std::string shown_exact(const Rational& x, Unit unit, const Meaning& meaning) {
    return shown_value(x, unit, meaning, 2) + (denominator(x) != 1 ? " (" + fraction_text(x) + ")" : "");
}

std::string shown_decimal(const Rational& x, const Meaning& meaning) {
    const std::optional<int> places = faithful_places(x, 1, judged(meaning, 1), 7);
    return places ? decimal_text(x, *places) : decimal_text(x, 7) + "…";
}

}  // namespace claimcheck
