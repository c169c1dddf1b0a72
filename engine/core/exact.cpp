#include "engine/core/exact.hpp"

#include <algorithm>

namespace claimcheck {

namespace {
// GMP reads a leading 0 as octal: "09" must reach it as "9".
Integer decimal_integer(const std::string& digits) {
    std::size_t start = digits.find_first_not_of('0');
    return Integer(start == std::string::npos ? std::string("0") : digits.substr(start));
}
}  // namespace

Rational parse_decimal(std::string_view digits) {
    bool negative = !digits.empty() && digits[0] == '-';
    std::string plain;
    for (char c : digits.substr(negative ? 1 : 0))
        if (c != ',' && c != '.' && c != ' ') plain += c;
    int places = decimal_places(digits);
    Rational value = Rational(decimal_integer(plain)) / power_of_ten(places);
    return negative ? Rational(-value) : value;
}

int decimal_places(std::string_view digits) {
    auto dot = digits.find('.');
    return dot == std::string_view::npos ? 0 : static_cast<int>(digits.size() - dot - 1);
}

int trailing_zeros(std::string_view digits) {
    if (digits.find('.') != std::string_view::npos) return 0;
    int zeros = 0;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        if (*it == ',' || *it == ' ') continue;
        if (*it != '0') break;
        ++zeros;
    }
    return zeros;
}

int significant_whole_digits(std::string_view digits) {
    int count = 0;
    bool leading = true;
    for (char c : digits.substr(0, digits.find('.'))) {
        if (c < '0' || c > '9') continue;
        if (c == '0' && leading) continue;
        leading = false;
        ++count;
    }
    return count;
}

Rational power_of_ten(int exponent) {
    Integer p = pow(Integer(10), static_cast<unsigned>(std::abs(exponent)));  // GMP's powering: no loop of products
    return exponent >= 0 ? Rational(p) : Rational(Integer(1), p);
}

namespace {
// floor(|x|) for a rational, as an integer.
Integer floor_abs(const Rational& x) {
    Rational a = abs(x);
    return numerator(a) / denominator(a);
}
}  // namespace

Rational round_half_away(const Rational& x, const Rational& step) {
    Rational k = x / step;
    Integer n = floor_abs(abs(k) + Rational(1, 2));
    return Rational(k < 0 ? Integer(-n) : n) * step;
}

std::vector<Rational> roundings(const Rational& x, int first, int last) {
    // |x| to one place more than the most asked for: the digits dropped at each count then tell which way it rounds.
    const Integer scaled = abs(numerator(x)) * pow(Integer(10), static_cast<unsigned>(last + 1)) / denominator(x);
    std::vector<Rational> out;
    for (int places = first; places <= last; ++places) {
        const Integer step = pow(Integer(10), static_cast<unsigned>(last + 1 - places));
        Integer kept = scaled / step;
        if (Integer(scaled % step) * 2 >= step) ++kept;  // the dropped part is half a unit or more: away from zero
        out.emplace_back(x < 0 ? Integer(-kept) : kept, pow(Integer(10), static_cast<unsigned>(places)));
    }
    return out;
}

Rational truncate_to(const Rational& x, const Rational& step) {
    Rational k = x / step;
    Integer n = floor_abs(k);
    return Rational(k < 0 ? Integer(-n) : n) * step;
}

std::string fraction_text(const Rational& x) {
    if (denominator(x) == 1) return numerator(x).str();
    return numerator(x).str() + "/" + denominator(x).str();
}

std::string fixed_text(const Rational& x, int places) {
    Rational scaled = round_half_away(x * power_of_ten(places), Rational(1));
    Integer n = numerator(scaled);
    std::string digits = abs(n).str();
    if (places > 0) {
        if (static_cast<int>(digits.size()) <= places)
            digits.insert(0, static_cast<std::size_t>(places) + 1 - digits.size(), '0');
        digits.insert(digits.size() - static_cast<std::size_t>(places), ".");
    }
    return (n < 0 ? "-" : "") + digits;
}

std::string decimal_text(const Rational& x, int places) {
    std::string digits = fixed_text(x, places);
    if (digits.find('.') != std::string::npos) {
        while (digits.back() == '0') digits.pop_back();
        if (digits.back() == '.') digits.pop_back();
    }
    return digits;
}

int places_for(const Rational& x, int digits, int minimum) {
    Rational a = abs(x);
    if (a == 0 || a >= 1) return minimum;
    // The zeros after the point before the first significant digit: the largest z with
    // p * 10^z < q for a = p/q. The bit lengths give z to within one; a product or two
    // settles it, so a value of many thousand bits costs no loop over its zeros.
    const Integer& p = numerator(a);
    const Integer& q = denominator(a);
    auto below_one = [&](long z) { return p * pow(Integer(10), static_cast<unsigned long>(z)) < q; };
    const long bits = static_cast<long>(msb(q)) - static_cast<long>(msb(p));  // q/p lies in (2^(bits-1), 2^(bits+1))
    long leading_zeros = std::max(0L, static_cast<long>(static_cast<double>(bits - 1) * 0.30102999566398120) - 1);
    while (below_one(leading_zeros + 1)) ++leading_zeros;
    while (leading_zeros > 0 && !below_one(leading_zeros)) --leading_zeros;
    return std::max(minimum, static_cast<int>(leading_zeros) + digits);
}

std::string grouped(const Integer& n) {
    std::string digits = abs(n).str();
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return (n < 0 ? "-" : "") + out;
}

}  // namespace claimcheck
