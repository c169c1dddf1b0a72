#pragma once
// Sources that disagree: claims about one quantity in different articles that
// no single value satisfies (38 forces in one, 39 in another), and one name
// bound to different figures by different files of one run, so that a
// correction made in one file does not reach the claims resting on the other.
#include "evaluate.hpp"
#include "report.hpp"

#include <map>
#include <string>
#include <vector>

namespace claimcheck {

// A check's statement of a quantity, kept to find sources that disagree.
struct StatedQuantity {
    std::string key;       // quantity_key: equal for one quantity
    std::string quantity;  // as written
    Interval interval;     // the strict reading of what was stated
    Statement statement;
};

// Statements of one quantity in different articles that no single value satisfies.
std::vector<Conflict> conflicts_among(const std::vector<StatedQuantity>& stated);

// What the sources other than one say about a conflict's quantity, short enough for one
// line whatever the number of statements: each value, in the order first stated, with
// its first few sources; the values and sources beyond those are only counted.
struct SaidElsewhere {
    struct Said {
        std::string claimed;               // "38", or a let's figure
        std::vector<std::string> sources;  // articles, or file:line of lets
        std::size_t more_sources = 0;
    };
    std::vector<Said> values;
    std::size_t more_values = 0;
};

class Elsewhere {
public:
    static constexpr std::size_t most_values = 5;
    static constexpr std::size_t most_sources = 3;

    explicit Elsewhere(const Conflict& conflict);
    // What the other articles say, for a statement; the other files, for a let. Each call
    // costs the few values and sources it shows, not the conflict's statements.
    SaidElsewhere other_than(const Statement& statement) const;

private:
    struct Value {
        std::string claimed;
        std::vector<std::pair<std::string, std::string>> sources;  // (article or file, as shown), each once
        std::vector<std::string> keys;                              // the articles or files, sorted
    };
    const std::string& key_of(const Statement& s) const { return definitions_ ? s.file : s.article; }

    bool definitions_;
    std::vector<Value> values_;  // in the order first stated
    // For each article or file, the values (indexes, rising) that only it states: they are no other source's.
    std::map<std::string, std::vector<std::size_t>> only_;
};

// Lets of one name, in different files of the program, whose figures differ
// (in value, unit or period). Missing figures and figures in error are left out.
std::vector<Conflict> definitions_differing(const Program& program, Evaluator& evaluator);

}  // namespace claimcheck
