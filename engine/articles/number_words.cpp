#include "engine/articles/number_words.hpp"

#include <algorithm>
#include <array>
#include <climits>

namespace claimcheck {

namespace {

constexpr std::array<std::string_view, 19> units = {
    "one",    "two",     "three",     "four",     "five",    "six",     "seven",
    "eight",  "nine",    "ten",       "eleven",   "twelve",  "thirteen", "fourteen",
    "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 8> tens = {"twenty", "thirty", "forty", "fifty",
                                                  "sixty",  "seventy", "eighty", "ninety"};
constexpr std::array<std::string_view, 3> scales = {"thousand", "million", "billion"};
constexpr std::array<std::string_view, 9> ordinals = {"second",  "third",  "fourth", "fifth", "sixth",
                                                      "seventh", "eighth", "ninth",  "tenth"};

template <std::size_t N>
std::optional<long long> position(const std::array<std::string_view, N>& list, std::string_view w) {
    auto it = std::find(list.begin(), list.end(), w);
    if (it == list.end()) return std::nullopt;
    return it - list.begin();
}

// Reads words from the front, the largest part first, as "two thousand and five" is said.
class Reader {
public:
    explicit Reader(const std::vector<std::string>& words) : w_(words) {}

    std::optional<long long> number() {
        long long total = 0, last_scale = LLONG_MAX;
        for (;;) {
            std::optional<long long> part;
            if (at("a") && scale(i_ + 1)) {
                part = 1;
                ++i_;
            } else if (scale(i_)) {
                part = 1;  // "thousand"
            } else {
                part = below_thousand();
            }
            if (!part) return std::nullopt;
            std::optional<long long> s = scale(i_);
            if (!s || *s >= last_scale) return total + *part;
            ++i_;
            total += *part * *s;
            last_scale = *s;
            if (i_ == w_.size()) return total;
            if (at("and")) ++i_;  // "two thousand and five"
        }
    }

    bool done() const { return i_ == w_.size(); }

private:
    bool at(std::string_view s) const { return i_ < w_.size() && w_[i_] == s; }
    std::optional<long long> scale(std::size_t i) const {
        if (i >= w_.size()) return std::nullopt;
        if (auto k = position(scales, w_[i])) return k == 0 ? 1000LL : k == 1 ? 1000000LL : 1000000000LL;
        return std::nullopt;
    }
    std::optional<long long> unit(std::size_t i, long long most) const {
        if (i >= w_.size()) return std::nullopt;
        auto k = position(units, w_[i]);
        if (!k || *k + 1 > most) return std::nullopt;
        return *k + 1;
    }

    // 1 to 99: "seven", "seventeen", "seventy", "seventy-one".
    std::optional<long long> below_hundred() {
        if (auto u = unit(i_, 19)) {
            ++i_;
            return u;
        }
        if (i_ >= w_.size()) return std::nullopt;
        auto t = position(tens, w_[i_]);
        if (!t) return std::nullopt;
        ++i_;
        long long value = (*t + 2) * 10;
        if (auto u = unit(i_, 9)) {
            ++i_;
            value += *u;
        }
        return value;
    }

    // 1 to 999: "a hundred and five", "two hundred", "hundred", "ninety-nine".
    std::optional<long long> below_thousand() {
        long long hundreds = 0;
        if (at("hundred")) {
            hundreds = 100;
            ++i_;
        } else if (i_ + 1 < w_.size() && w_[i_ + 1] == "hundred" && (at("a") || unit(i_, 9))) {
            hundreds = (at("a") ? 1 : *unit(i_, 9)) * 100;
            i_ += 2;
        }
        if (hundreds == 0) return below_hundred();
        std::size_t before_and = i_;
        if (at("and")) ++i_;
        if (auto rest = below_hundred()) return hundreds + *rest;
        i_ = before_and;  // an "and" with no number after it is not the number's
        return hundreds;
    }

    const std::vector<std::string>& w_;
    std::size_t i_ = 0;
};

}  // namespace

bool cardinal_word(std::string_view word) {
    return position(units, word) || position(tens, word) || position(scales, word) || word == "hundred";
}

bool folded_number(std::string_view word) {
    return word.size() > 4 && word.ends_with("fold") && cardinal_word(word.substr(0, word.size() - 4));
}

std::optional<long long> cardinal_value(const std::vector<std::string>& words) {
    Reader reader(words);
    std::optional<long long> value = reader.number();
    if (!value || !reader.done()) return std::nullopt;
    return value;
}

std::optional<long long> ordinal_value(std::string_view word) {
    if (auto k = position(ordinals, word)) return *k + 2;
    return std::nullopt;
}

}  // namespace claimcheck
