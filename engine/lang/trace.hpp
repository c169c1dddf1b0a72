#pragma once
// What explain shows: every figure a check used and every step of its
// arithmetic, in the order they were evaluated (inputs before results).
#include "engine/lang/value.hpp"

#include <string>
#include <vector>

namespace claimcheck {

struct TraceStep {
    enum class Kind { figure, step };
    Kind kind = Kind::step;
    int depth = 0;     // nesting: a figure used inside a call is one deeper
    std::string text;  // "kent.2015_16", "change(kent.2015_16, kent.2016_17)"
    Value value;
    std::string how;   // where a figure is defined; how a step is computed, with its inputs
};

using Trace = std::vector<TraceStep>;

}  // namespace claimcheck
