#pragma once
// What a mention states, written as a check would write it after `is`: figures as
// the claims language reads them (5,653; 15.5; 2,300,000,000 for "2.3bn"), numbers in
// words as the house style defines them (ten, but 25 for "twenty-five"), vague words
// with their approximator.
#include "engine/articles/mentions.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

// change: a word of change ("doubled"); pair: two counts ("5-4", a score or a vote);
// range: a count between two ("12-15"); share: a part of a whole, never a change ("one in five");
// rank: a place counted from the top or the bottom ("the second highest").
enum class Sort { count, percent, points, ratio, fraction, ordinal, age, change, pair, range, share, rank };

struct Stated {
    Sort sort = Sort::count;
    std::string text;         // "5,653", "44 per cent", "more than a third", "hundreds"; a pair or range's first; a rank's place
    std::string second;       // a pair or range's second number; a rank's end: "top" or "bottom"
    std::string currency;     // "£" for "£2.3bn"
    bool vocabulary = false;  // a word of the house style
    bool known = true;        // false: a word the house style does not define ("scores", "quadrupled")
};

// `vocabulary`: the house style's words, as its rules define them (engine/lang/vocabulary.hpp).
Stated stated(const Mention& m, const Vocabulary& vocabulary);

}  // namespace claimcheck
