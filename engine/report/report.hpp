#pragma once
// The verdicts of a run, as plain data for the report writers: nothing here
// knows how the claims were parsed.
#include "engine/articles/article.hpp"
#include "engine/core/exact.hpp"
#include "engine/core/source.hpp"
#include "engine/core/reading.hpp"
#include "engine/core/verdict.hpp"
#include "engine/report/diagnosis_code.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

struct Suggestion {
    std::string wording;  // "a rise of 473%"
    std::string check;    // the check that passes with it
};

struct NamedInterval {
    std::string name;  // "as a ratio"
    Interval interval;
};

struct CheckReport {
    std::string text;  // as written after "check"
    std::string file;  // where the check is written (a template's file, for an applied claim)
    Location at;
    Verdict verdict = Verdict::error;
    std::string claimed;               // "573%", "more than a third"
    std::optional<Rational> actual;    // the exact value, when there is one
    std::string actual_text;           // "473.02%", at the places shown.hpp gives
    std::string actual_decimal;        // "4.7301587": the exact value as JSON's decimal, by the same rule
    std::optional<Interval> actual_range;  // from figures known only within bounds: every value they allow
    std::vector<std::string> keys;     // a rank check: the keys holding the rank (more than one on a tie)
    std::string reading;               // how the claimed figure was read
    std::optional<Interval> interval;  // what it was taken to mean
    bool interval_negated = false;     // for !=: anything outside the interval
    // For words read more than one way ("five times more"), each reading: the claim holds
    // where all do (`interval`, empty when they do not meet).
    std::vector<NamedInterval> alternatives;
    Unit interval_unit;
    std::string definition;  // the vocabulary definitions used: "hundreds (rules/house-style.claims:24)"
    // Each of them: "more than N (rules/house-style.claims:19)", then "a third (rules/house-style.claims:45)".
    std::vector<std::string> definitions;
    std::string message;     // why: the error, the missing figure, the lenient reading that held
    std::optional<DiagnosisCode> diagnosis;  // the known mistake that explains a fail or warn
    std::string explanation; // the diagnosis in a sentence
    std::vector<Suggestion> suggestions;  // wordings that hold, best first
    std::optional<Verdict> expected;      // pinned with `expect` after the check, on its line
    std::optional<Location> expect_at;    // where that pin is written, in `file`
    Location ends_at;                     // where the check as written ends, in `file`: a new pin goes there
};

// Why a claim's quote was not located, placed at the quote in the claims file. An error
// (the quote is not in the article or is there more than once; the article is missing
// from --articles) makes the claim an error; a note
// (the article was not found, and no --articles said where articles are) keeps its verdict.
struct QuoteIssue {
    bool error = true;
    std::string message;
    Location at;  // in ClaimReport::file: the quote line, or the apply line for an applied claim
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
    std::optional<Verdict> expected;  // pinned with `expect`
    std::optional<Location> expect_at;  // where that `expect` line is written, in `file`
    int last_line = 0;                  // the claim's last line in `file`, after which a new `expect` goes
    std::vector<std::string> notes;
    std::optional<Span> anchor;  // where the quote lies in its article's text, once found there exactly once
    Location anchor_at;          // the same, as line:col in the article's file
    // The same in the article's file, from the quote's first character to its last with any
    // Markdown or HTML between (for plain text, `anchor`), and those bytes: an editor holding
    // the file can tell where the quote is and whether it is still there.
    std::optional<Span> anchor_in_file;
    std::string anchored;
    Location quote_written_at;   // where the quote is written, in `file`
    std::optional<QuoteIssue> quote_issue;  // when the quote was looked for and not located
};

// The word a note begins with on a claim `claimcheck draft` wrote and nobody has reviewed
// yet: the reviewer deletes the note once the check is right.
inline constexpr std::string_view drafted_note = "drafted";

// Drafted, not yet reviewed: a note is the word alone, or the word then ':' or a space
// ("drafted: score 24.0"); "not drafted" or "draftedness" is not.
bool drafted(const ClaimReport& claim);

// The claim's message with a quote error before it, for reports that show no positions:
// "the quote is not in a.txt; no check is written for this claim".
std::string full_message(const ClaimReport& claim);

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
// Or, with `definitions`, files of one run that bind one name to different figures:
// each statement is then a let, with no claim or verdict, `claimed` its figure
// ("361 during FY2016/17") and `article` the `source` it follows, if any.
struct Conflict {
    std::string quantity;  // as first written: "forces.2016_17"
    std::vector<Statement> statements;
    bool definitions = false;
};

// A number the article mentions, and the claims whose quotes cover it.
struct MentionReport {
    std::string text;  // as written: "44 per cent"
    std::string kind;  // "figure", "percent", "words", "vague", "date", "age"
    Span span;
    Location at;                      // in the article
    std::vector<std::size_t> claims;  // indexes into Report::claims; none: unchecked
};

// An article some claim is in: its text, and which of its numbers were checked.
struct ArticleReport {
    std::string name;  // as written after `in`
    std::string path;  // where it was read; empty when it was not found
    std::string looked_in;  // when not found: where claimcheck looked
    std::string text;       // the article, invalid UTF-8 replaced
    std::vector<std::size_t> claims;          // indexes into Report::claims of the claims in it
    std::vector<MentionReport> quantities;    // counts, percentages, words, vague quantities
    std::vector<MentionReport> dates_and_ages;  // recognised, listed apart: not counts a claim checks

    bool found() const { return !path.empty(); }
    std::size_t unchecked() const;
};

// A claim pins its checks when one of them has a pin of its own. Each of its checks is
// then a test as well, an unpinned one expected to pass; otherwise only the claim is.
bool pins_checks(const ClaimReport& claim);
// What a check must be when it is tested on its own; nothing when it is not.
std::optional<Verdict> check_expectation(const ClaimReport& claim, const CheckReport& check);
bool check_meets(const ClaimReport& claim, const CheckReport& check);

// The claim's own expectation: its `expect`; without one, the worst verdict its checks
// are pinned to when it pins them, else pass.
Verdict claim_expectation(const ClaimReport& claim);
std::string expected_verdict(const ClaimReport& claim);
bool verdict_meets(const ClaimReport& claim);  // its verdict is its own expectation
// That, and each check tested on its own meets its pin.
bool meets_expectation(const ClaimReport& claim);

struct Summary {
    int pass = 0, warn = 0, fail = 0, unverifiable = 0, error = 0;
    int drafted = 0;  // claims drafted and not yet reviewed, whatever their verdict
    void add(const ClaimReport& claim);
};

// A table a run read: its rows, and how many malformed ones --lenient skipped.
struct TableReport {
    std::string path;
    std::uint64_t rows = 0;
    std::uint64_t skipped = 0;
    std::uint64_t bytes = 0;
};

struct Report {
    std::vector<ClaimReport> claims;
    std::vector<TableReport> tables;
    std::vector<Conflict> conflicts;
    std::vector<ArticleReport> articles;  // empty unless quotes were anchored
    std::vector<std::string> files{};     // the claims files read, used ones too
    Summary summary() const;
};

}  // namespace claimcheck
