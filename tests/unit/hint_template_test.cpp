// engine/draft/hint_template: a hint's check read into what drafting fills.
#include "engine/draft/hint_template.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

TEST_CASE("a hint check's shape, function and test", "[hint_template]") {
    auto change = read_template("change(<before>, <after>) is up 44%");
    REQUIRE(change);
    CHECK(change->shape == HintShape::ordered);
    CHECK(change->function == "change");
    CHECK(change->test == " is up 44%");
    CHECK(read_template("ratio(<after>, <before>) is three times")->shape == HintShape::later_over_earlier);
    CHECK(read_template("share(<part>, <whole>) is a third")->shape == HintShape::any_pair);
    CHECK(read_template("per_day(<count>) is 15")->shape == HintShape::rate);
    CHECK(read_template("per_1000(<count>, <population>) is 5.9")->shape == HintShape::per_people);
    auto amount = read_template("<amount> is around £12,700");
    REQUIRE(amount);
    CHECK(amount->shape == HintShape::one);
    CHECK(amount->money);
    CHECK(read_template("<position> is 2")->shape == HintShape::position);
    CHECK_FALSE(read_template("<count> is <number>"));  // a word the house style lacks: nothing to fill
    CHECK_FALSE(read_template("median(<values>) is 4"));
}

TEST_CASE("a rank hint", "[hint_template]") {
    CHECK(read_rank("top(<values by group>) == <group>") == "top");
    CHECK(read_rank("bottom(<values by group>) == <group>") == "bottom");
    CHECK_FALSE(read_rank("<count> is 3"));
}

TEST_CASE("the number a test prints, exactly", "[hint_template]") {
    CHECK(printed_number(" is 1,445") == Rational(1445));
    CHECK(printed_number(" is 44%") == Rational(44, 100));
    CHECK(printed_number(" is 12.5 per cent") == Rational(1, 8));
    CHECK(printed_number(" is around £12,700") == Rational(12700));
    CHECK(printed_number(" is 2.1 million") == Rational(2100000));
    CHECK(printed_number(" is £3.4m") == Rational(3400000));
    CHECK_FALSE(printed_number(" is hundreds"));
}
