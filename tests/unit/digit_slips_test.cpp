// engine/advice/digit_slips: the figures a slip of the hand makes of a true figure, at the precision printed.
#include "engine/advice/digit_slips.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace claimcheck;

namespace {

const DigitSlip* slip_to(const std::vector<DigitSlip>& slips, const Rational& figure) {
    auto found = std::find_if(slips.begin(), slips.end(), [&](const DigitSlip& s) { return s.figure == figure; });
    return found == slips.end() ? nullptr : &*found;
}

}  // namespace

TEST_CASE("neighbouring digits swapped: 7,672 printed as 7,762", "[digit_slips]") {
    const auto slips = digit_slips(Rational(7672), 0);
    const DigitSlip* swapped = slip_to(slips, Rational(7762));
    REQUIRE(swapped);
    CHECK(swapped->code == DiagnosisCode::transposed_digits);
    CHECK(swapped->detail == "its 6 and 7 the other way round");
    CHECK(slip_to(slips, Rational(6772)));
    CHECK(slip_to(slips, Rational(7627)));
    // Digits that are not neighbours, or a swap of two equal digits, are no slip of this kind.
    CHECK_FALSE(slip_to(slips, Rational(2677)));
    CHECK_FALSE(slip_to(slips, Rational(7672)));
}

TEST_CASE("no slip makes a figure that starts with 0", "[digit_slips]") {
    const auto slips = digit_slips(Rational(1023), 0);
    for (const auto& s : slips)
        if (s.code != DiagnosisCode::misplaced_point) CHECK(s.figure >= 1000);
}

TEST_CASE("one wrong digit in a figure of three digits or more, never in a shorter one", "[digit_slips]") {
    const auto slips = digit_slips(Rational(7672), 0);
    const DigitSlip* wrong = slip_to(slips, Rational(7472));
    REQUIRE(wrong);
    CHECK(wrong->code == DiagnosisCode::wrong_digit);
    CHECK(wrong->detail == "its 6 printed as 4");
    // Two digits wrong is not one.
    CHECK_FALSE(slip_to(slips, Rational(7482)));
    // 29 for 39 is as likely another count as a slip: not named.
    CHECK_FALSE(slip_to(digit_slips(Rational(39), 0), Rational(29)));
}

TEST_CASE("a last digit off is a different figure or rounding as often as a slip: not named", "[digit_slips]") {
    CHECK_FALSE(slip_to(digit_slips(Rational(7672), 0), Rational(7673)));
    CHECK_FALSE(slip_to(digit_slips(Rational(1549, 100), -2), Rational(1544, 100)));
    // A swap of the last two digits is specific enough.
    CHECK(slip_to(digit_slips(Rational(1549, 100), -2), Rational(1594, 100)));
}

TEST_CASE("the decimal point moved: 155 printed as 15.5, and back", "[digit_slips]") {
    const auto from_155 = digit_slips(Rational(155), -1);
    const DigitSlip* left = slip_to(from_155, Rational(31, 2));
    REQUIRE(left);
    CHECK(left->code == DiagnosisCode::misplaced_point);
    CHECK(left->detail == "its decimal point moved one place to the left");
    const auto from_15_5 = digit_slips(Rational(31, 2), 0);
    const DigitSlip* right = slip_to(from_15_5, Rational(155));
    REQUIRE(right);
    CHECK(right->detail == "its decimal point moved one place to the right");
    CHECK_FALSE(slip_to(digit_slips(Rational(155), -1), Rational(156, 10)));
}

TEST_CASE("a figure printed to the nearest hundred slips in its printed digits only", "[digit_slips]") {
    // 5,653 to the nearest 100 is 5,700: 57 has two digits, so no wrong digit (5,603 is not a slip of it).
    const auto slips = digit_slips(Rational(5653), 2);
    CHECK_FALSE(slip_to(slips, Rational(5603)));
    CHECK(slip_to(slips, Rational(7500)));
}

TEST_CASE("a decimal is slipped at its printed places; a negative figure keeps its sign", "[digit_slips]") {
    // 44.84 at one decimal place is 44.8: 48.4 swaps its 4 and 8.
    CHECK(slip_to(digit_slips(Rational(4484, 100), -1), Rational(484, 10)));
    CHECK(slip_to(digit_slips(Rational(-7672), 0), Rational(-7762)));
}

TEST_CASE("no digit slips for a figure of more than 15 digits or for zero", "[digit_slips]") {
    CHECK(digit_slips(Rational(Integer("1234567890123456")), 0).empty());
    CHECK_FALSE(digit_slips(Rational(Integer("123456789012345")), 0).empty());
    CHECK(digit_slips(Rational(0), 0).empty());
}
