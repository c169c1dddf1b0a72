// engine/limits: the size of exact values and the run's wall-clock budget.
#include "engine/limits.hpp"

#include <catch2/catch.hpp>

#include <thread>

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

TEST_CASE("limits: check_time passes within the budget and stops the run after it") {
    Limits limits;
    limits.time_limit = 60;
    CHECK_FALSE(limits.out_of_time());
    CHECK_NOTHROW(limits.check_time("at a.claims:3"));
    limits.time_limit = 0.001;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    CHECK(limits.out_of_time());
    try {
        limits.check_time("at a.claims:3");
        FAIL("no LimitExceeded");
    } catch (const LimitExceeded& e) {
        CHECK(std::string(e.what()) ==
              "stopped at a.claims:3: the run took longer than its limit of 0.001 s; --time-limit raises it");
    }
}
