#pragma once
// Numbers written in words, as the mention finder (engine/articles/mentions.cpp) and what a
// mention states (engine/extract/stated.cpp) both read them, so coverage and extract agree:
// "twenty-one" and "a hundred and twenty" are one number each, "five six" is two.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

// one to nineteen, the tens, hundred, thousand, million, billion (lower case).
bool cardinal_word(std::string_view word);
// "fivefold": a number word and "fold" written as one ("five-fold" is two words already).
bool folded_number(std::string_view word);

// The value of lower-case words, split at hyphens, that make exactly one number:
// {"twenty", "one"} 21, {"a", "hundred", "and", "twenty"} 120, {"two", "thousand"} 2000;
// nothing for {"five", "six"}, {"and"} or {"a"}.
std::optional<long long> cardinal_value(const std::vector<std::string>& words);

// second to tenth: 2 to 10; nothing otherwise ("first" is rarely a count).
std::optional<long long> ordinal_value(std::string_view word);

}  // namespace claimcheck
