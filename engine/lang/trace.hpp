#pragma once
// What explain shows: every figure a check used and every step of its
// arithmetic, in the order they were evaluated (inputs before results).
#include "engine/lang/value.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace claimcheck {

// The rows one part of a table aggregate's `where` held for.
struct FilterTrace {
    std::string text;   // as written: "counts.area == \"Kent\""
    int depth = 0;      // 0: the whole condition; each part one deeper than the one it is in
    std::uint64_t rows = 0;
    std::string first;  // the first row it held for, as FILE:ROW ("counts.csv:9", or a spreadsheet's
                        // `release.xlsx sheet "Table 3" row 9`); empty when none
    std::string last;
};

struct TraceStep {
    enum class Kind { figure, step };
    Kind kind = Kind::step;
    int depth = 0;     // nesting: a figure used inside a call is one deeper
    std::string text;  // "kent.2015_16", "change(kent.2015_16, kent.2016_17)"
    Value value;
    std::string how;   // where a figure is defined; how a step is computed, with its inputs
    std::vector<FilterTrace> filters;  // a table aggregate's: each part of its `where`
    bool valueless = false;            // an aggregate no row matched: it has no value, only its rows
};

using Trace = std::vector<TraceStep>;

}  // namespace claimcheck
