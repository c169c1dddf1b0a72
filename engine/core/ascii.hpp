#pragma once
// ASCII digits and letter case, one definition for every layer: cells, articles, claims files
// and drafts all read numbers and words written in them (a digit of another script is no digit
// here, and only A to Z have a lower case; the C library's versions follow the locale).
#include <algorithm>
#include <string>
#include <string_view>

namespace claimcheck {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Whether s is one or more digits and nothing else.
inline bool all_digits(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), is_digit); }

inline char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = lower(c);
    return out;
}

// Whether a and b are the same text but for the case of their ASCII letters.
inline bool same_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == lower(y); });
}

}  // namespace claimcheck
