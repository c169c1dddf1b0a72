#pragma once
// The house style's vocabulary as plain data: each phrase a `define` in the rules gives
// meaning to, with its shape. engine/lang/vocabulary.cpp builds it from the loaded rules;
// the article scanner (mentions), extract and their tests read it, so a newsroom's own
// word in its own rules file is found in articles like the house style's. Nothing here
// knows the claims language: a lower layer gets the words, not the definitions.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimcheck {

enum class WordShape {
    head,      // a phrase before a number: "more than N", "nearly N", "below N"
    alone,     // a quantity by itself, with no number: "hundreds", "dozens"
    count,     // a word standing for a number: "ten", "a dozen", "a hundred"
    fraction,  // a word standing for a share: "a third", "half"
    change,    // a word standing for a change: "doubled" (+100%), "halved" (-50%)
    per,       // a phrase with a number that stands for a share: "one in N"
    direction, // a phrase that gives a figure its direction: "a fall of N" (-N), "up N"
    ratio,     // a word standing for a multiple: "twice as many" (2 times), "half as many"
    multiple,  // words around a number, read as a change: "N times more", "a N fold rise"
};

struct VocabularyWord {
    std::vector<std::string> words;  // in lower case: {"more", "than"}
    WordShape shape = WordShape::alone;
    std::vector<std::string> after;  // a multiple's words after its number: {"times", "more"}
    bool falls = false;              // a direction that makes its figure a fall: "a fall of N" (-N)

    std::string text() const;    // "more than"
    std::string phrase() const;  // as the rules define it: "more than N", "hundreds", "N times more"
};

struct Vocabulary {
    std::vector<VocabularyWord> words;  // longest first, then in the rules' order; each phrase once

    // Adds each phrase unless one with the same words is there (the first stays); keeps longest
    // first, then in order. All at once: a program of many thousand defines is sorted once.
    void add(std::vector<VocabularyWord> more);
    // The words of one shape, longest first.
    std::vector<const VocabularyWord*> of(WordShape shape) const;
    // Whether `text` ("more than", "a third", lower case, words separated by one space) is a word of `shape`.
    bool has(WordShape shape, std::string_view text) const;
};

// The words of one shape by their first word, each list longest first: a scanner asks at every
// token of an article, and most tokens start none of them.
class WordsByFirst {
public:
    explicit WordsByFirst(const std::vector<const VocabularyWord*>& words);
    // The words whose first word is `first`, longest first.
    const std::vector<const VocabularyWord*>& starting(const std::string& first) const;
    // The words with nothing before their number ("N times more"): they may start anywhere.
    const std::vector<const VocabularyWord*>& unstarted() const { return unstarted_; }

private:
    std::unordered_map<std::string, std::vector<const VocabularyWord*>> by_first_;
    std::vector<const VocabularyWord*> unstarted_;
};

}  // namespace claimcheck
