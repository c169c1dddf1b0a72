// engine/exact: parsing written numbers, rounding, exact text.
#include "engine/exact.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

TEST_CASE("written numbers parse exactly", "[exact]") {
    CHECK(parse_decimal("5,653") == 5653);
    CHECK(parse_decimal("15.5") == Rational(31, 2));
    CHECK(parse_decimal("0.09") == Rational(9, 100));
    CHECK(parse_decimal("-50") == -50);
}
