#pragma once
// Slips of the hand behind a printed figure: two neighbouring digits swapped (7,762
// for 7,672), one digit wrong (7,472 for 7,672), the decimal point moved (15.5 for
// 155). Each is the true figure, at the decimal places the figure was printed with,
// with the slip made; the diagnoser names one only when it gives the printed figure.
#include "engine/core/exact.hpp"
#include "engine/report/diagnosis_code.hpp"

#include <string>
#include <vector>

namespace claimcheck {

struct DigitSlip {
    DiagnosisCode code;
    Rational figure;     // the true figure with the slip made, in written units (44 for 44%)
    std::string detail;  // what the slip was: "its 6 and 7 the other way round"
};

// The slips of `actual` (in written units) printed to the nearest 10^exponent (-1 for
// one decimal place, 2 for the nearest hundred), most telling first: swaps, then a
// wrong digit (in figures of three digits or more, and never the last digit: a near
// figure or another rounding is as likely as a slip there), then the point moved up
// to three places. None for a figure of more than 15 digits.
std::vector<DigitSlip> digit_slips(const Rational& actual, int exponent);

}  // namespace claimcheck
