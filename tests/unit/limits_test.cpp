// engine/core/limits: the size of exact values.
#include "engine/core/limits.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

TEST_CASE("limits: bits_of counts numerator and denominator together") {
    CHECK(bits_of(Rational(0)) == 2);      // 0/1: one bit each, as GMP sizes them
    CHECK(bits_of(Rational(255)) == 9);    // 8 + 1
    CHECK(bits_of(Rational(1) / 256) == 10);  // 1 + 9
    Integer big = 1;
    big <<= 1000;
    CHECK(bits_of(Rational(big)) == 1002);
    CHECK(bits_of(Rational(-big)) == 1002);  // the sign costs nothing
}
