#pragma once
// What `claimcheck explain` shows about a claim, as plain data for its writer
// (write_explanation): each check's report, the figures and steps of its
// arithmetic with their values already shown, its readings and the vocabulary
// definitions it rests on.
#include "engine/report/report.hpp"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace claimcheck {

// The rows one part of a table aggregate's `where` held for.
struct ExplainedFilter {
    std::string text;   // as written: "counts.area == \"Kent\""
    int depth = 0;      // 0: the whole condition; each part one deeper than the one it is in
    std::uint64_t rows = 0;
    std::string first;  // the first row it held for, as FILE:ROW; empty when none
    std::string last;
};

struct ExplainedStep {
    enum class Kind { figure, step };
    Kind kind = Kind::step;
    int depth = 0;      // nesting: a figure used inside a call is one deeper
    std::string text;   // "kent.2015_16", "change(kent.2015_16, kent.2016_17)"
    std::string value;  // as shown beside the claim's readings: "473.02% (298/63)"
    std::string how;    // where a figure is defined; how a step is computed, with its inputs
    std::vector<ExplainedFilter> filters;  // a table aggregate's: each part of its `where`
};

struct CheckExplanation {
    CheckReport report;
    std::vector<ExplainedStep> trace;  // in the order evaluated: inputs before results
    std::vector<std::pair<std::string, std::string>> readings;  // (how, interval): the strict one first
    std::vector<std::string> definitions;  // each vocabulary definition used, as written in its file
};

struct Explanation {
    ClaimReport claim;
    std::vector<CheckExplanation> checks;  // the check on the line asked for, or all of the claim's
};

}  // namespace claimcheck
