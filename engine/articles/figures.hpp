#pragma once
// A figure as an article writes it ("5,653", "-3", "1st", "£2.3bn", "0.5 million", "15k"),
// read as the claims language writes the number: "5,653", "-3", "1", "2,300,000,000",
// "500,000", "15,000". A multiplier is read into the value, exactly.
#include <optional>
#include <string>
#include <string_view>

namespace claimcheck {

struct Figure {
    std::string literal;   // as a check writes it after `is`
    std::string currency;  // "£", "$", "€", or empty
    bool ordinal = false;  // 1st, 2nd
    std::size_t end = 0;   // where the figure ends in the text; what follows is its unit ("%", "per cent")
};

// The figure at the start of `text`, or nothing when it does not start with one.
std::optional<Figure> read_figure(std::string_view text);

// The power of ten a multiplier word stands for, in any case (engine/core/magnitudes.hpp):
// "k" 3 and "m" 6 attached only, "thousand" 3, "million" 6, "bn" 9; 0 for any other word.
int multiplier_power(std::string_view word, bool attached);

}  // namespace claimcheck
