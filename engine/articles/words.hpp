#pragma once
// Characters and words of article text as the extractor reads them: ASCII letters
// and digits, white space as fold() reads it, and words with inner hyphens.
#include "engine/core/ascii.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

inline bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
// A C0 control character but white space, or DEL: the parser's screen refuses them in a claims
// file, so no quote or phrase holds one.
inline bool control(char c) { return (static_cast<unsigned char>(c) < 0x20 && !space(c)) || c == 0x7F; }
inline bool letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool alnum(char c) { return letter(c) || is_digit(c); }

// Runs of white space as one space, none at the ends: a quote sits on one line, and
// a quote is matched with any run of white space as one space, so it still matches across a line break.
std::string one_line(std::string_view s);

template <std::size_t N>
bool among(const std::array<std::string_view, N>& list, std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

struct Word {
    std::size_t begin;  // offsets into the text searched
    std::size_t end;
    std::string text;  // lower case
};

// Words (letters, with inner hyphens and apostrophes: "internet-related") and numbers in
// t[begin, end); split at hyphens too when asked ("three-years-old").
std::vector<Word> words_in(std::string_view t, std::size_t begin, std::size_t end, bool split_hyphens = false);

}  // namespace claimcheck
