// engine/core/reading: intervals of true values for rounding, truncation, exactness and tolerance, and their text.
#include "engine/core/reading.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using test::pct;
using test::require_bounds;

namespace {

const Unit percent{Dimension::percent};
const Unit number{Dimension::number};


}  // namespace

TEST_CASE("rounding to 44% means 43.5% up to but not 44.5%", "[reading]") {
    Interval i = rounding_interval(pct(44), pct(1));
    require_bounds(i, pct(87, 2), true, pct(89, 2), false);
    CHECK(i.text(percent) == "[43.5%, 44.5%)");
    CHECK(i.contains(pct(87, 2)));             // 43.5% rounds up to 44%
    CHECK_FALSE(i.contains(pct(89, 2)));       // 44.5% rounds up to 45%
    CHECK(i.contains(pct(444999, 10000)));     // 44.4999%
    CHECK_FALSE(i.contains(pct(434999, 10000)));
}

TEST_CASE("rounding a negative figure flips which end is closed", "[reading]") {
    Interval i = rounding_interval(pct(-44), pct(1));
    require_bounds(i, pct(-89, 2), false, pct(-87, 2), true);
    CHECK(i.text(percent) == "(-44.5%, -43.5%]");
    CHECK_FALSE(i.contains(pct(-89, 2)));  // -44.5% rounds to -45%
    CHECK(i.contains(pct(-87, 2)));        // -43.5% rounds to -44%
}

TEST_CASE("rounding to zero is open at both ends", "[reading]") {
    Interval i = rounding_interval(0, 1);
    require_bounds(i, Rational(-1, 2), false, Rational(1, 2), false);
    CHECK(i.contains(0));
    CHECK(i.contains(Rational(49, 100)));
    CHECK_FALSE(i.contains(Rational(1, 2)));
    CHECK_FALSE(i.contains(Rational(-1, 2)));
}

TEST_CASE("rounding at coarse and fine steps", "[reading]") {
    require_bounds(rounding_interval(5600, 100), 5550, true, 5650, false);
    require_bounds(rounding_interval(15, Rational(1, 10)), Rational(1495, 100), true, Rational(1505, 100), false);
}

TEST_CASE("truncation to 44% means 44% up to but not 45%", "[reading]") {
    Interval i = truncation_interval(pct(44), pct(1));
    require_bounds(i, pct(44), true, pct(45), false);
    CHECK(i.contains(pct(4484, 100)));
    CHECK_FALSE(i.contains(pct(45)));
}

TEST_CASE("truncation of negatives and of zero goes toward zero", "[reading]") {
    require_bounds(truncation_interval(pct(-44), pct(1)), pct(-45), false, pct(-44), true);
    require_bounds(truncation_interval(0, 1), -1, false, 1, false);
}

TEST_CASE("an exact interval holds one value", "[reading]") {
    Interval i = exact_interval(170);
    CHECK(i.contains(170));
    CHECK_FALSE(i.contains(Rational(1701, 10)));
    CHECK(i.text(number) == "exactly 170");
    CHECK(exact_interval(pct(44)).text(percent) == "exactly 44%");
}

TEST_CASE("a tolerance is closed at both ends, whatever its sign", "[reading]") {
    require_bounds(tolerance_interval(21, 1), 20, true, 22, true);
    require_bounds(tolerance_interval(21, -1), 20, true, 22, true);
    CHECK(tolerance_interval(21, 1).text(number) == "[20, 22]");
}

TEST_CASE("unbounded ends", "[reading]") {
    Interval above{Bound{Rational(1, 3), false}, std::nullopt};
    CHECK(above.contains(1000000));
    CHECK_FALSE(above.contains(Rational(1, 3)));
    CHECK(above.text(percent) == "(33.3333333…%, inf)");  // no finite decimal: rounded and marked
    Interval below{std::nullopt, Bound{50, true}};
    CHECK(below.contains(-1000000));
    CHECK(below.contains(50));
    CHECK(below.text(number) == "(-inf, 50]");
    CHECK(Interval{}.contains(0));
}

TEST_CASE("interval text puts other units once, after the interval", "[reading]") {
    Interval i = rounding_interval(15, 1);
    CHECK(i.text(Unit{Dimension::rate, Per::day}) == "[14.5, 15.5) a day");
    CHECK(i.text(Unit{Dimension::ratio}) == "[14.5, 15.5) times");
    CHECK(rounding_interval(pct(3), pct(1)).text(Unit{Dimension::points}) == "[2.5, 3.5) points");
    CHECK(rounding_interval(5600, 100).text(Unit{Dimension::count}) == "[5,550, 5,650)");
}

TEST_CASE("interval text puts a currency sign on each bound, and a rate's time once", "[reading]") {
    const Unit pounds{Dimension::money, Per::day, Currency::pound};
    CHECK(rounding_interval(3400000, 100000).text(pounds) == "[£3,350,000, £3,450,000)");
    CHECK(rounding_interval(Rational(25, 2), Rational(1, 100)).text(pounds) == "[£12.495, £12.505)");
    CHECK(rounding_interval(9348, 1).text(Unit{Dimension::rate, Per::day, Currency::pound}) ==
          "[£9,347.50, £9,348.50) a day");
    CHECK(exact_interval(Rational(1, 3)).text(pounds) == "exactly £0.3333333…");  // no whole pence: all the places
}

TEST_CASE("interval text names a rate's unit once, declared or per people", "[reading]") {
    CHECK(rounding_interval(40, 1).text(Unit{Dimension::rate, Per::declared, Currency::none, "school_day"}) ==
          "[39.5, 40.5) per school day");
    CHECK(rounding_interval(40, 1).text(Unit{Dimension::rate, Per::thousand}) == "[39.5, 40.5) per 1,000");
}

TEST_CASE("a reading holds inside its interval, or outside when negated", "[reading]") {
    Reading equal{"exactly", exact_interval(3), false};
    Reading differ{"anything but", exact_interval(3), true};
    CHECK(equal.holds_for(3));
    CHECK_FALSE(equal.holds_for(4));
    CHECK_FALSE(differ.holds_for(3));
    CHECK(differ.holds_for(4));
}

TEST_CASE("step text is written in the stated unit", "[reading]") {
    CHECK(step_text(pct(1), percent) == "1%");
    CHECK(step_text(Rational(1, 10), number) == "0.1");
    CHECK(step_text(100, number) == "100");
    CHECK(step_text(pct(1, 10), percent) == "0.1%");
}
