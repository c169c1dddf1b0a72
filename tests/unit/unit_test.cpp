// engine/core/unit: which units compare, add, multiply and divide, and how values of each unit read.
#include "engine/core/unit.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {
const Unit number{Dimension::number};
const Unit count{Dimension::count};
const Unit percent{Dimension::percent};
const Unit points{Dimension::points};
const Unit ratio{Dimension::ratio};
const Unit per_day{Dimension::rate, Per::day};
const Unit per_week{Dimension::rate, Per::week};
const Unit per_head{Dimension::rate, Per::head};
const Unit per_1000{Dimension::rate, Per::thousand};
const Unit per_100000{Dimension::rate, Per::hundred_thousand};
const Unit period{Dimension::period};
const Unit unknown{Dimension::unknown};

bool is(std::optional<Unit> result, Unit expected) { return result && *result == expected; }
}  // namespace

TEST_CASE("units describe themselves for messages", "[unit]") {
    CHECK(describe(number) == "a plain number");
    CHECK(describe(count) == "a count");
    CHECK(describe(percent) == "a percentage");
    CHECK(describe(points) == "percentage points");
    CHECK(describe(ratio) == "a ratio");
    CHECK(describe(per_day) == "a rate per day");
    CHECK(describe(Unit{Dimension::rate, Per::year}) == "a rate per year");
    CHECK(describe(per_head) == "a rate per head");
    CHECK(describe(per_1000) == "a rate per 1,000 people");
    CHECK(describe(per_100000) == "a rate per 100,000 people");
    CHECK(describe(period) == "a period");
    CHECK(describe(unknown) == "a missing figure");
}

TEST_CASE("rates compare equal only with the same time unit", "[unit]") {
    CHECK(per_day == per_day);
    CHECK_FALSE(per_day == per_week);
    CHECK(Unit{Dimension::count, Per::week} == count);  // per matters for rates only
}

TEST_CASE("rates per head compare only at the same number of people", "[unit]") {
    CHECK(per_1000 == per_1000);
    CHECK_FALSE(comparable(per_1000, per_100000));
    CHECK_FALSE(comparable(per_head, per_day));
    CHECK_FALSE(sum_unit(per_1000, per_day));
    CHECK(is(sum_unit(per_100000, per_100000), per_100000));
    CHECK(comparable(per_100000, number));  // "is 41.5" of a rate per 100,000
    CHECK(is(quotient_unit(per_1000, per_1000), ratio));
    CHECK(people_of(Per::head) == 1);
    CHECK(people_of(Per::thousand) == 1000);
    CHECK(people_of(Per::hundred_thousand) == 100000);
    CHECK(people_of(Per::day) == 0);
}

TEST_CASE("comparable: a percentage never meets a bare number or a count", "[unit]") {
    CHECK_FALSE(comparable(percent, number));
    CHECK_FALSE(comparable(number, percent));
    CHECK_FALSE(comparable(percent, count));
    CHECK_FALSE(comparable(count, percent));
    CHECK(comparable(percent, percent));
}

TEST_CASE("comparable: points and per cent are different things", "[unit]") {
    CHECK_FALSE(comparable(points, percent));
    CHECK_FALSE(comparable(percent, points));
    CHECK(comparable(points, points));
    CHECK(comparable(points, number));  // "is 3" of a points difference
}

TEST_CASE("comparable: a bare number fits counts, ratios and rates", "[unit]") {
    CHECK(comparable(number, count));
    CHECK(comparable(count, number));
    CHECK(comparable(number, ratio));
    CHECK(comparable(per_day, number));
    CHECK(comparable(number, number));
    CHECK_FALSE(comparable(count, ratio));
    CHECK_FALSE(comparable(per_day, per_week));
    CHECK_FALSE(comparable(per_day, count));
}

TEST_CASE("comparable: periods compare with nothing, missing figures with anything", "[unit]") {
    CHECK_FALSE(comparable(period, period));
    CHECK_FALSE(comparable(period, number));
    CHECK(comparable(unknown, percent));
    CHECK(comparable(count, unknown));
    CHECK(comparable(unknown, period));
}

TEST_CASE("sums: like with like, per cent plus points is per cent", "[unit]") {
    CHECK(is(sum_unit(count, count), count));
    CHECK(is(sum_unit(count, number), count));
    CHECK(is(sum_unit(number, count), count));
    CHECK(is(sum_unit(number, number), number));
    CHECK(is(sum_unit(percent, points), percent));
    CHECK(is(sum_unit(points, percent), percent));
    CHECK(is(sum_unit(percent, percent), percent));
    CHECK(is(sum_unit(per_day, per_day), per_day));
    CHECK(is(sum_unit(unknown, percent), unknown));
    CHECK_FALSE(sum_unit(percent, count));
    CHECK_FALSE(sum_unit(percent, number));
    CHECK_FALSE(sum_unit(count, ratio));
    CHECK_FALSE(sum_unit(per_day, per_week));
    CHECK_FALSE(sum_unit(period, period));
}

TEST_CASE("products: scaling keeps the unit, a percentage of a count is a count", "[unit]") {
    CHECK(is(product_unit(number, count), count));
    CHECK(is(product_unit(count, number), count));
    CHECK(is(product_unit(percent, count), count));
    CHECK(is(product_unit(count, percent), count));
    CHECK(is(product_unit(percent, percent), percent));
    CHECK(is(product_unit(ratio, count), count));
    CHECK(is(product_unit(per_day, ratio), per_day));
    CHECK(is(product_unit(number, percent), percent));
    CHECK(is(product_unit(unknown, count), unknown));
    CHECK_FALSE(product_unit(count, count));
    CHECK_FALSE(product_unit(per_day, count));
    CHECK_FALSE(product_unit(period, number));
}

TEST_CASE("quotients: count over count is a ratio, scaling keeps the unit", "[unit]") {
    CHECK(is(quotient_unit(count, count), ratio));
    CHECK(is(quotient_unit(percent, percent), ratio));
    CHECK(is(quotient_unit(per_day, per_day), ratio));
    CHECK(is(quotient_unit(count, number), count));
    CHECK(is(quotient_unit(percent, number), percent));
    CHECK(is(quotient_unit(count, ratio), count));
    CHECK(is(quotient_unit(count, percent), count));  // 5,653 is 44% of what
    CHECK(is(quotient_unit(number, number), number));
    CHECK(is(quotient_unit(count, unknown), unknown));
    CHECK_FALSE(quotient_unit(percent, count));
    CHECK_FALSE(quotient_unit(per_day, per_week));
    CHECK_FALSE(quotient_unit(count, period));
}

TEST_CASE("per cent and points are written a hundred times their stored value", "[unit]") {
    CHECK(written_scale(percent) == 100);
    CHECK(written_scale(points) == 100);
    CHECK(written_scale(count) == 1);
    CHECK(written_scale(ratio) == 1);
}

TEST_CASE("format_value reads each unit the way it is printed", "[unit]") {
    CHECK(format_value(Rational(11, 25), percent, 2) == "44%");
    CHECK(format_value(Rational(298, 63), percent, 2) == "473.02%");
    CHECK(format_value(Rational(1750, 3903), percent, 2) == "44.84%");
    CHECK(format_value(Rational(1, 100), points, 2) == "1 point");
    CHECK(format_value(Rational(3, 100), points, 2) == "3 points");
    CHECK(format_value(Rational(361, 63), ratio, 2) == "5.73 times");
    CHECK(format_value(Rational(5653, 365), per_day, 2) == "15.49 a day");
    CHECK(format_value(Rational(5653 * 7, 365), per_week, 2) == "108.41 a week");
    CHECK(format_value(5653, count, 2) == "5,653");
    CHECK(format_value(Rational(83, 2), per_100000, 2) == "41.5 per 100,000");
    CHECK(format_value(Rational(16, 5), per_1000, 2) == "3.2 per 1,000");
    CHECK(format_value(Rational(1, 4), per_head, 2) == "0.25 per head");
    CHECK(format_value(170, number, 2) == "170");
    CHECK(format_value(Rational(3, 2), number, 2) == "1.5");
}

TEST_CASE("format_value groups large whole parts, not small ones", "[unit]") {
    CHECK(format_value(999, count, 0) == "999");
    CHECK(format_value(1000, count, 0) == "1,000");
    CHECK(format_value(1234567, count, 0) == "1,234,567");
    CHECK(format_value(Rational(123456789, 100), count, 2) == "1,234,567.89");
    CHECK(format_value(-1234, count, 0) == "-1,234");
    CHECK(format_value(-123, count, 0) == "-123");
    CHECK(format_value(Rational(-1, 2), percent, 2) == "-50%");
    CHECK(format_value(Rational(12345, 1), percent, 0) == "1,234,500%");
}

namespace {
const Unit pounds{Dimension::money, Per::day, Currency::pound};
const Unit dollars{Dimension::money, Per::day, Currency::dollar};
const Unit pounds_a_day{Dimension::rate, Per::day, Currency::pound};
}  // namespace

TEST_CASE("money describes itself with its currency, and a rate of money too", "[unit]") {
    CHECK(describe(pounds) == "an amount in pounds");
    CHECK(describe(Unit{Dimension::money, Per::day, Currency::euro}) == "an amount in euros");
    CHECK(describe(pounds_a_day) == "a rate per day in pounds");
    CHECK_FALSE(pounds == dollars);
    CHECK_FALSE(pounds_a_day == per_day);
}

TEST_CASE("money compares with money of its currency, a plain number and a rate in it", "[unit]") {
    CHECK(comparable(pounds, pounds));
    CHECK(comparable(pounds, number));
    CHECK(comparable(number, pounds));
    CHECK(comparable(pounds, pounds_a_day));  // "£9,315" stated for a rate per day in pounds
    CHECK_FALSE(comparable(pounds, dollars));
    CHECK_FALSE(comparable(pounds, count));  // people cannot be added to pounds
    CHECK_FALSE(comparable(count, pounds));
    CHECK_FALSE(comparable(pounds, percent));
    CHECK_FALSE(comparable(dollars, pounds_a_day));
    CHECK_FALSE(comparable(pounds_a_day, per_day));
}

TEST_CASE("arithmetic on money: a share of it, an amount each, and a ratio of two amounts", "[unit]") {
    CHECK(is(sum_unit(pounds, pounds), pounds));
    CHECK(is(sum_unit(pounds, number), pounds));
    CHECK(is(sum_unit(pounds, pounds_a_day), pounds_a_day));
    CHECK_FALSE(sum_unit(pounds, count));
    CHECK_FALSE(sum_unit(pounds, dollars));
    CHECK(is(product_unit(percent, pounds), pounds));  // 10% of £3.4m
    CHECK(is(product_unit(pounds, count), pounds));    // £12.50 each, 2,000 times
    CHECK(is(product_unit(ratio, pounds), pounds));
    CHECK_FALSE(product_unit(pounds, pounds));
    CHECK_FALSE(product_unit(pounds, points));
    CHECK(is(quotient_unit(pounds, pounds), ratio));
    CHECK(is(quotient_unit(pounds, count), pounds));  // £3.4m over 2,000 pupils: £1,700 each
    CHECK(is(quotient_unit(pounds, percent), pounds));
    CHECK(is(quotient_unit(pounds, number), pounds));
    CHECK_FALSE(quotient_unit(pounds, dollars));
    CHECK_FALSE(quotient_unit(count, pounds));
}

TEST_CASE("format_value prints money with its sign and pence in pairs", "[unit]") {
    CHECK(format_value(3412000, pounds, 2) == "£3,412,000");
    CHECK(format_value(Rational(25, 2), pounds, 2) == "£12.50");
    CHECK(format_value(Rational(1234), dollars, 2) == "$1,234");
    CHECK(format_value(Rational(-5), pounds, 2) == "-£5");
    CHECK(format_value(Rational(3412000, 365), pounds_a_day, 2) == "£9,347.95 a day");
    CHECK(format_value(40, Unit{Dimension::money, Per::day, Currency::euro}, 2) == "€40");
    CHECK(written_scale(pounds) == 1);
}

TEST_CASE("a rate per a declared unit is a unit of its own, named as declared", "[unit]") {
    const Unit school{Dimension::rate, Per::declared, Currency::none, "school_day"};
    const Unit working{Dimension::rate, Per::declared, Currency::none, "working_day"};
    const Unit day{Dimension::rate, Per::day};
    CHECK(format_value(Rational(16, 5), school, 2) == "3.2 per school day");
    CHECK(describe(school) == "a rate per school_day");
    CHECK(comparable(school, school));
    CHECK_FALSE(comparable(school, day));
    CHECK_FALSE(comparable(school, working));
    CHECK_FALSE(sum_unit(school, day).has_value());
    CHECK(quotient_unit(school, school) == Unit{Dimension::ratio});
    CHECK(comparable(school, Unit{Dimension::number}));
}
