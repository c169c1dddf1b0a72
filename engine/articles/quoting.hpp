#pragma once
// The quote for a mention, found exactly once in the article as `check` will look for
// it (QuoteIndex): in a sentence of ordinary length the shortest of its clause, its
// sentence and two sentences; in a long sentence a window of words around the number,
// between commas, widened word by word only as far as it takes to be unique. A quote
// stays short whatever the article, so a skeleton grows with the article, not its square.
#include "engine/articles/article.hpp"
#include "engine/articles/clauses.hpp"
#include "engine/articles/quote_index.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
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

    // Occurrences of the text in the article as `check` counts them (overlapping ones
    // too), counting no further than `enough`.
    std::size_t occurrences(std::string_view quote, std::size_t enough = SIZE_MAX) const;

private:
    Quote quoted(Span stretch, Span keep) const;
    std::vector<Span> sentence_tries(std::size_t sentence, Span mention) const;
    std::vector<Span> window_tries(Span sentence, Span mention) const;
    bool has_words(Span stretch, Span mention) const;
    std::string_view::const_iterator at(std::size_t i) const;  // text_[i]'s
    bool letters(std::size_t begin, std::size_t end) const;  // whether text_[begin, end) holds a letter
    // `sentence`: the tries are a short sentence's, whose answers are kept for its other numbers.
    Quote first_unique(const std::vector<Span>& tries, Span mention, std::optional<std::size_t> sentence) const;

    std::string_view text_;
    Divided divided_;
    QuoteIndex index_;
    bool once(const Quote& quote, std::optional<std::size_t> sentence) const;  // the article holds it once

    // Counts of quotes found more than once: an article that repeats a sentence many
    // times asks for the same count many times.
    mutable std::map<std::string, std::size_t, std::less<>> repeated_;
    // Whether each stretch tried around the numbers of one short sentence is unique: each
    // of its numbers tries the same sentence, and folding it again for each would cost the
    // sentence once a number. Kept for one sentence at a time, so it stays small.
    mutable std::optional<std::size_t> unique_in_;
    mutable std::map<std::pair<std::size_t, std::size_t>, bool> unique_;
};

}  // namespace claimcheck
