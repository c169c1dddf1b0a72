#include "engine/core/ranges.hpp"

#include <algorithm>
#include <array>

namespace claimcheck {

namespace {

// A bound that may be infinite: side -1 is -inf, +1 is +inf, 0 a value.
struct End {
    int side = 0;
    Rational value;
    bool closed = false;
};

End low_end(const Interval& i) { return i.low ? End{0, i.low->value, i.low->closed} : End{-1, 0, false}; }
End high_end(const Interval& i) { return i.high ? End{0, i.high->value, i.high->closed} : End{1, 0, false}; }

int sign(const End& e) { return e.side != 0 ? e.side : e.value > 0 ? 1 : e.value < 0 ? -1 : 0; }

// x * y at the ends. A reached zero gives a reached zero whatever the other is; an unreached
// zero against an infinite end gives an unreached zero, as interval arithmetic takes 0 * inf.
End times(const End& x, const End& y) {
    if ((x.side == 0 && x.value == 0 && x.closed) || (y.side == 0 && y.value == 0 && y.closed)) return {0, 0, true};
    if (sign(x) == 0 || sign(y) == 0) return {0, 0, x.closed && y.closed};
    if (x.side != 0 || y.side != 0) return {sign(x) * sign(y), 0, false};
    return {0, x.value * y.value, x.closed && y.closed};
}

bool less(const End& a, const End& b) {
    if (a.side != b.side) return a.side < b.side;
    return a.side == 0 && a.value < b.value;
}
bool same(const End& a, const End& b) { return a.side == b.side && (a.side != 0 || a.value == b.value); }

// The lowest or highest of the ends; reached when any end equal to it is.
End extreme(const std::array<End, 4>& ends, bool lowest) {
    End best = ends[0];
    for (const End& e : ends) {
        if (same(e, best)) best.closed = best.closed || e.closed;
        else if (lowest ? less(e, best) : less(best, e)) best = e;
    }
    return best;
}

Interval from_ends(const End& low, const End& high) {
    return Interval{low.side == 0 ? std::optional(Bound{low.value, low.closed}) : std::nullopt,
                    high.side == 0 ? std::optional(Bound{high.value, high.closed}) : std::nullopt};
}

// 1 / e for an end of an interval without zero inside; `high` when e gives the result's upper end.
End reciprocal(const End& e, bool high) {
    if (e.side != 0) return {0, 0, false};
    if (e.value == 0) return {high ? 1 : -1, 0, false};  // an unreached zero: the far side is unbounded
    return {0, 1 / e.value, e.closed};
}

}  // namespace

Interval operator+(const Interval& a, const Interval& b) {
    auto add = [](const End& x, const End& y) {
        return x.side != 0 || y.side != 0 ? End{x.side != 0 ? x.side : y.side, 0, false}
                                          : End{0, x.value + y.value, x.closed && y.closed};
    };
    return from_ends(add(low_end(a), low_end(b)), add(high_end(a), high_end(b)));
}

Interval operator-(const Interval& a) {
    auto negated = [](const std::optional<Bound>& b) {
        return b ? std::optional(Bound{-b->value, b->closed}) : std::nullopt;
    };
    return Interval{negated(a.high), negated(a.low)};
}

Interval operator-(const Interval& a, const Interval& b) { return a + -b; }

Interval operator*(const Interval& a, const Interval& b) {
    const End al = low_end(a), ah = high_end(a), bl = low_end(b), bh = high_end(b);
    const std::array<End, 4> ends = {times(al, bl), times(al, bh), times(ah, bl), times(ah, bh)};
    return from_ends(extreme(ends, true), extreme(ends, false));
}

std::optional<Interval> divided(const Interval& a, const Interval& b) {
    if (b.contains(0)) return std::nullopt;
    return a * from_ends(reciprocal(high_end(b), false), reciprocal(low_end(b), true));
}

Interval hull(const Interval& a, const Interval& b) {
    auto outer = [](const std::optional<Bound>& x, const std::optional<Bound>& y, bool lower) -> std::optional<Bound> {
        if (!x || !y) return std::nullopt;
        if (x->value != y->value) return (x->value < y->value) == lower ? x : y;
        return Bound{x->value, x->closed || y->closed};
    };
    return Interval{outer(a.low, b.low, true), outer(a.high, b.high, false)};
}

std::optional<Interval> intersection(const Interval& a, const Interval& b) {
    if (!overlap(a, b)) return std::nullopt;
    auto inner = [](const std::optional<Bound>& x, const std::optional<Bound>& y, bool lower) -> std::optional<Bound> {
        if (!x) return y;
        if (!y) return x;
        if (x->value != y->value) return (x->value > y->value) == lower ? x : y;
        return Bound{x->value, x->closed && y->closed};
    };
    return Interval{inner(a.low, b.low, true), inner(a.high, b.high, false)};
}

bool within(const Interval& inner, const Interval& outer) {
    auto inside = [](const std::optional<Bound>& in, const std::optional<Bound>& out, bool lower) {
        if (!out) return true;
        if (!in) return false;
        if (in->value != out->value) return (in->value > out->value) == lower;
        return out->closed || !in->closed;
    };
    return inside(inner.low, outer.low, true) && inside(inner.high, outer.high, false);
}

Rational some_value(const Interval& i) {
    if (i.low && i.high) return (i.low->value + i.high->value) / 2;
    if (i.low) return i.low->closed ? i.low->value : i.low->value + 1;
    if (i.high) return i.high->closed ? i.high->value : i.high->value - 1;
    return 0;
}

}  // namespace claimcheck
