#pragma once
// ASCII digits, one definition for every layer: cells, articles, claims files and drafts all
// read numbers written in them (a digit of another script is no digit here).
#include <algorithm>
#include <string_view>

namespace claimcheck {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Whether s is one or more digits and nothing else.
inline bool all_digits(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), is_digit); }

}  // namespace claimcheck
