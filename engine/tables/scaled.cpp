#include "engine/tables/scaled.hpp"

#include "engine/core/ascii.hpp"

#include <algorithm>
#include <array>

namespace claimcheck {

namespace {

constexpr int max_digits = 38;  // 10^38 - 1 < 2^127: 38 digits always fit

constexpr std::array<__int128, max_digits + 1> powers = [] {
    std::array<__int128, max_digits + 1> p{};
    p[0] = 1;
    for (std::size_t i = 1; i < p.size(); ++i) p[i] = p[i - 1] * 10;
    return p;
}();

__int128 power(int exponent) { return powers[static_cast<std::size_t>(exponent)]; }

}  // namespace

Integer to_integer(__int128 x) {
    const bool negative = x < 0;
    const auto magnitude = negative ? -static_cast<unsigned __int128>(x) : static_cast<unsigned __int128>(x);
    Integer out(static_cast<unsigned long long>(magnitude >> 64));
    out <<= 64;
    out += static_cast<unsigned long long>(magnitude);
    return negative ? Integer(-out) : out;
}

bool parse_number(std::string_view text, NumberSyntax syntax, Number& out) {
    const bool negative = !text.empty() && text[0] == '-';
    if (text.size() <= 18) {  // the usual cell: a whole number that fits an int64 with room
        std::int64_t v = 0;
        std::size_t k = negative ? 1 : 0;
        for (; k < text.size(); ++k) {
            const unsigned digit = static_cast<unsigned>(text[k] - '0');
            if (digit > 9) break;
            v = v * 10 + digit;
        }
        const std::size_t first = negative ? 1 : 0;
        if (k == text.size() && k > first) {
            out.small = {negative ? -v : v, 0};
            out.is_big = false;
            out.canonical = (text[first] != '0' || k - first == 1) && !(negative && v == 0);
            return true;
        }
    }
    std::size_t i = negative ? 1 : 0;
    const std::size_t whole_begin = i;
    while (i < text.size() && is_digit(text[i])) ++i;
    const std::size_t whole_end = i;
    if (whole_end == whole_begin) return false;
    std::size_t fraction_begin = i, fraction_end = i;
    if (i < text.size()) {
        if (syntax == NumberSyntax::integer || text[i] != '.') return false;
        fraction_begin = ++i;
        while (i < text.size() && is_digit(text[i])) ++i;
        fraction_end = i;
        if (i != text.size() || fraction_end == fraction_begin) return false;
    }
    // Lowest terms: leading zeros and the fraction's trailing zeros say nothing.
    std::size_t first = whole_begin;
    while (first + 1 < whole_end && text[first] == '0') ++first;
    std::size_t last = fraction_end;
    while (last > fraction_begin && text[last - 1] == '0') --last;
    const int scale = static_cast<int>(last - fraction_begin);
    __int128 units = 0;
    int digits = 0;
    auto take = [&](std::size_t from, std::size_t to) {
        for (std::size_t k = from; k < to; ++k) {
            if (digits > 0 || text[k] != '0') ++digits;
            if (digits <= max_digits) units = units * 10 + (text[k] - '0');
        }
    };
    take(first, whole_end);
    take(fraction_begin, last);
    const bool zero = digits == 0;
    out.canonical = first == whole_begin && last == fraction_end && !(negative && zero);
    out.is_big = digits > max_digits || scale > max_digits;
    if (!out.is_big) {
        out.small = {negative ? -units : units, scale};
        return true;
    }
    std::string all = std::string(text.substr(first, whole_end - first)) +
                      std::string(text.substr(fraction_begin, last - fraction_begin));
    all.erase(0, std::min(all.find_first_not_of('0'), all.size() - 1));  // a leading 0 would read as octal
    out.big = Rational(Integer(all)) / power_of_ten(scale);
    if (negative) *out.big = -*out.big;
    out.small = {0, scale};  // the scale, for number_text
    return true;
}

Rational to_rational(const Scaled& x) { return Rational(to_integer(x.units)) / power_of_ten(x.scale); }

Rational to_rational(const Number& x) { return x.is_big ? *x.big : to_rational(x.small); }

int compare(const Scaled& a, const Scaled& b) {
    __int128 left = a.units, right = b.units;
    // Bring both to the larger scale. A product too large for __int128 is larger in
    // magnitude than any __int128, so its sign alone decides.
    if (a.scale < b.scale && __builtin_mul_overflow(a.units, power(b.scale - a.scale), &left))
        return a.units < 0 ? -1 : 1;
    if (b.scale < a.scale && __builtin_mul_overflow(b.units, power(a.scale - b.scale), &right))
        return b.units < 0 ? 1 : -1;
    return left < right ? -1 : left > right ? 1 : 0;
}

int compare(const Number& a, const Number& b) {
    if (!a.is_big && !b.is_big) return compare(a.small, b.small);
    const Rational x = to_rational(a), y = to_rational(b);
    return x < y ? -1 : x > y ? 1 : 0;
}

std::optional<Scaled> scaled_of(const Rational& r) {
    Integer rest = denominator(r);
    int twos = 0, fives = 0;
    while (rest % 2 == 0) rest /= 2, ++twos;
    while (rest % 5 == 0) rest /= 5, ++fives;
    const int scale = std::max(twos, fives);
    if (rest != 1 || scale > max_digits) return std::nullopt;
    const Integer units = numerator(r) * numerator(power_of_ten(scale)) / denominator(r);
    static const Integer limit = to_integer(powers[max_digits]);
    if (abs(units) >= limit) return std::nullopt;
    const bool negative = units < 0;
    const Integer magnitude = abs(units);
    const auto high = (magnitude >> 64).convert_to<unsigned long long>();
    const auto low = (magnitude & Integer(~0ULL)).convert_to<unsigned long long>();
    const auto value = static_cast<__int128>((static_cast<unsigned __int128>(high) << 64) | low);
    return Scaled{negative ? -value : value, scale};
}

std::string number_text(const Number& x) {
    if (x.is_big) return decimal_text(*x.big, x.small.scale);
    const bool negative = x.small.units < 0;
    auto magnitude = static_cast<unsigned __int128>(x.small.units);
    if (negative) magnitude = -magnitude;
    std::string digits;
    do {
        digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(magnitude % 10)));
        magnitude /= 10;
    } while (magnitude != 0);
    const auto scale = static_cast<std::size_t>(x.small.scale);
    if (scale > 0) {
        if (digits.size() <= scale) digits.insert(0, scale + 1 - digits.size(), '0');
        digits.insert(digits.size() - scale, ".");
    }
    return (negative ? "-" : "") + digits;
}

void ExactSum::bank() {
    add_big(to_rational(Scaled{units_, scale_}));
    banked_ = true;
    units_ = 0;
}

void ExactSum::add_slowly(const Scaled& x) {
    if (x.scale > scale_) {
        __int128 rescaled;
        if (__builtin_mul_overflow(units_, power(x.scale - scale_), &rescaled)) bank(), rescaled = 0;
        units_ = rescaled;
        scale_ = x.scale;
    }
    __int128 addend = x.units, sum;
    if (x.scale < scale_ && __builtin_mul_overflow(x.units, power(scale_ - x.scale), &addend)) {
        add_big(to_rational(x));
        return;
    }
    if (__builtin_add_overflow(units_, addend, &sum)) bank(), sum = addend;
    units_ = sum;
}

void ExactSum::add_big(const Rational& x) {
    if (bank_) *bank_ += x;
    else bank_ = x;
    banked_ = true;
}

void ExactSum::add_times(const Number& x, std::uint64_t times) {
    __int128 units;
    if (!x.is_big && !__builtin_mul_overflow(x.small.units, static_cast<__int128>(times), &units))
        add(Scaled{units, x.small.scale});
    else
        add_big(to_rational(x) * Rational(Integer(times)));
}

void ExactSum::merge(const ExactSum& other) {
    add(Scaled{other.units_, other.scale_});
    if (other.banked_) add_big(*other.bank_);
}

Rational ExactSum::value() const {
    Rational units = to_rational(Scaled{units_, scale_});
    return bank_ ? *bank_ + units : units;
}

void Extreme::offer_slowly(const Number& x) {
    const int c = has_ ? compare(x, best_) : 0;
    if (has_ && !(greatest_ ? c > 0 : c < 0)) return;
    has_ = true;
    best_.small = x.small;
    best_.is_big = x.is_big;
    if (x.is_big) best_.big = x.big;
}

void Extreme::merge(const Extreme& other) {
    if (other.has_) offer(other.best_);
}

std::optional<Rational> Extreme::value() const {
    if (!has_) return std::nullopt;
    return to_rational(best_);
}

bool ValueCounts::add(const Scaled& x, std::uint64_t n) {
    if (!dense_.empty() && dense(x)) return (dense_[static_cast<std::size_t>(x.units)] += n) == n;
    const bool added = (small_[x] += n) == n;
    counted_ += n;
    if (dense_.empty() && (small_.size() > dense_after || counted_ > dense_after_rows)) {  // many numbers: the small whole ones counted in place
        dense_.resize(dense_size);
        for (auto it = small_.begin(); it != small_.end();)
            if (dense(it->first)) dense_[static_cast<std::size_t>(it->first.units)] = it->second, it = small_.erase(it);
            else ++it;
    }
    return added;
}

void ValueCounts::merge(const ValueCounts& other) {
    for (std::size_t i = 0; i < other.dense_.size(); ++i)
        if (other.dense_[i] > 0) add(Scaled{static_cast<__int128>(i), 0}, other.dense_[i]);
    for (const auto& [value, n] : other.small_) add(value, n);
    for (const auto& [value, n] : other.big_) big_[value] += n;
}

std::size_t ValueCounts::distinct() const {
    const auto dense = std::count_if(dense_.begin(), dense_.end(), [](std::uint64_t n) { return n > 0; });
    return static_cast<std::size_t>(dense) + small_.size() + big_.size();
}

std::optional<Rational> ValueCounts::mode() const {
    Scaled dense_best;
    const Scaled* best = nullptr;
    std::uint64_t most = 0;
    for (std::size_t i = 0; i < dense_.size(); ++i)  // in increasing order: a tie keeps the lesser
        if (dense_[i] > most) dense_best = {static_cast<__int128>(i), 0}, best = &dense_best, most = dense_[i];
    for (const auto& [value, n] : small_)
        if (n > most || (n == most && compare(value, *best) < 0)) best = &value, most = n;
    std::optional<Rational> out;
    if (best) out = to_rational(*best);
    for (const auto& [value, n] : big_)  // in increasing order: a tie keeps the lesser
        if (n > most || (n == most && value < *out)) out = value, most = n;
    return out;
}

}  // namespace claimcheck
