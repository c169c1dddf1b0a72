#include "engine/advice/digit_slips.hpp"

#include <cstddef>

namespace claimcheck {

namespace {

constexpr std::size_t most_digits = 15;
constexpr int farthest_point_move = 3;

const char* const place_words[] = {"one place", "two places", "three places"};

}  // namespace

std::vector<DigitSlip> digit_slips(const Rational& actual, int exponent) {
    std::vector<DigitSlip> out;
    const Rational step = power_of_ten(exponent);
    const Rational rounded = round_half_away(actual, step);
    const bool negative = rounded < 0;
    const Integer scaled = numerator(abs(rounded) / step);  // whole: rounded is a multiple of step
    if (scaled == 0) return out;
    const std::string digits = scaled.str();
    if (digits.size() > most_digits) return out;
    auto figure_of = [&](const std::string& d) {
        const Rational value = Rational(Integer(d)) * step;
        return negative ? -value : value;
    };
    for (std::size_t i = 0; i + 1 < digits.size(); ++i) {
        if (digits[i] == digits[i + 1] || (i == 0 && digits[1] == '0')) continue;  // no figure starts with 0
        std::string swapped = digits;
        std::swap(swapped[i], swapped[i + 1]);
        out.push_back({DiagnosisCode::transposed_digits, figure_of(swapped),
                       std::string("its ") + digits[i] + " and " + digits[i + 1] + " the other way round"});
    }
    if (digits.size() >= 3)
        for (std::size_t i = 0; i + 1 < digits.size(); ++i)  // the last digit off: a near figure, not a slip
            for (char d = '0'; d <= '9'; ++d) {
                if (d == digits[i] || (i == 0 && d == '0')) continue;
                std::string changed = digits;
                changed[i] = d;
                out.push_back({DiagnosisCode::wrong_digit, figure_of(changed),
                               std::string("its ") + digits[i] + " printed as " + d});
            }
    for (int k = 1; k <= farthest_point_move; ++k) {
        out.push_back({DiagnosisCode::misplaced_point, actual * power_of_ten(k),
                       std::string("its decimal point moved ") + place_words[k - 1] + " to the right"});
        out.push_back({DiagnosisCode::misplaced_point, actual * power_of_ten(-k),
                       std::string("its decimal point moved ") + place_words[k - 1] + " to the left"});
    }
    return out;
}

}  // namespace claimcheck
