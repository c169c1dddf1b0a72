#pragma once
// Every number an article mentions, as a careful reader would mark it: figures
// (5,653, £2.3bn, -3), percentages (44 per cent, fifteen per cent), numbers in words
// (three, twenty-one, a hundred and twenty, a third, one in five, doubled, twice as),
// vague quantities (hundreds, tens of thousands, several, nearly 100), ratios (3:1),
// scores (5-4) and ranges (12-15); dates, spans of time ("12 months") and ages are
// told apart, since they are not counts a claim would check. Coverage (anchor.cpp)
// and extract (extract.cpp) both read articles with this, so they agree.
#include "engine/articles/article.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

enum class MentionKind { figure, percent, words, vague, ratio, score, range, date, age };  // date: also a span of time

struct Mention {
    Span span;
    MentionKind kind = MentionKind::figure;
    std::string text;  // as written
};

const char* kind_name(MentionKind kind);  // "figure", "percent", ...

// Everything but dates and ages: what a claim should cover.
bool is_quantity(MentionKind kind);

// `article` names it where a run stopped by --time-limit says so.
std::vector<Mention> find_mentions(std::string_view text, std::string_view article = "an article");

}  // namespace claimcheck
