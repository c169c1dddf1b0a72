#pragma once
// An article folded once (fold) and indexed by its 8-byte windows, so
// each quote is looked for only where its rarest window occurs: anchoring or drafting
// thousands of quotes in one article takes time in proportion to the article, not its square.
#include "article.hpp"

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace claimcheck {

class QuoteIndex {
public:
    explicit QuoteIndex(std::string_view article);

    // Where the quote occurs, folded as the article is (overlapping ones too, on word
    // boundaries: whole_words), in order, as spans of the article; no more than `enough` of them.
    std::vector<Span> find(std::string_view quote, std::size_t enough = SIZE_MAX) const;

private:
    std::vector<std::size_t> places(const std::string& needle, std::size_t enough) const;

    Folded folded_;
    std::vector<std::pair<std::uint64_t, std::size_t>> windows_;  // (window, offset in folded_.text), sorted
};

}  // namespace claimcheck
