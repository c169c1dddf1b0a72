#pragma once
// A hint's check as drafting fills it (engine/extract/hints.hpp): the shape of what its
// placeholders take, its function and its test, and the number the test prints.
#include "engine/core/exact.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace claimcheck {

// What a hint's placeholders take: one figure, a rate over its period, two of one quantity in
// order (earlier first, or later over earlier), any two (a share, a ratio), a figure over a
// count of people (per_1000), or a place in an order ("finished second"): a figure the data
// gives, never arithmetic or a table's aggregate (a mean of 1.63 goals is no league position).
enum class HintShape { one, rate, ordered, later_over_earlier, any_pair, per_people, position };

// A hint check read: "change(<before>, <after>) is 44%" -> ordered, "change", " is 44%".
struct Template {
    HintShape shape = HintShape::one;
    bool money = false;    // the number is an amount ("<amount>", "£3.4m")
    std::string function;  // per_day, change, share, ...
    std::string test;      // " is 44%", " >= 12"
};

// "change(<before>, <after>) is 44%" -> ordered pairs under change, then " is 44%"; nothing for
// a check whose placeholders drafting cannot fill.
std::optional<Template> read_template(const std::string& check);

// "top(<values by group>) == <group>" -> "top"; nothing for any other check.
std::optional<std::string> read_rank(const std::string& check);

// The number a check's test prints ("is 1,445" -> 1445, "is 44%" -> 0.44, "is £3.4m" ->
// 3,400,000), read as the article scanner reads figures; nothing for words ("is hundreds").
std::optional<Rational> printed_number(std::string_view test);

}  // namespace claimcheck
