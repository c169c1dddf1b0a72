#include "diagnose.hpp"

#include "deadline.hpp"
#include "shape.hpp"
#include "shown.hpp"

namespace claimcheck {

namespace {

std::string shown(const Rational& x, Unit unit) {
    return format_value(x, unit, places_for(x * written_scale(unit), 3, 2));
}

std::string series_of(const std::string& name) {
    auto dot = name.rfind('.');
    return dot == std::string::npos ? "" : name.substr(0, dot);
}

Unit percent() { return Unit{Dimension::percent}; }

}  // namespace

std::optional<Diagnosis> Diagnoser::diagnose(const Module& module, const ast::Expr& subject, const Value& actual,
                                             const Meaning& meaning, const Judgement& judgement) {
    const Doing diagnosing("while diagnosing the check at", module.source, subject);
    if (judgement.verdict == Verdict::warn && judgement.reading->truncation) {
        const Interval& cut = judgement.reading->interval;
        Rational step = cut.high->value - cut.low->value;
        Rational rounded = round_half_away(actual.number, step);
        return Diagnosis{"truncated",
                         shown_value(actual.number, actual.type.unit, meaning, 2) + " was cut to " + meaning.claimed +
                             " instead of rounded; rounded, it is " + format_value(rounded, actual.type.unit, 7),
                         truncate_to(actual.number, step)};
    }
    // A vague phrase ("more than a third") or an inequality is met by too many
    // figures for a mistake to be told from chance: only a stated number can be reproduced.
    const Interval& stated = meaning.strict.interval;
    if (judgement.verdict != Verdict::fail || meaning.definition || !stated.low || !stated.high) return std::nullopt;
    Mistakes mistakes;
    if (const ast::Call* call = lone_call(subject)) {
        const std::string& f = call->function.text;
        if (f == "change") change_mistakes(module, *call, actual, mistakes);
        if (f == "points") points_mistakes(module, *call, actual, mistakes);
        if (f == "per_day" || f == "per_week") day_count_mistakes(module, *call, actual, mistakes);
    }
    part_mistakes(module, subject, actual, mistakes);
    for (const auto& mistake : mistakes)
        if (meaning.strict.holds_for(mistake.figure))
            return Diagnosis{mistake.code, mistake.explanation, mistake.figure};
    return std::nullopt;
}

void Diagnoser::change_mistakes(const Module& module, const ast::Call& call, const Value& actual, Mistakes& out) {
    Value from = evaluator_.expression(call.args[0], module);
    Value to = evaluator_.expression(call.args[1], module);
    if (from.number == 0) return;
    const Unit unit = from.type.unit;
    const std::string change = shown(actual.number, percent());
    // The ratio of a fall is below one: it was written as the change, which is a fall.
    const std::string what_it_is = actual.number < 0 ? "the change, which is a fall of " + shown(-actual.number, percent())
                                                     : "the rise, which is " + change;
    out.push_back({"ratio-as-increase", to.number / from.number,
                   shown(to.number, unit) + " / " + shown(from.number, unit) + " = " +
                       shown(to.number / from.number, Unit{Dimension::ratio}) +
                       ": the ratio of the two figures was written as " + what_it_is});
    if (unit.dimension == Dimension::percent)
        out.push_back({"points-vs-percent", to.number - from.number,
                       shown(from.number, unit) + " to " + shown(to.number, unit) + " is a difference of " +
                           shown(to.number - from.number, Unit{Dimension::points}) +
                           ", written as a per cent change; the change is " + change});
    out.push_back({"inverted-change", -actual.number,
                   "the change is " + change + "; the claim has it the other way round"});
    if (to.number != 0)
        out.push_back({"wrong-base", (to.number - from.number) / abs(to.number),
                       shown((to.number - from.number) / abs(to.number), percent()) +
                           " is the change measured against the later figure (" + shown(to.number, unit) +
                           "); against the earlier one (" + shown(from.number, unit) + ") it is " + change});
    if (const ast::Name* name = lone_name(call.args[0]))
        for (const auto& [other, value] : siblings(module, evaluator_.name_text(name->text, module))) {
            if (value.number == 0 || value.type.unit.dimension != unit.dimension) continue;
            Rational figure = (to.number - value.number) / abs(value.number);
            out.push_back({"wrong-base", figure,
                           shown(figure, percent()) + " is the change from " + other + " (" +
                               shown(value.number, unit) + "); from " + evaluator_.name_text(name->text, module) + " (" +
                               shown(from.number, unit) + ") it is " + change});
        }
}

void Diagnoser::points_mistakes(const Module& module, const ast::Call& call, const Value& actual, Mistakes& out) {
    Value from = evaluator_.expression(call.args[0], module);
    Value to = evaluator_.expression(call.args[1], module);
    const std::string difference = shown(actual.number, Unit{Dimension::points});
    if (from.number != 0) {
        Rational relative = (to.number - from.number) / abs(from.number);
        out.push_back({"points-vs-percent", relative,
                       shown(from.number, percent()) + " to " + shown(to.number, percent()) + " is a change of " +
                           shown(relative, percent()) + ", written as a difference in points; the difference is " +
                           difference});
    }
    out.push_back({"inverted-change", -actual.number,
                   "the difference is " + difference + "; the claim has it the other way round"});
}

void Diagnoser::day_count_mistakes(const Module& module, const ast::Call& call, const Value& actual, Mistakes& out) {
    Value x = evaluator_.expression(call.args[0], module);
    const Period& period = call.args.size() == 2 ? *evaluator_.expression(call.args[1], module).type.period
                                                 : *x.type.period;
    const long days = period.days();
    const Rational per = call.function.text == "per_week" ? 7 : 1;
    for (long wrong : {365L, 366L, days - 1, days + 1}) {
        if (wrong == days || wrong <= 0) continue;
        Rational figure = x.number * per / wrong;
        out.push_back({"wrong-day-count", figure,
                       shown(x.number, x.type.unit) + " over " + std::to_string(wrong) + " days gives " +
                           shown(figure, actual.type.unit) + "; " + period.describe() + " gives " +
                           shown(actual.number, actual.type.unit)});
    }
}

void Diagnoser::part_mistakes(const Module& module, const ast::Expr& subject, const Value& actual, Mistakes& out) {
    for (const ast::Operand* term : total_terms(subject)) {
        checkpoint("while diagnosing");
        Value part;
        try {
            part = evaluator_.operand(*term, module, nullptr);
        } catch (const std::runtime_error&) {
            continue;  // a table's column inside sum(...) is no figure of its own
        }
        out.push_back({"part-as-whole", part.number,
                       evaluator_.source_text(module, *term) + " alone is " + shown(part.number, part.type.unit) +
                           ", one part of the total " + shown(actual.number, actual.type.unit)});
    }
    const ast::Name* written = lone_name(subject);
    if (!written || !actual.type.period) return;
    const std::string name = evaluator_.name_text(written->text, module);
    // Only counts add up over time: two years' shares or daily rates summed are no two-year figure.
    if (actual.type.unit.dimension != Dimension::count) return;
    for (const auto& [other, value] : siblings(module, name)) {
        if (!value.type.period || value.grid || !(value.type.unit == actual.type.unit)) continue;
        const Period& mine = *actual.type.period;
        const Period& theirs = *value.type.period;
        if (theirs.first != mine.last + 1 && mine.first != theirs.last + 1) continue;  // only the next or last span
        auto both = join(mine, theirs);
        Rational total = actual.number + value.number;
        out.push_back({"part-as-whole", total,
                       name + " + " + other + " is " + shown(total, actual.type.unit) + " over " +
                           both->describe() + "; " + name + " alone is " +
                           shown(actual.number, actual.type.unit) + " (" + actual.type.period->label + ")"});
    }
}

std::vector<std::pair<std::string, Value>> Diagnoser::siblings(const Module& module, const std::string& name) {
    std::vector<std::pair<std::string, Value>> out;
    const std::string series = series_of(name);
    if (series.empty()) return out;
    for (const auto& [other, binding] : evaluator_.scope(module).names) {
        checkpoint("while diagnosing");
        if (other == name || series_of(other) != series) continue;
        try {
            out.emplace_back(other, evaluator_.let(binding));
        } catch (const std::runtime_error&) {
            // a missing or failing figure is no candidate
        }
    }
    return out;
}

}  // namespace claimcheck
