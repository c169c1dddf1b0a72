#pragma once
// Names the known mistake behind a failing or warning check. Each mistake is
// recomputed exactly the way a writer would have made it; a mistake is named
// only when its figure reproduces the stated number at the stated precision.
#include "engine/lang/evaluate.hpp"
#include "engine/lang/judge.hpp"
#include "engine/advice/series.hpp"
#include "engine/report/diagnosis_code.hpp"

#include <map>
#include <optional>
#include <string>

namespace claimcheck {

struct Diagnosis {
    DiagnosisCode code;       // DiagnosisCode::ratio_as_increase
    std::string explanation;  // a sentence for the editor
    Rational mistaken;        // the figure the mistake produces
};

class Diagnoser {
public:
    explicit Diagnoser(Evaluator& evaluator) : evaluator_(evaluator) {}

    std::optional<Diagnosis> diagnose(const Module& module, const ast::Expr& subject, const Value& actual,
                                      const Meaning& meaning, const Judgement& judgement);

private:
    // The mistakes are tried in the order they are named below; the first whose figure the
    // strict reading holds for is the diagnosis. Its sentence is written only then.
    struct Trial {
        const Reading& strict;
        std::optional<Diagnosis> found;

        template <typename Explain>
        void offer(DiagnosisCode code, const Rational& figure, Explain explain) {
            if (!found && strict.holds_for(figure)) found = Diagnosis{code, explain(), figure};
        }
    };

    void change_mistakes(const Module& module, const ast::Call& call, const Value& actual, Trial& trial);
    void points_mistakes(const Module& module, const ast::Call& call, const Value& actual, Trial& trial);
    void day_count_mistakes(const Module& module, const ast::Call& call, const Value& actual, Trial& trial);
    void scale_mistakes(const Module& module, const ast::Call& call, const Value& actual, Trial& trial);
    void unit_count_mistakes(const Module& module, const ast::Call& call, const Value& actual, Trial& trial);
    void part_mistakes(const Module& module, const ast::Expr& subject, const Value& actual, Trial& trial);
    static void digit_mistakes(const Value& actual, const Meaning& meaning, Trial& trial);
    std::optional<Diagnosis> rounded_inputs(const Value& actual, const Meaning& meaning, const Judgement& judgement) const;

    // The series of a name (kent for kent.2015_16) as module sees it, indexed once.
    const SeriesIndex* series(const Module& module, const std::string& name);

    Evaluator& evaluator_;
    std::map<std::pair<const Scope*, std::string>, SeriesIndex> series_;
};

}  // namespace claimcheck
