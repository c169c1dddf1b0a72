#pragma once
// Exact numbers: every figure is a GMP rational, so 0.1 + 0.2 is 3/10 and
// rounding decisions are never made on a binary approximation.
#include <boost/multiprecision/gmp.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

// Expression templates off: `auto x = a + b` then holds a number, not a dangling expression.
using Rational = boost::multiprecision::number<boost::multiprecision::gmp_rational,
                                               boost::multiprecision::et_off>;
using Integer = boost::multiprecision::number<boost::multiprecision::gmp_int,
                                              boost::multiprecision::et_off>;

// "5,653" -> 5653, "15.5" -> 31/2. Digits as the grammar accepted them.
Rational parse_decimal(std::string_view digits);

// Digits written after the decimal point: "15.50" -> 2.
int decimal_places(std::string_view digits);

// Zeros at the end of a whole number: "5,600" -> 2, "15.5" -> 0.
int trailing_zeros(std::string_view digits);

// Digits of a whole number's whole part, sign and separators aside: "5,600" -> 4.
int significant_whole_digits(std::string_view digits);

Rational power_of_ten(int exponent);  // exponent may be negative

// The nearest multiple of step, halves rounded away from zero (step > 0).
Rational round_half_away(const Rational& x, const Rational& step);

// x rounded half away from zero to each of first, first + 1, ..., last decimal places
// (0 <= first <= last): its digits are worked out once, so a value of many thousand
// bits is divided once, not once for each count of places tried.
std::vector<Rational> roundings(const Rational& x, int first, int last);

// The multiple of step between x and zero, nearest to x (step > 0).
Rational truncate_to(const Rational& x, const Rational& step);

// "298/63", "170", "-3/4".
std::string fraction_text(const Rational& x);

// x rounded half away from zero to places decimals, trailing zeros dropped: "4.7301587", "170".
std::string decimal_text(const Rational& x, int places);

// x rounded half away from zero to exactly places decimals: "15.0", "44".
std::string fixed_text(const Rational& x, int places);

// Decimal places that show at least `digits` significant digits of x, and never fewer than `minimum`.
int places_for(const Rational& x, int digits, int minimum);

// A whole number with thousands separators: "5,653".
std::string grouped(const Integer& n);

}  // namespace claimcheck
