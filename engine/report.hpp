#pragma once
// The verdicts of a run, as plain data for the report writers: nothing here
// knows how the claims were parsed.
#include "exact.hpp"
#include "grammar/source.hpp"
#include "reading.hpp"
#include "verdict.hpp"

#include <optional>
#include <string>
#include <vector>

namespace claimcheck {

struct CheckReport {
    std::string text;  // as written after "check"
    Location at;
    Verdict verdict = Verdict::error;
    std::string claimed;               // "573%", "more than a third"
    std::optional<Rational> actual;    // the exact value, when there is one
    std::string actual_text;           // "473.02%"
    std::string reading;               // how the claimed figure was read
    std::optional<Interval> interval;  // what it was taken to mean
    bool interval_negated = false;     // for !=: anything outside the interval
    Unit interval_unit;
    std::string definition;  // the vocabulary definition used: "hundreds (rules/house-style.claims:24)"
    std::string message;     // why: the error, the missing figure, the lenient reading that held
};

struct ClaimReport {
    std::string id;
    std::string file;
    Location at;
    std::string article;  // the article the claim is in, as named after `in`
    std::string quote;
    Verdict verdict = Verdict::pass;
    std::string message;  // for a claim with no checks: why it is unverifiable
    std::vector<CheckReport> checks;
    std::optional<std::string> expected;
    std::vector<std::string> notes;
};

struct Summary {
    int pass = 0, warn = 0, fail = 0, unverifiable = 0, error = 0;
    void add(Verdict v);
};

struct Report {
    std::vector<ClaimReport> claims;
    Summary summary() const;
};

}  // namespace claimcheck
