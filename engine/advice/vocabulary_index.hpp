#pragma once
// The house style's words as suggestions use them, worked out once per scope: a
// claim of thousands of failing checks against a vocabulary of thousands of words
// must not build every word's meaning again for every check.
//  - words alone ("dozens", "hundreds"): which is the first, in the vocabulary's
//    order, whose strict reading holds for a value (a stabbing query);
//  - words for a value ("a third", "six"): each one's value, sorted, so those near
//    a figure are found by halving; one word for each value, the first defined;
//  - words before a figure ("more than N", "nearly N") to suggest: those that put a
//    floor under the figure, one for each distinct reading, in the rules' order.
#include "engine/core/reading.hpp"
#include "engine/lang/scope.hpp"
#include "engine/lang/value.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck {

class MeaningBuilder;

class VocabularyIndex {
public:
    struct Word {
        std::string key;  // the words: "a third"
        const Definition* definition = nullptr;
        std::size_t rank = 0;  // place in the vocabulary's order
        bool plain = false;    // a head before a figure that reaches furthest on its side of N ("nearly", "more than")
    };
    struct Valued {
        Word word;
        Value value;
    };

    // A word whose meaning or value cannot be worked out is left out, as trying it would.
    VocabularyIndex(const Scope& scope, MeaningBuilder& meanings);

    // The first word alone whose strict reading holds for x.
    const Word* first_holding(const Rational& x) const;
    // The first word, in the vocabulary's order, whose value is a plain number equal to n.
    const Word* numeral(const Rational& n) const;
    // The words for a value of `dimension` with a value inside interval, in the vocabulary's order;
    // of words with one value, the first the rules define.
    std::vector<const Valued*> valued_within(Dimension dimension, const Interval& interval) const;
    // The words before a figure a suggestion may use, the first defined first.
    const std::vector<Word>& heads() const { return heads_; }

private:
    void cover(std::size_t node, std::size_t low, std::size_t high, std::size_t first, std::size_t last,
               std::size_t rank);
    std::size_t slot_of(const Rational& x) const;

    std::vector<Word> heads_;                      // by the order defined
    std::vector<Word> alone_;                      // words alone, by rank
    std::vector<Rational> points_;                 // every bound of their strict readings, sorted
    std::vector<std::size_t> lowest_;              // segment tree over slots: the lowest rank covering a node
    std::map<Rational, const Word*> numerals_;     // plain-number values, the first word for each
    std::vector<Valued> valued_;                   // every word for a value, by rank
    std::map<int, std::vector<std::pair<Rational, std::size_t>>> by_value_;  // by dimension: (value, index)
};

}  // namespace claimcheck
