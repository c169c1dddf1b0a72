// engine/core/ranges: exact interval arithmetic with reached and unreached bounds, infinite ends and zero.
#include "engine/core/ranges.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using test::require_bounds;

namespace {

Interval closed(long low, long high) { return Interval{Bound{low, true}, Bound{high, true}}; }
Interval half_open(long low, long high) { return Interval{Bound{low, true}, Bound{high, false}}; }
Interval above(long low) { return Interval{Bound{low, false}, std::nullopt}; }  // (low, inf)

}  // namespace

TEST_CASE("a sum reaches a bound only when both of its parts do", "[ranges]") {
    require_bounds(closed(1, 2) + half_open(10, 20), 11, true, 22, false);
    Interval sum = closed(1, 2) + above(5);
    REQUIRE(sum.low);
    CHECK(sum.low->value == 6);
    CHECK_FALSE(sum.low->closed);
    CHECK_FALSE(sum.high);
}

TEST_CASE("negation swaps the bounds, each keeping whether it is reached", "[ranges]") {
    require_bounds(-half_open(3, 5), -5, false, -3, true);
    Interval neg = -above(5);
    CHECK_FALSE(neg.low);
    REQUIRE(neg.high);
    CHECK(neg.high->value == -5);
    CHECK_FALSE(neg.high->closed);
    require_bounds(closed(10, 12) - half_open(1, 2), 8, false, 11, true);
}

TEST_CASE("a product takes its extremes from the corners, signs and all", "[ranges]") {
    require_bounds(closed(2, 3) * half_open(4, 5), 8, true, 15, false);
    require_bounds(closed(-2, 3) * closed(4, 5), -10, true, 15, true);
    require_bounds(closed(-3, -2) * half_open(-5, -4), 8, false, 15, true);
    // A reached zero is reached whatever it multiplies; an unreached one against infinity is not.
    Interval reached = closed(0, 1) * above(1);
    REQUIRE(reached.low);
    CHECK(reached.low->value == 0);
    CHECK(reached.low->closed);
    CHECK_FALSE(reached.high);
    Interval unreached = Interval{Bound{0, false}, Bound{1, true}} * above(1);
    CHECK(unreached.low->value == 0);
    CHECK_FALSE(unreached.low->closed);
}

TEST_CASE("a quotient by a range without zero; none by one that may be zero", "[ranges]") {
    auto q = divided(closed(80, 80), half_open(395, 405));
    REQUIRE(q);
    require_bounds(*q, Rational(80, 405), false, Rational(80, 395), true);
    CHECK_FALSE(divided(closed(1, 2), closed(-1, 1)));
    CHECK_FALSE(divided(closed(1, 2), closed(0, 1)));
    // An unreached zero leaves the quotient unbounded on that side.
    auto open_zero = divided(closed(1, 1), Interval{Bound{0, false}, Bound{2, true}});
    REQUIRE(open_zero);
    REQUIRE(open_zero->low);
    CHECK(open_zero->low->value == Rational(1, 2));
    CHECK_FALSE(open_zero->high);
    auto infinite = divided(closed(6, 6), above(3));  // (0, 2)
    REQUIRE(infinite);
    require_bounds(*infinite, 0, false, 2, false);
    auto negative = divided(closed(6, 6), Interval{std::nullopt, Bound{-2, true}});  // [-3, 0)
    REQUIRE(negative);
    require_bounds(*negative, -3, true, 0, false);
}

TEST_CASE("within, intersection, hull and a value inside", "[ranges]") {
    CHECK(within(half_open(2, 3), closed(2, 3)));
    CHECK_FALSE(within(closed(2, 3), half_open(2, 3)));
    CHECK(within(above(5), above(4)));
    CHECK_FALSE(within(above(4), closed(4, 100)));
    auto common = intersection(half_open(1, 5), closed(3, 8));
    REQUIRE(common);
    require_bounds(*common, 3, true, 5, false);
    CHECK_FALSE(intersection(half_open(1, 3), closed(3, 4)));
    require_bounds(hull(half_open(1, 3), closed(2, 3)), 1, true, 3, true);
    CHECK(some_value(closed(2, 4)) == 3);
    CHECK(some_value(above(7)) == 8);
    CHECK(some_value(Interval{Bound{7, true}, std::nullopt}) == 7);
}
