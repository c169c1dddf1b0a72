#pragma once
// Exact numbers from table cells kept as scaled integers (units / 10^scale in
// an __int128), so that a row costs an integer addition or comparison, never
// a rational. GMP takes over only past 38 digits or when a sum overflows.
#include "engine/core/exact.hpp"
#include "engine/core/unaligned.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimcheck {

// units / 10^scale. Cells are parsed in lowest terms: no trailing zeros after
// the point (1.50 is (15, 1)), so equal values have equal representations.
struct Scaled {
    __int128 units = 0;
    int scale = 0;  // 0..38
    bool operator==(const Scaled&) const = default;
};

// A cell's number: `small` when its digits fit in 38 places, otherwise `big`. The
// rational is made only for a big number: a cell, a minimum or a sum of small ones
// takes no memory beyond its own bytes (a table of a million columns, a million groups).
struct Number {
    Scaled small;
    bool is_big = false;
    std::optional<Rational> big;  // when is_big
    bool canonical = true;   // the text was already written the canonical way (see number_text)
};

enum class NumberSyntax { integer, decimal };  // -?[0-9]+  or  -?[0-9]+(\.[0-9]+)?

// Parses text written in the syntax; false when it is not so written.
bool parse_number(std::string_view text, NumberSyntax syntax, Number& out);

// The value of text when it is one to eight ASCII digits (leading zeros allowed); false when
// another byte is among them. text is 1 to 8 bytes, and 8 bytes from its start may be read
// (Record::wide): it is read as one word, with no loop, whose end the processor mispredicts
// as counts of one, two and three digits come by turns. The digits are checked together, then
// combined in pairs, fours and eights by three multiplications, as simdjson and fast_float read
// eight digits.
inline bool few_digits(std::string_view text, std::int64_t& value) {
    const std::size_t n = text.size();
    const std::uint64_t keep = ~std::uint64_t{0} >> (64 - 8 * n);
    std::uint64_t t = (load64(text.data()) & keep) ^ (0x3030303030303030ULL & keep);  // a digit's byte: 0 to 9
    if (((t + 0x7676767676767676ULL) | t) & 0x8080808080808080ULL) return false;  // a byte past 9
    t <<= 8 * (8 - n);  // the first digit is the lowest byte: the zero bytes below it lead
    t = t * 10 + (t >> 8);
    t = (((t & 0x000000FF000000FFULL) * (100 + (1000000ULL << 32))) +
         (((t >> 16) & 0x000000FF000000FFULL) * (1 + (10000ULL << 32)))) >> 32;
    value = static_cast<std::int64_t>(t & 0xFFFFFFFFULL);
    return true;
}

Rational to_rational(const Scaled& x);
Rational to_rational(const Number& x);

int compare(const Scaled& a, const Scaled& b);  // -1, 0 or 1; exact whatever the scales
int compare(const Number& a, const Number& b);

// The exact Scaled value of r, when r is a decimal fraction that fits.
std::optional<Scaled> scaled_of(const Rational& r);

// A number written the one canonical way: no leading zeros, no trailing zeros
// after the point, no point without a fraction, no minus zero: "13", "-0.5".
std::string number_text(const Number& x);

Integer to_integer(__int128 x);

// An exact running sum. Additions at one scale are plain __int128 additions;
// what would overflow is moved into a GMP rational bank, so speed does not
// depend on how often overflow happens.
class ExactSum {
public:
    void add(const Scaled& x) {
        __int128 sum;
        if (x.scale == scale_ && !__builtin_add_overflow(units_, x.units, &sum)) units_ = sum;
        else add_slowly(x);
    }
    void add(const Number& x) {
        if (x.is_big) add_big(*x.big);
        else add(x.small);
    }
    void add_times(const Number& x, std::uint64_t times);  // x added `times` times over
    void merge(const ExactSum& other);
    Rational value() const;
    bool banked() const { return banked_; }  // whether the sum ever left __int128

private:
    void add_slowly(const Scaled& x);
    void add_big(const Rational& x);
    void bank();
    __int128 units_ = 0;
    int scale_ = 0;
    bool banked_ = false;
    std::optional<Rational> bank_;  // made when first needed
};

// The least or the greatest of the numbers offered.
class Extreme {
public:
    explicit Extreme(bool greatest) : greatest_(greatest) {}
    void offer(const Number& x) {
        if (has_ && !x.is_big && !best_.is_big) {
            const int c = compare(x.small, best_.small);
            if (greatest_ ? c > 0 : c < 0) best_.small = x.small;
            return;
        }
        offer_slowly(x);
    }
    void merge(const Extreme& other);
    std::optional<Rational> value() const;

private:
    void offer_slowly(const Number& x);
    bool greatest_;
    bool has_ = false;
    Number best_;
};

// How often each number occurs: for the mode and for counting distinct values.
class ValueCounts {
public:
    // Whether x was not seen before; counted `times` times over.
    bool add(const Number& x, std::uint64_t times) {
        if (x.is_big) return (big_[*x.big] += times) == times;
        return add(x.small, times);
    }
    // Whether x was not seen before.
    bool add(const Number& x) {
        if (!x.is_big && !dense_.empty() && dense(x.small)) return ++dense_[static_cast<std::size_t>(x.small.units)] == 1;
        if (x.is_big) return ++big_[*x.big] == 1;
        return add(x.small, 1);
    }
    void merge(const ValueCounts& other);
    std::size_t distinct() const;
    std::optional<Rational> mode() const;  // the most frequent; of equally frequent, the least

private:
    struct Hash {
        std::size_t operator()(const Scaled& x) const {
            const auto u = static_cast<unsigned __int128>(x.units);
            const auto mixed = static_cast<std::uint64_t>(u) ^ (static_cast<std::uint64_t>(u >> 64) * 31) ^
                               static_cast<std::uint64_t>(x.scale);
            return static_cast<std::size_t>(mixed * 0x9E3779B97F4A7C15ULL);
        }
    };
    // Small whole numbers (ages, say) are counted in place once there are many numbers or
    // many rows: not before, so a mode over each of a million groups of a few rows stays small.
    static constexpr int dense_size = 256;
    static constexpr std::size_t dense_after = 32;         // distinct numbers held before the dense counts
    static constexpr std::uint64_t dense_after_rows = 4096;  // or numbers counted (the counts are 2 KB)
    static bool dense(const Scaled& x) { return x.scale == 0 && x.units >= 0 && x.units < dense_size; }
    bool add(const Scaled& x, std::uint64_t n);
    std::vector<std::uint64_t> dense_;
    std::unordered_map<Scaled, std::uint64_t, Hash> small_;  // other numbers
    std::map<Rational, std::uint64_t> big_;
    std::uint64_t counted_ = 0;  // numbers counted in small_
};

}  // namespace claimcheck
