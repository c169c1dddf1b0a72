#pragma once
// Builds what a stated figure means: the strict and lenient readings of a
// written number, of a vocabulary phrase, or of an exact comparison.
#include "engine/lang/analyze.hpp"
#include "engine/lang/evaluate.hpp"
#include "engine/core/reading.hpp"

namespace claimcheck {

class MeaningBuilder {
public:
    explicit MeaningBuilder(Evaluator& evaluator) : evaluator_(evaluator) {}

    Meaning stated(const Module& module, const ast::Stated& stated, const CheckPlan& plan);
    Meaning relation(const Module& module, const ast::Relation& relation);
    Meaning number(const ast::Number& written, const ast::Modifier* modifier);
    Meaning phrase(const PhraseTerm& term);
    Value value(const PhraseTerm& term);  // what a phrase with a value (a third, one in five) stands for

private:
    ValueParams params(const PhraseTerm& term);
    Meaning figure(const PhraseTerm& term);
    Meaning through(const PhraseTerm& term, const ast::Expr& value);
    Meaning alternatives(const PhraseTerm& term);  // in alternatives.cpp

    Evaluator& evaluator_;
};

Reading within(const Rational& stated, Unit unit, const ast::Number& amount);

// Decimal places to show an actual value with, given how the claim was written.
int display_places(const ast::Stated* stated);

}  // namespace claimcheck
