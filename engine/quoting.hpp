#pragma once
// The quote for a mention: the shortest of its clause, its sentence and two sentences
// that the article holds exactly once, as `check` will look for it (find_quote).
#include "article.hpp"
#include "clauses.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimcheck {

struct Quote {
    Span span;                    // where in the article it was taken from
    std::string text;             // on one line, unescaped
    std::size_t occurrences = 1;  // times the article holds it; 1 unless no try was unique
};

class Quoting {
public:
    explicit Quoting(std::string_view text);  // the article; it must outlive this

    Quote around(Span mention) const;

    // Occurrences of the text in the article as find_quote counts them (overlapping ones too).
    std::size_t occurrences(std::string_view quote) const;

private:
    Quote quoted(Span stretch, Span keep) const;

    std::string_view text_;
    Divided divided_;
    std::string folded_;  // the article as find_quote reads it
    // Every 8-byte window of folded_ with its offset, sorted: a quote is looked for only
    // where its rarest window occurs, not in the whole article, so that extracting from a
    // long article takes time in proportion to its length.
    std::vector<std::pair<std::uint64_t, std::size_t>> windows_;
};

}  // namespace claimcheck
