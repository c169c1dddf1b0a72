#pragma once
// Names the known mistake behind a failing or warning check. Each mistake is
// recomputed exactly the way a writer would have made it; a mistake is named
// only when its figure reproduces the stated number at the stated precision.
#include "evaluate.hpp"
#include "judge.hpp"

#include <optional>
#include <string>

namespace claimcheck {

struct Diagnosis {
    std::string code;         // "ratio-as-increase"
    std::string explanation;  // a sentence for the editor
    Rational mistaken;        // the figure the mistake produces
};

class Diagnoser {
public:
    explicit Diagnoser(Evaluator& evaluator) : evaluator_(evaluator) {}

    std::optional<Diagnosis> diagnose(const Module& module, const ast::Expr& subject, const Value& actual,
                                      const Meaning& meaning, const Judgement& judgement);

private:
    struct Mistake {
        std::string code;
        Rational figure;
        std::string explanation;
    };
    using Mistakes = std::vector<Mistake>;

    void change_mistakes(const Module& module, const ast::Call& call, const Value& actual, Mistakes& out);
    void points_mistakes(const Module& module, const ast::Call& call, const Value& actual, Mistakes& out);
    void day_count_mistakes(const Module& module, const ast::Call& call, const Value& actual, Mistakes& out);
    void part_mistakes(const Module& module, const ast::Expr& subject, const Value& actual, Mistakes& out);

    // Other figures of the same series: kent.2014_15 for kent.2015_16.
    std::vector<std::pair<std::string, Value>> siblings(const Module& module, const std::string& name);

    Evaluator& evaluator_;
};

}  // namespace claimcheck
