// engine/core/shown: the actual value as reports show it, never on the other side of a bound
// from the true value: values 10^-20 and 10^-22 from closed, open, single-point, negated and
// lenient bounds, and a property test over many values near many bounds.
#include "engine/core/shown.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <string>

using namespace claimcheck;
using test::check_one;
using test::check_one_rechecked;
using test::pct;

namespace {

const Unit percent{Dimension::percent};
const Unit number{Dimension::number};

Rational tiny(int places) { return Rational(Integer(1), boost::multiprecision::pow(Integer(10), places)); }

Meaning read_as(Interval strict, std::vector<Interval> lenient = {}, bool negated = false) {
    Meaning m;
    m.strict.interval = std::move(strict);
    m.strict.negated = negated;
    for (auto& i : lenient) m.lenient.push_back(Reading{"lenient", std::move(i)});
    return m;
}

// "44%" read strictly ([43.5%, 44.5%)) and truncated ([44%, 45%)).
Meaning forty_four() { return read_as(rounding_interval(pct(44), pct(1)), {truncation_interval(pct(44), pct(1))}); }

// The figure a shown text stands for, in the unit it is written in: "44.4999%" -> 44.4999.
Rational figure_of(std::string text) {
    std::string digits;
    for (char c : text)
        if ((c >= '0' && c <= '9') || c == '.' || c == '-') digits += c;
        else if (c != ',') break;
    return parse_decimal(digits);
}

int sign(const Rational& x) { return x < 0 ? -1 : x > 0 ? 1 : 0; }

// What shown.hpp promises, checked from the outside: the figure shown is inside each reading
// exactly when x is, on no other side of a bound, and equal to a bound when x is.
void require_faithful(const Rational& x, const Rational& shown, const Meaning& m) {
    INFO("x = " << fraction_text(x) << ", shown " << fraction_text(shown));
    std::vector<const Reading*> readings{&m.strict};
    for (const auto& r : m.lenient) readings.push_back(&r);
    for (const Reading* r : readings) {
        CHECK(r->holds_for(shown) == r->holds_for(x));
        for (const auto& b : {r->interval.low, r->interval.high}) {
            if (!b) continue;
            if (x == b->value) CHECK(shown == b->value);
            else CHECK(sign(shown - b->value) * sign(x - b->value) >= 0);
        }
    }
}

}  // namespace

TEST_CASE("usual values keep their usual places", "[shown]") {
    CHECK(shown_value(Rational(1750, 3903), percent, forty_four(), 2) == "44.84%");
    CHECK(shown_value(Rational(298, 63), percent, read_as(rounding_interval(pct(573), pct(1))), 2) == "473.02%");
    CHECK(shown_value(Rational(5653), number, read_as(rounding_interval(5700, 1)), 2) == "5,653");
    CHECK(shown_value(Rational(1, 3), number, Meaning{}, 2) == "0.333");  // three significant digits
}

TEST_CASE("10^-20 under an open bound is not shown as the bound", "[shown]") {
    const Rational x = pct(89, 2) - tiny(22);  // 44.5% - 10^-20 points
    CHECK(shown_value(x, percent, forty_four(), 2) == "44.49999999999999999999%");
    CHECK(shown_decimal(x, forty_four()) == "0.4449999999999999999999");
}

TEST_CASE("10^-20 under a closed bound is not shown inside it", "[shown]") {
    const Rational x = pct(87, 2) - tiny(22);  // 43.5% - 10^-20 points: fails
    CHECK(shown_value(x, percent, forty_four(), 2) == "43.49999999999999999999%");
    CHECK(shown_decimal(x, forty_four()) == "0.4349999999999999999999");
}

TEST_CASE("10^-20 over a closed bound may show the bound itself: both are inside", "[shown]") {
    const Rational x = pct(87, 2) + tiny(22);
    CHECK(shown_value(x, percent, forty_four(), 2) == "43.5%");
    require_faithful(x, pct(87, 2), forty_four());
}

TEST_CASE("a bound of a lenient reading counts as much as the strict one", "[shown]") {
    const Rational x = pct(45) - tiny(22);  // inside truncation's [44%, 45%) only: warns
    CHECK(shown_value(x, percent, forty_four(), 2) == "44.99999999999999999999%");
    const Rational over = pct(45) + tiny(22);  // outside both: 45% would still be outside both
    CHECK(shown_value(over, percent, forty_four(), 2) == "45%");
}

TEST_CASE("a single value (==): just beside it is never shown as it", "[shown]") {
    const Meaning three = read_as(exact_interval(3));
    CHECK(shown_value(Rational(29999997, 10000000), number, three, 2) == "2.9999997");
    CHECK(shown_value(3 - tiny(20), number, three, 2) == "2.99999999999999999999");
    CHECK(shown_value(3 + tiny(20), number, three, 2) == "3.00000000000000000001");
    CHECK(shown_decimal(3 - tiny(20), three) == "2.99999999999999999999");
    CHECK(shown_value(3, number, three, 2) == "3");
}

TEST_CASE("a negated single value (!=) is shown on its side too", "[shown]") {
    const Meaning not_three = read_as(exact_interval(3), {}, true);
    CHECK(shown_value(3 + tiny(20), number, not_three, 2) == "3.00000000000000000001");
    CHECK(shown_value(Rational(7, 2), number, not_three, 2) == "3.5");
}

TEST_CASE("a value that is a bound no decimal can write is written as the bound is", "[shown]") {
    const Meaning third = read_as(exact_interval(Rational(1, 3)));
    CHECK(shown_value(Rational(1, 3), number, third, 2) == "0.3333333…");
    CHECK(shown_value(Rational(1, 3), percent, third, 2) == "33.3333333…%");
    CHECK(shown_decimal(Rational(1, 3), third) == "0.3333333…");
    // Not the bound: as usual, however close.
    CHECK(shown_value(Rational(1, 3) + tiny(20), number, third, 2) == "0.33333333333333333334");
}

TEST_CASE("negative values, where the closed end is the upper one", "[shown]") {
    const Meaning minus = read_as(rounding_interval(pct(-44), pct(1)));  // (-44.5%, -43.5%]
    CHECK(shown_value(pct(-89, 2) + tiny(22), percent, minus, 2) == "-44.49999999999999999999%");
    CHECK(shown_value(pct(-87, 2) + tiny(22), percent, minus, 2) == "-43.49999999999999999999%");
}

TEST_CASE("fewer places will do when the rounded figure stays on its side", "[shown]") {
    // 2.9549 beside a bound at 2.955: 2.95 is on the right side; 2.955 would be on the bound.
    const Meaning m = read_as(Interval{Bound{Rational(2955, 1000), true}, std::nullopt});
    CHECK(shown_value(Rational(29549, 10000), number, m, 2) == "2.95");
}

TEST_CASE("the decimal keeps seven places when they are enough", "[shown]") {
    CHECK(shown_decimal(Rational(298, 63), Meaning{}) == "4.7301587");
    CHECK(shown_decimal(Rational(-2, 3), Meaning{}) == "-0.6666667");
    CHECK(shown_decimal(Rational(1, 2), Meaning{}) == "0.5");
    CHECK(shown_decimal(Rational(1, 20000000), Meaning{}) == "0.0000001");  // 0.00000005 rounds up
    CHECK(shown_decimal(Rational(-1, 20000000), Meaning{}) == "-0.0000001");
    CHECK(shown_decimal(Rational(5653), Meaning{}) == "5653");
}

TEST_CASE("a value thousands of places from its bound is shown in time", "[shown]") {
    const Rational x = 3 - tiny(5000);
    std::string text = shown_value(x, number, read_as(exact_interval(3)), 2);
    CHECK(text.size() == 5002);
    CHECK(text.substr(0, 4) == "2.99");
}

TEST_CASE("property: many values near many bounds are shown faithfully", "[shown]") {
    std::mt19937_64 random(12);  // fixed: the same cases every run
    std::uniform_int_distribution<long> whole(-2000, 2000), offset(1, 999), places(1, 30);
    for (int i = 0; i < 3000; ++i) {
        const Rational stated = Rational(whole(random), 20);
        const Meaning kinds[] = {
            read_as(rounding_interval(stated, Rational(1, 10)), {truncation_interval(stated, Rational(1, 10))}),
            read_as(exact_interval(stated)),
            read_as(exact_interval(stated), {}, true),
            read_as(tolerance_interval(stated, Rational(1, 3))),
        };
        const Meaning& m = kinds[i % 4];
        const Rational bound = (i / 4) % 2 ? m.strict.interval.low->value : m.strict.interval.high->value;
        const Rational delta = Rational(offset(random)) * tiny(static_cast<int>(places(random))) * (i % 3 == 0 ? -1 : 1);
        const Rational x = i % 7 == 0 ? bound : bound + delta;
        for (const Unit& unit : {number, percent}) {
            const std::string text = shown_value(x, unit, m, 2);
            INFO(text);
            if (text.find("…") != std::string::npos) {
                CHECK(exact_places(x * written_scale(unit)) < 0);
                continue;
            }
            require_faithful(x, figure_of(text) / written_scale(unit), m);
        }
        const std::string decimal = shown_decimal(x, m);
        if (decimal.find("…") == std::string::npos) require_faithful(x, parse_decimal(decimal), m);
    }
}

// ---- through the checker: what the report shows and suggests ------------------------------

TEST_CASE("a == check that fails by 0.0000003 shows and suggests the value, never 3", "[shown]") {
    CheckReport c = check_one_rechecked("let a = 2.9999997", "a == 3");
    CHECK(c.verdict == Verdict::fail);
    CHECK(c.actual_text == "2.9999997");
    CHECK(c.actual_decimal == "2.9999997");
    REQUIRE(c.suggestions.size() == 1);
    CHECK(c.suggestions[0].wording == "2.9999997");
    CHECK(c.suggestions[0].check == "a == 29999997 / 10000000");
}

TEST_CASE("a pass 10^-20 inside an open bound shows the places it takes", "[shown]") {
    CheckReport c = check_one("let p = 44.4999999999999999999999%", "p is 44%");
    CHECK(c.verdict == Verdict::pass);
    CHECK(c.actual_text == "44.4999999999999999999999%");
    CHECK(c.actual_decimal == "0.444999999999999999999999");
}

TEST_CASE("a != that passes just beside its value shows it beside", "[shown]") {
    CheckReport c = check_one("let a = 3.00000000000000000001", "a != 3");
    CHECK(c.verdict == Verdict::pass);
    CHECK(c.actual_text == "3.00000000000000000001");
}
