#pragma once
// What the sources other than one say about a conflict's quantity, for the line a
// report prints under each disputed statement ("other sources say 39 (b.txt)").
#include "engine/report/report.hpp"

#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace claimcheck {

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

}  // namespace claimcheck
