#pragma once
// Wordings that would hold, in the claim's own form and the house style:
// "a rise of 473%", "nearly 200", "nearly six times as many". Every suggestion
// is judged by the same rules as the claim before it is offered, so each passes.
#include "engine/advice/diagnose.hpp"
#include "engine/lang/meaning.hpp"
#include "engine/report/report.hpp"
#include "engine/advice/vocabulary_index.hpp"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck {

class Suggester {
public:
    Suggester(Evaluator& evaluator, MeaningBuilder& meanings) : evaluator_(evaluator), meanings_(meanings) {}

    // Best first; empty when nothing in the claim's form would hold.
    std::vector<Suggestion> suggest(const Module& module, const ast::Check& check, const Value& actual,
                                    const Meaning& meaning, const std::optional<Diagnosis>& diagnosis);

    // For a check of every possible value (a granularity check): the wordings each of members meets, in
    // turn, so each holds for some whole count; the first member's exact value when none does.
    std::vector<Suggestion> suggest_any(const Module& module, const ast::Check& check,
                                        const std::vector<Rational>& members, Unit unit, const Meaning& meaning);

private:
    // Wordings in the check's own form: its number restated, or phrases for its phrase.
    // `figure`: the claim's words read a written figure ("down 12%"), so the figure comes first.
    std::vector<Suggestion> own_form(const Module& module, const ast::Check& check, const Value& actual, bool figure);
    std::optional<Suggestion> restated_number(const Module& module, const ast::Check& check,
                                              const ast::Stated& stated, const ast::Number& written,
                                              const Value& actual);
    struct Candidate {
        std::vector<std::string> words;     // a word for N: "a third", "six"
        std::optional<ast::Number> number;  // or a figure: 200
        Rational value;                     // what it stands for, stored as the engine keeps it
        int digits;                         // significant digits: how round it reads
        bool change_word;                   // "doubled": reads as a change by itself
    };
    using Wording = std::function<std::string(const std::string& phrase, bool change_word)>;
    // Which words a phrase may be replaced by, as the claim was written.
    struct Words {
        bool alone_first = false;  // "dozens" before any figure: the claim was in such words ("hundreds")
        bool changes = false;      // "doubled", "halved": the claim is of a change
        std::string magnitude;     // the claim's own ("m" in "about £3.2m"): figures of one or more are written in it
    };

    std::vector<Suggestion> phrases(const Module& module, const std::string& subject, const Value& actual,
                                    bool separators, const Wording& wording, Words allowed);
    std::vector<Candidate> candidates(const Scope& scope, const Value& actual, bool separators, const Words& allowed);
    std::vector<Suggestion> ratio_wordings(const Module& module, const ast::Call& change);
    bool passes(const Meaning& meaning, const Value& actual) const;
    Suggestion exact_value(const Module& module, const ast::Check& check, const Value& actual,
                           const Meaning& meaning) const;
    std::optional<Suggestion> rounded_figure(const Module& module, const ast::Check& check, const Value& actual);
    std::optional<Suggestion> below_range(const Module& module, const ast::Check& check, const Value& actual);
    std::optional<std::string> spelled(const Scope& scope, const Rational& n);
    const VocabularyIndex& index(const Scope& scope);  // worked out once per scope

    Evaluator& evaluator_;
    MeaningBuilder& meanings_;
    std::map<const Scope*, VocabularyIndex> indexes_;
};

}  // namespace claimcheck
