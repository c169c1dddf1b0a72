#pragma once
// An article's text, and what finding a claim's quote in it rests on (the search
// itself is QuoteIndex, engine/quote_index.hpp). Matching forgives typography
// (curly and straight quotes, dashes, non-breaking spaces, line breaks) but nothing
// else, and a quote begins and ends on word and number boundaries.
#include "grammar/source.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

struct Span {
    std::size_t begin = 0;  // byte offsets into the article, [begin, end)
    std::size_t end = 0;
};

// Text with typography folded, and for each byte the offset it came from.
struct Folded {
    std::string text;
    std::vector<std::size_t> origin;  // origin[i]: offset in the original of text[i]
    std::vector<std::size_t> until;   // until[i]: offset just past the original character
};

Folded fold(std::string_view text);

// The text with each byte that is not part of well-formed UTF-8 replaced by
// U+FFFD, so articles from any system can be shown and located in.
std::string valid_utf8(std::string_view text);

// Whether text[begin, end) neither starts nor ends inside a word or a number: not
// "pending" in "spending", not "rose by 5" in "rose by 50%", not "653" in "5,653" nor
// "3" in "-3". Letters of the Latin, Greek and Cyrillic alphabets count as letters.
bool whole_words(std::string_view text, std::size_t begin, std::size_t end);

}  // namespace claimcheck
