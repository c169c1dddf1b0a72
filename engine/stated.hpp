#pragma once
// What a mention states, written as a check would write it after `is`: figures as
// the claims language reads them (5,653; 15.5), numbers in words as the house style
// defines them (ten, but 25 for "twenty-five"), vague words with their approximator.
#include "mentions.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

enum class Sort { count, percent, points, ratio, fraction, ordinal, age };

struct Stated {
    Sort sort = Sort::count;
    std::string text;         // "5,653", "44 per cent", "more than a third", "hundreds"
    bool vocabulary = false;  // a word of the house style
    bool known = true;        // false: a word the house style does not define ("scores")
};

Stated stated(const Mention& m);

// A number written in cardinal words only: "twenty-five", "two hundred and five", "thousand".
bool cardinal_words(std::string_view text);

// Vocabulary the suggestions may use, with N for a number ("nearly N"): each must be
// defined in rules/house-style.claims or rules/numbers.claims.
const std::vector<std::string>& suggested_vocabulary();

}  // namespace claimcheck
