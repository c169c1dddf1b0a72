#pragma once
// Every number an article mentions, as a careful reader would mark it: figures
// (5,653), percentages (44 per cent), numbers in words (three, a third), vague
// quantities (hundreds, nearly 100); dates, spans of time ("12 months") and
// ages are told apart, since they are not counts a claim would check.
#include "article.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

enum class MentionKind { figure, percent, words, vague, date, age };  // date: also a span of time

struct Mention {
    Span span;
    MentionKind kind = MentionKind::figure;
    std::string text;  // as written
};

const char* kind_name(MentionKind kind);  // "figure", "percent", ...

// Counts, percentages, words and vague quantities: what a claim should cover.
bool is_quantity(MentionKind kind);

std::vector<Mention> find_mentions(std::string_view text);

}  // namespace claimcheck
