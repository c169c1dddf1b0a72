#pragma once
// Where clauses and sentences end in article text, for choosing a quote: a full stop
// (not a decimal point, not "No."), a line break that is not a hand wrap, a control
// character (ESC, NUL: never part of a quote), a semicolon or colon, brackets and spaced dashes.
#include "engine/articles/article.hpp"

#include <string_view>
#include <vector>

namespace claimcheck {

// The stretches of text between breaks that hold a letter or a digit, in order, disjoint.
struct Divided {
    std::vector<Span> clauses;    // bounded by every break
    std::vector<Span> sentences;  // bounded by sentence ends and line breaks only
};

Divided divide(std::string_view text);

// The index of the stretch holding the span, or stretches.size().
std::size_t holding(const std::vector<Span>& stretches, Span span);

// The stretch without spaces and punctuation at its ends (a minus sign before a digit
// stays); `keep` (the mention) stays whole.
Span trimmed(std::string_view text, Span stretch, Span keep);

}  // namespace claimcheck
