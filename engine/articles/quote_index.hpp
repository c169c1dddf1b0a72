#pragma once
// An article folded once (fold) and indexed by its 8-byte windows, so each quote is
// looked for only where its rarest window occurs: anchoring or drafting thousands of
// quotes in one article takes time in proportion to the article, not its square. No
// quote costs more than one linear pass over the article (a search that finds too
// many false starts in the index goes on as a linear-time scan), and the index costs
// four bytes per byte of the article.
#include "engine/articles/article.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

class QuoteIndex {
public:
    // `name` is the article's, for a run stopped by its time limit to say where.
    explicit QuoteIndex(std::string_view article, std::string name = "an article");

    struct Places {
        std::vector<Span> first;  // the first `keep`, in order, as spans of the article
        std::size_t count = 0;    // all of them
    };
    // Where the quote occurs, folded as the article is (overlapping ones too, on word and
    // number boundaries: Folded::whole_words).
    Places find(std::string_view quote, std::size_t keep = SIZE_MAX) const;

    // How many times the quote occurs, as find() counts, counting no further than `enough`.
    std::size_t count(std::string_view quote, std::size_t enough = SIZE_MAX) const;

private:
    // Calls visit(offset in the folded text) for each occurrence of the folded needle,
    // until it returns false; `in_order` says whether the calls come in order of offset.
    template <typename Visit>
    void each(std::string_view needle, bool& in_order, Visit&& visit) const;
    template <typename Visit>
    void scan(std::string_view needle, std::size_t from, Visit&& visit) const;
    std::uint64_t key(std::size_t at) const;
    std::pair<std::size_t, std::size_t> range(std::uint64_t low, std::uint64_t high) const;

    void checkpoint() const;

    std::string name_;
    Folded folded_;
    // Every offset of the folded text, by the (big-endian) 8 bytes from it, then by offset;
    // empty for a text of 4 GiB or more, where every search is a linear scan.
    std::vector<std::uint32_t> order_;
    // For a long text: starts_[k], where in order_ the offsets whose first two bytes are k begin.
    std::vector<std::uint32_t> starts_;
};

// The quote as it is looked for: folded, without spaces at its ends.
std::string folded_quote(std::string_view quote);

}  // namespace claimcheck
