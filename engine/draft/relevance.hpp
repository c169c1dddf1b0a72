#pragma once
// How much the words around a statement say about a figure: the words it shares with the
// figure's name, label and comments, and its period, weighted by how few figures share
// each word. Scores are whole tenths, so ranking is exact and the same on every machine.
#include "engine/articles/article.hpp"
#include "engine/draft/data.hpp"

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

// Words as drafting compares them: lowercased and stemmed ("arrested", "arrests": "arrest"), common words and
// words of time ("year", "last") left out, "2016/17", "2016-17" and "FY2016/17" one word.
// Each with where it begins in `text`.
struct ContentWord {
    std::string word;
    std::size_t begin = 0;
};
std::vector<ContentWord> content_words(std::string_view text);

// The words around one statement: those next to it (its own, "13 was the most common age",
// and a few either side, up to the statements next to it), the rest of its clause (the part
// of its sentence between those statements), the rest of its sentence, its paragraph and
// the article's headline.
struct Context {
    std::set<std::string> near, clause, sentence, paragraph, headline;
    bool latest = false;  // "last year", "this year", "in the past 12 months": the latest period
    bool two_periods = false;  // "in the last two years"
    // Words of arithmetic in its clause: a sum ("total", "combined"), a difference ("more",
    // "short of", "over budget") or a quotient ("per", "each", "average"); only these let a
    // candidate be a sum, a difference or a quotient.
    bool sum = false, difference = false, quotient = false;
    // The number is a level, not a change ("rose to 17%", "was 5.9%", "stood at 12"): a
    // percentage may be a figure published as one.
    bool level = false;
    std::set<std::string> whole;  // "a third of appeals": the words after "of" that name a share's whole
    bool whole_before = false;    // "a quarter of them", "of the total": the whole is what the words before counted
    bool rank = false;  // the statement is a rank ("the most"), as extract hints it: grouped sums are tried
    std::vector<std::string> names;  // names its sentence says ("Valley Line", "St Anne's"), nearest first
    // Months its sentence names, as claims write them ("Dec"), each with the year written after
    // it (0 when none).
    std::vector<std::pair<std::string, int>> months;
};

// `others`: where the statements before and after it end and begin (words past them describe
// those statements).
Context context_of(std::string_view article, Span mention, Span others);

class Relevance {
public:
    explicit Relevance(const Data& data);

    // Tenths of a point for each word of the figure: 30 next to the statement, 15 elsewhere in
    // its clause, 5 elsewhere in its sentence, its paragraph or the headline; times the word's
    // weight (3 for a word few figures have, 1 for one most have).
    int score(std::size_t figure, const Context& context) const;
    // The same for words not among the figures' (a table aggregate's): a word no figure has
    // weighs as a rare one.
    int score(std::string_view words, const Context& context) const;

private:
    std::vector<std::set<std::string>> words_;  // per figure, its period's words included
    std::map<std::string, int> weight_;
};

}  // namespace claimcheck
