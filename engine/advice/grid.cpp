#include "engine/advice/grid.hpp"

#include "engine/core/shown.hpp"

namespace claimcheck {

namespace {

Integer floor_div(const Rational& x) {
    Integer q = numerator(x) / denominator(x);  // truncates toward zero
    return (x < 0 && Rational(q) != x) ? Integer(q - 1) : q;
}

Integer ceil_div(const Rational& x) {
    Integer f = floor_div(x);
    return Rational(f) == x ? f : Integer(f + 1);
}

// The range of k for which k * step lies in the interval and in the grid.
struct Range {
    std::optional<Integer> low;
    std::optional<Integer> high;
};

Range range_of(const Grid& g, const Interval& i) {
    Range r;
    if (i.low) {
        Integer k = ceil_div(i.low->value / g.step);
        if (!i.low->closed && Rational(k) * g.step == i.low->value) k += 1;
        r.low = k;
    }
    if (i.high) {
        Integer k = floor_div(i.high->value / g.step);
        if (!i.high->closed && Rational(k) * g.step == i.high->value) k -= 1;
        r.high = k;
    }
    if (g.low) {
        Integer k = ceil_div(*g.low / g.step);
        if (!r.low || *r.low < k) r.low = k;
    }
    if (g.high) {
        Integer k = floor_div(*g.high / g.step);
        if (!r.high || *r.high > k) r.high = k;
    }
    return r;
}

}  // namespace

std::optional<Rational> member_in(const Grid& grid, const Interval& interval) {
    Range r = range_of(grid, interval);
    if (r.low && r.high && *r.low > *r.high) return std::nullopt;
    if (!r.low && !r.high) return Rational(0);
    if (!r.low) return Rational(*r.high) * grid.step;
    if (!r.high) return Rational(*r.low) * grid.step;
    return Rational((*r.low + *r.high) / 2) * grid.step;
}

std::pair<std::optional<Rational>, std::optional<Rational>> members_beside(const Grid& grid, const Interval& interval) {
    Range inside = range_of(grid, interval);
    Range all = range_of(grid, Interval{});
    std::optional<Rational> below, above;
    if (inside.low) {
        Integer k = *inside.low - 1;
        if (all.high && k > *all.high) k = *all.high;  // the interval lies past the grid's end
        if (!all.low || k >= *all.low) below = Rational(k) * grid.step;
    }
    if (inside.high) {
        Integer k = *inside.high + 1;
        if (all.low && k < *all.low) k = *all.low;
        if (!all.high || k <= *all.high) above = Rational(k) * grid.step;
    }
    return {below, above};
}

std::string member_text(const Grid& grid, const Rational& member, Unit unit, const Meaning& meaning) {
    Rational k = member / grid.step;
    Rational whole = 1 / grid.step;
    return decimal_text(k, 0) + "/" + decimal_text(whole, 0) + " = " + shown_value(member, unit, meaning, 2);
}

}  // namespace claimcheck
