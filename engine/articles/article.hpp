#pragma once
// An article's text, and what finding a claim's quote in it rests on (the search
// itself is QuoteIndex, engine/articles/quote_index.hpp). Matching forgives typography
// (curly and straight quotes, dashes, non-breaking spaces, line breaks, invisible
// characters) but nothing else, and a quote begins and ends on word and number boundaries.
#include "engine/articles/offset_map.hpp"
#include "engine/core/source.hpp"
#include "engine/core/utf8.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimcheck {

struct Span {
    std::size_t begin = 0;  // byte offsets into the article, [begin, end)
    std::size_t end = 0;
};

// Text with typography folded (a run of white space is one space; characters a reader
// cannot see are dropped), and the way back to the original's offsets (OffsetMap).
class Folded {
public:
    const std::string& text() const { return text_; }
    std::size_t size() const { return text_.size(); }
    std::size_t origin(std::size_t i) const { return map_.origin(i); }  // offset in the original of text()[i]
    std::size_t until(std::size_t i) const { return map_.until(i); }    // just past the original character of text()[i]

    // Whether text()[begin, end) neither starts nor ends inside a word or a number: not
    // "pending" in "spending", not "rose by 5" in "rose by 50%", not "653" in "5,653" nor
    // "3" in "-3", nor "5" in "5 000" written with a no-break or thin space (a space that
    // groups a number's digits). Letters of the Latin, Greek and Cyrillic alphabets count
    // as letters.
    bool whole_words(std::size_t begin, std::size_t end) const;

private:
    friend Folded fold(std::string_view text);
    bool splits(std::size_t at) const;

    std::string text_;
    OffsetMap map_;
    std::vector<std::size_t> groupings_;  // folded offsets of spaces that group a number's digits
};

Folded fold(std::string_view text);

// fold(text).text() alone, without the map back: what a quote is looked for as.
std::string folded_text(std::string_view text);

}  // namespace claimcheck
