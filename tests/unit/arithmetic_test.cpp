// engine/lang/arithmetic: types of + - * /, written numbers' units and values, and let types.
#include "engine/lang/arithmetic.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

ast::Number written(std::string digits, std::string unit = "") {
    ast::Number n;
    n.digits = std::move(digits);
    n.unit = std::move(unit);
    return n;
}

Type typed(Dimension d, std::optional<Period> period = std::nullopt) { return Type{Unit{d}, period}; }

Period days(int year, int month, int first, int last, std::string label) {
    return Period{days_from_civil(year, month, first), days_from_civil(year, month, last), std::move(label)};
}

Type combined(char op, const Type& a, const Type& b) {
    auto result = combine(op, a, b);
    if (auto* message = std::get_if<std::string>(&result)) FAIL(*message);
    return std::get<Type>(result);
}

std::string refusal(char op, const Type& a, const Type& b) {
    auto result = combine(op, a, b);
    REQUIRE(std::holds_alternative<std::string>(result));
    return std::get<std::string>(result);
}

}  // namespace

TEST_CASE("a written number's unit comes from its suffix", "[arithmetic]") {
    CHECK(unit_of(written("44", "%")) == Unit{Dimension::percent});
    CHECK(unit_of(written("3", "points")) == Unit{Dimension::points});
    CHECK(unit_of(written("5.73", "times")) == Unit{Dimension::ratio});
    CHECK(unit_of(written("15")) == Unit{Dimension::number});
}

TEST_CASE("a written number's value is stored as the engine keeps it", "[arithmetic]") {
    CHECK(value_of(written("44", "%")) == Rational(11, 25));
    CHECK(value_of(written("44.84", "%")) == Rational(4484, 10000));
    CHECK(value_of(written("2", "points")) == Rational(1, 50));
    CHECK(value_of(written("5.73", "times")) == Rational(573, 100));
    CHECK(value_of(written("5,653")) == 5653);
    CHECK(value_of(written("-50", "%")) == Rational(-1, 2));
}

TEST_CASE("a let makes a bare number a count and gives it its period", "[arithmetic]") {
    Period march = days(2017, 3, 1, 31, "March 2017");
    Type t = let_type(typed(Dimension::number), march);
    CHECK(t.unit == Unit{Dimension::count});
    REQUIRE(t.period);
    CHECK(t.period->days() == 31);
    CHECK(let_type(typed(Dimension::percent), std::nullopt).unit == Unit{Dimension::percent});
    CHECK(let_type(typed(Dimension::ratio), std::nullopt).unit == Unit{Dimension::ratio});
    CHECK_FALSE(let_type(typed(Dimension::number), std::nullopt).period);
}

TEST_CASE("adding back-to-back periods keeps the joined period", "[arithmetic]") {
    Period first = days(2016, 5, 1, 15, "early May");
    Period second = days(2016, 5, 16, 31, "late May");
    Type sum = combined('+', typed(Dimension::count, first), typed(Dimension::count, second));
    CHECK(sum.unit == Unit{Dimension::count});
    REQUIRE(sum.period);
    CHECK(sum.period->days() == 31);
    CHECK(sum.period->label == "early May and late May");
}

TEST_CASE("adding periods with a gap, or subtracting, drops the period", "[arithmetic]") {
    Period first = days(2016, 5, 1, 14, "a");
    Period second = days(2016, 5, 16, 31, "b");
    CHECK_FALSE(combined('+', typed(Dimension::count, first), typed(Dimension::count, second)).period);
    Period adjacent = days(2016, 5, 15, 15, "c");
    CHECK_FALSE(combined('-', typed(Dimension::count, first), typed(Dimension::count, adjacent)).period);
    CHECK_FALSE(combined('+', typed(Dimension::count, first), typed(Dimension::count)).period);
}

TEST_CASE("adding or subtracting counts over the same period keeps that period", "[arithmetic]") {
    // Kent's and Lincolnshire's counts for FY2016/17 add up to a count for FY2016/17.
    Period may = days(2016, 5, 1, 31, "May 2016");
    Type sum = combined('+', typed(Dimension::count, may), typed(Dimension::count, may));
    REQUIRE(sum.period);
    CHECK(sum.period->first == may.first);
    CHECK(sum.period->last == may.last);
    Type difference = combined('-', typed(Dimension::count, may), typed(Dimension::count, may));
    REQUIRE(difference.period);
    CHECK(difference.period->days() == 31);
}

TEST_CASE("scaling keeps the period, a ratio of two counts has none", "[arithmetic]") {
    Period may = days(2016, 5, 1, 31, "May 2016");
    Type scaled = combined('*', typed(Dimension::count, may), typed(Dimension::number));
    CHECK(scaled.unit == Unit{Dimension::count});
    CHECK(scaled.period);
    Type halved = combined('/', typed(Dimension::count, may), typed(Dimension::number));
    CHECK(halved.unit == Unit{Dimension::count});
    CHECK(halved.period);
    Type r = combined('/', typed(Dimension::count, may), typed(Dimension::count, may));
    CHECK(r.unit == Unit{Dimension::ratio});
    CHECK_FALSE(r.period);
}

TEST_CASE("units combine by the unit tables", "[arithmetic]") {
    CHECK(combined('+', typed(Dimension::percent), typed(Dimension::points)).unit == Unit{Dimension::percent});
    CHECK(combined('*', typed(Dimension::percent), typed(Dimension::count)).unit == Unit{Dimension::count});
    CHECK(combined('/', typed(Dimension::count), typed(Dimension::percent)).unit == Unit{Dimension::count});
}

TEST_CASE("units that do not combine say which and why", "[arithmetic]") {
    CHECK(refusal('+', typed(Dimension::percent), typed(Dimension::count)) ==
          "cannot add a percentage and a count");
    CHECK(refusal('-', typed(Dimension::percent), typed(Dimension::number)) ==
          "cannot subtract a percentage and a plain number");
    CHECK(refusal('*', typed(Dimension::count), typed(Dimension::count)) ==
          "cannot multiply a count and a count");
    CHECK(refusal('/', typed(Dimension::percent), typed(Dimension::count)) ==
          "cannot divide a percentage and a count");
}

TEST_CASE("TotalPeriod: a total's span from its terms in any order, only when every operation is +", "[arithmetic]") {
    const Period may1 = days(2016, 5, 1, 10, "a"), may2 = days(2016, 5, 11, 20, "b"), may3 = days(2016, 5, 21, 31, "c");
    const std::optional<Period> folded = days(2016, 5, 1, 1, "folded");
    TotalPeriod sum;
    for (const auto& p : {may3, may1, may2}) sum.add('+', p);
    REQUIRE(sum.of(folded));
    CHECK(sum.of(folded)->days() == 31);

    TotalPeriod one;  // a single term is no total: what folding gave stands
    one.add('+', may1);
    CHECK(one.of(folded)->label == "folded");

    TotalPeriod difference;
    difference.add('+', may1);
    difference.add('-', may2);
    CHECK(difference.of(folded)->label == "folded");

    TotalPeriod gap;  // a term with no period: the total has none
    gap.add('+', may1);
    gap.add('+', std::nullopt);
    gap.add('+', may2);
    CHECK_FALSE(gap.of(folded));
}
