#pragma once
// Every number an article mentions, as a careful reader would mark it: figures
// (5,653, £2.3bn, -3), percentages (44 per cent, fifteen per cent), numbers in words
// (three, twenty-one, a hundred and twenty, a third, one in five, doubled, twice as many),
// vague quantities (hundreds, tens of thousands, several, nearly 100), ratios (3:1),
// scores (5-4), ranges (12-15) and ranks (the second highest); dates, spans of time ("12 months") and ages are
// told apart, since they are not counts a claim would check. Coverage (anchor.cpp)
// and extract (extract.cpp) both read articles with this, so they agree.
#include "engine/articles/article.hpp"
#include "engine/core/vocabulary.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

// date: also a span of time; rank: "the second highest", "the worst-affected"
enum class MentionKind { figure, percent, words, vague, ratio, multiple, score, range, date, age, rank };

struct Mention {
    Span span;
    MentionKind kind = MentionKind::figure;
    std::string text;  // as written
};

const char* kind_name(MentionKind kind);  // "figure", "percent", ...

// Everything but dates and ages: what a claim should cover.
bool is_quantity(MentionKind kind);

// `vocabulary`: the house style's words, from the rules (engine/lang/vocabulary.hpp builds
// it): "nearly 100", "hundreds", "a third", "doubled" are found as its rules define them;
// plain English number syntax (figures, numbers in words, dates, "one in five") whatever
// the rules. `article` names it where a run stopped by --time-limit says so.
std::vector<Mention> find_mentions(std::string_view text, const Vocabulary& vocabulary,
                                   std::string_view article = "an article");

// "doubled", "quadrupled": a verb of change a reader marks as a number, defined or not.
bool change_verb(std::string_view word);

}  // namespace claimcheck
