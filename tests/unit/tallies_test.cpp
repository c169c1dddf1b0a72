// engine/tables/tallies: each aggregate's running value by group, merged in any order to the
// same exact value, and the largest addend of a sum with its row.
#include "engine/tables/tallies.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace claimcheck;

namespace {

Cell number_cell(const std::string& text) {
    Cell cell;
    REQUIRE(parse_cell(ColumnType::decimal, text, cell) == nullptr);
    return cell;
}

}  // namespace

TEST_CASE("tallies: sums, means and extremes by group, exactly") {
    Tallies sum(Aggregate::sum, ColumnType::decimal), max(Aggregate::max, ColumnType::decimal);
    sum.grow(2), max.grow(2);
    for (const char* x : {"0.1", "0.2", "-0.05"}) {
        sum.add(0, number_cell(x), 0);
        max.add(0, number_cell(x), 0);
    }
    sum.add(1, number_cell("7"), 0);
    CHECK(*sum.value(0) == Rational(1) / 4);
    CHECK(*sum.mean(0) == Rational(1) / 12);
    CHECK(*sum.value(1) == 7);
    CHECK(*max.value(0) == Rational(1) / 5);
    CHECK(sum.count[0] == 3);
    CHECK_FALSE(Tallies(Aggregate::sum, ColumnType::integer).size());
}

TEST_CASE("tallies: distinct texts count each text once, and merging adds only new ones") {
    Tallies a(Aggregate::distinct, ColumnType::text), b(Aggregate::distinct, ColumnType::text);
    a.grow(1), b.grow(1);
    auto text = [](const char* t) {
        Cell c;
        c.text = t;
        return c;
    };
    CHECK(a.add(0, text("Kent"), text_hash("Kent")) == 1);
    CHECK(a.add(0, text("Kent"), text_hash("Kent")) == 0);
    CHECK(a.add(0, text("Essex"), text_hash("Essex")) == 1);
    b.add(0, text("Essex"), text_hash("Essex"));
    b.add(0, text("Surrey"), text_hash("Surrey"));
    a.merge(0, b, 0);
    CHECK(*a.value(0) == 3);
    CHECK(a.count[0] == 5);
}

TEST_CASE("tallies: the largest addend and its row, whatever the scales") {
    Largest largest;
    largest.offer(number_cell("2.5").number, 7);
    largest.offer(number_cell("10").number, 9);
    largest.offer(number_cell("9.99").number, 12);
    CHECK(largest.any);
    CHECK(largest.line == 9);
    CHECK(to_rational(largest.value) == 10);
}
