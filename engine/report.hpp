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

struct Suggestion {
    std::string wording;  // "a rise of 473%"
    std::string check;    // the check that passes with it
};

struct CheckReport {
    std::string text;  // as written after "check"
    std::string file;  // where the check is written (a template's file, for an applied claim)
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
    std::string diagnosis;   // the known mistake that explains a fail or warn: "ratio-as-increase"
    std::string explanation; // the diagnosis in a sentence
    std::vector<Suggestion> suggestions;  // wordings that hold, best first
};

struct ClaimReport {
    std::string id;  // for an applied template: "force_rise(kent, 2016_17).rise"
    std::string file;
    Location at;
    std::string template_at;  // for an applied template: where its claim is written
    std::string article;  // the article the claim is in, as named after `in`
    std::string quote;
    Verdict verdict = Verdict::pass;
    std::string message;  // for a claim with no checks: why it is unverifiable
    std::vector<CheckReport> checks;
    std::optional<std::string> expected;
    std::vector<std::string> notes;
};

// One statement of a quantity that other sources state differently.
struct Statement {
    std::string file;
    Location at;
    std::string claim;    // the claim's id
    std::string article;  // the source the claim is in
    std::string claimed;  // "38"
    Verdict verdict = Verdict::pass;
    bool disputed = false;  // some other source states what this one rules out
};

// Sources that disagree about one quantity: 38 forces in one article, 39 in another.
struct Conflict {
    std::string quantity;  // as first written: "forces.2016_17"
    std::vector<Statement> statements;
};

// A claim meets its expectation when its verdict is the one pinned with
// `expect`, or pass when nothing is pinned.
std::string expected_verdict(const ClaimReport& claim);
bool meets_expectation(const ClaimReport& claim);

struct Summary {
    int pass = 0, warn = 0, fail = 0, unverifiable = 0, error = 0;
    void add(Verdict v);
};

struct Report {
    std::vector<ClaimReport> claims;
    std::vector<Conflict> conflicts;
    Summary summary() const;
};

}  // namespace claimcheck
