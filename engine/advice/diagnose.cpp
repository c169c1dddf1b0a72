#include "engine/advice/diagnose.hpp"

#include "engine/advice/digit_slips.hpp"
#include "engine/core/ranges.hpp"
#include "engine/core/deadline.hpp"
#include "engine/lang/declared_units.hpp"
#include "engine/lang/shape.hpp"
#include "engine/core/shown.hpp"

namespace claimcheck {

namespace {

std::string series_of(const std::string& name) {
    auto dot = name.rfind('.');
    return dot == std::string::npos ? "" : name.substr(0, dot);
}

Unit percent() { return Unit{Dimension::percent}; }

// More decimal places than a printed figure has, or a rounding step than it is rounded to.
constexpr int most_places = 30;

// The power of ten the stated figure was printed to, in written units: the width of its
// rounding ([7,671.5, 7,672.5) is 10^0, [15.45, 15.55) is 10^-1), or, for a figure read
// exactly, its last decimal place. Nothing for a step that is no power of ten (to the nearest 5).
std::optional<int> printed_exponent(const Interval& stated, Unit unit) {
    const Rational scale = written_scale(unit);
    const Rational width = (stated.high->value - stated.low->value) * scale;
    if (width == 0) {
        const int places = exact_places(stated.low->value * scale);
        return places >= 0 && places <= most_places ? std::optional(-places) : std::nullopt;
    }
    for (int exponent = -most_places; exponent <= most_places; ++exponent)
        if (width == power_of_ten(exponent)) return exponent;
    return std::nullopt;
}

// A figure as exactly as up to 7 decimal places write it: "155", "15.5".
std::string exactly(const Rational& x, Unit unit) {
    const int places = exact_places(x * written_scale(unit));
    return places >= 0 && places <= 7 ? format_value(x, unit, places) : shown_figure(x, unit);
}

}  // namespace

std::optional<Diagnosis> Diagnoser::diagnose(const Module& module, const ast::Expr& subject, const Value& actual,
                                             const Meaning& meaning, const Judgement& judgement) {
    const Doing diagnosing("while diagnosing the check at", module.source, subject);
    if (actual.range) return rounded_inputs(actual, meaning, judgement);
    if (judgement.verdict == Verdict::warn && judgement.reading->truncation) {
        const Unit unit = actual.type.unit;
        // The stated figure's step is the width of its rounding ([43.5%, 44.5%) for 44%); the cut
        // of a stated 0, (-1, 1), is twice as wide.
        const Interval& stated = meaning.strict.interval;
        const Interval& cut = judgement.reading->interval;
        const Rational step = stated.low && stated.high ? stated.high->value - stated.low->value
                                                        : cut.high->value - cut.low->value;
        const Rational rounded = round_half_away(actual.number, step);
        // x shown inside the cut, so that it visibly cuts to the stated figure: 44.9999%, never "45%".
        Meaning cut_only;
        cut_only.strict = *judgement.reading;
        // Every place of the step, however many: 1.00000002, not 1.
        const std::optional<int> exponent = stated.low && stated.high ? printed_exponent(stated, unit) : std::nullopt;
        return Diagnosis{DiagnosisCode::truncated,
                         shown_value(actual.number, unit, cut_only, 2) + " was cut to " + meaning.claimed +
                             " instead of rounded; rounded, it is " +
                             format_value(rounded, unit, std::max(7, exponent ? -*exponent : 0)),
                         truncate_to(actual.number, step)};
    }
    // A vague phrase ("more than a third") or an inequality is met by too many
    // figures for a mistake to be told from chance: only a stated number can be reproduced.
    const Interval& stated = meaning.strict.interval;
    if (judgement.verdict != Verdict::fail || (meaning.definition && !meaning.figure) || !stated.low || !stated.high) return std::nullopt;
    Trial trial{meaning.strict, std::nullopt};
    if (const ast::Call* call = lone_call(subject)) {
        const std::string& f = call->function.text;
        if (f == "change") change_mistakes(module, *call, actual, trial);
        if (f == "points") points_mistakes(module, *call, actual, trial);
        if (f == "per_day" || f == "per_week") day_count_mistakes(module, *call, actual, trial);
        if (f == "per_head" || f == "per_1000" || f == "per_100000") scale_mistakes(module, *call, actual, trial);
        if (is_per_unit(*call)) unit_count_mistakes(module, *call, actual, trial);
    }
    if (!trial.found) part_mistakes(module, subject, actual, trial);
    if (!trial.found) digit_mistakes(actual, meaning, trial);
    return trial.found;
}

void Diagnoser::change_mistakes(const Module& module, const ast::Call& call, const Value& actual, Trial& trial) {
    Value from = evaluator_.expression(call.args[0], module);
    Value to = evaluator_.expression(call.args[1], module);
    if (from.number == 0) return;
    const Unit unit = from.type.unit;
    auto change = [&] { return shown_figure(actual.number, percent()); };
    trial.offer(DiagnosisCode::ratio_as_increase, to.number / from.number, [&] {
        // The ratio of a fall is below one: it was written as the change, which is a fall.
        const std::string what_it_is = actual.number < 0 ? "the change, which is a fall of " + shown_figure(-actual.number, percent())
                                                         : "the rise, which is " + change();
        return shown_figure(to.number, unit) + " / " + shown_figure(from.number, unit) + " = " +
               shown_figure(to.number / from.number, Unit{Dimension::ratio}) +
               ": the ratio of the two figures was written as " + what_it_is;
    });
    if (unit.dimension == Dimension::percent)
        trial.offer(DiagnosisCode::points_vs_percent, to.number - from.number, [&] {
            return shown_figure(from.number, unit) + " to " + shown_figure(to.number, unit) + " is a difference of " +
                   shown_figure(to.number - from.number, Unit{Dimension::points}) +
                   ", written as a per cent change; the change is " + change();
        });
    trial.offer(DiagnosisCode::inverted_change, -actual.number,
                [&] { return "the change is " + change() + "; the claim has it the other way round"; });
    if (to.number != 0) {
        const Rational against_later = (to.number - from.number) / abs(to.number);
        trial.offer(DiagnosisCode::wrong_base, against_later, [&] {
            return shown_figure(against_later, percent()) + " is the change measured against the later figure (" +
                   shown_figure(to.number, unit) + "); against the earlier one (" + shown_figure(from.number, unit) + ") it is " +
                   change();
        });
    }
    const ast::Name* written = lone_name(call.args[0]);
    if (trial.found || !written) return;
    const std::string& name = written->text;
    const SeriesIndex* others = series(module, name);
    const SeriesFigure* other = others ? others->changed_from(name, unit.dimension, to.number, trial.strict.interval)
                                       : nullptr;
    if (!other) return;
    const Rational figure = (to.number - other->value.number) / abs(other->value.number);
    trial.offer(DiagnosisCode::wrong_base, figure, [&] {
        return shown_figure(figure, percent()) + " is the change from " + other->name + " (" +
               shown_figure(other->value.number, unit) + "); from " + name + " (" + shown_figure(from.number, unit) +
               ") it is " + change();
    });
}

void Diagnoser::points_mistakes(const Module& module, const ast::Call& call, const Value& actual, Trial& trial) {
    Value from = evaluator_.expression(call.args[0], module);
    Value to = evaluator_.expression(call.args[1], module);
    auto difference = [&] { return shown_figure(actual.number, Unit{Dimension::points}); };
    if (from.number != 0) {
        Rational relative = (to.number - from.number) / abs(from.number);
        trial.offer(DiagnosisCode::points_vs_percent, relative, [&] {
            return shown_figure(from.number, percent()) + " to " + shown_figure(to.number, percent()) + " is a change of " +
                   shown_figure(relative, percent()) + ", written as a difference in points; the difference is " +
                   difference();
        });
    }
    trial.offer(DiagnosisCode::inverted_change, -actual.number,
                [&] { return "the difference is " + difference() + "; the claim has it the other way round"; });
}

void Diagnoser::day_count_mistakes(const Module& module, const ast::Call& call, const Value& actual, Trial& trial) {
    Value x = evaluator_.expression(call.args[0], module);
    const Period& period = call.args.size() == 2 ? *evaluator_.expression(call.args[1], module).type.period
                                                 : *x.type.period;
    const long days = period.days();
    const Rational per = call.function.text == "per_week" ? 7 : 1;
    for (long wrong : {365L, 366L, days - 1, days + 1}) {
        if (wrong == days || wrong <= 0) continue;
        Rational figure = x.number * per / wrong;
        trial.offer(DiagnosisCode::wrong_day_count, figure, [&] {
            return shown_figure(x.number, x.type.unit) + " over " + std::to_string(wrong) + " days gives " +
                   shown_figure(figure, actual.type.unit) + "; " + period.describe() + " gives " +
                   shown_figure(actual.number, actual.type.unit);
        });
    }
}

// A rate per head worked out per another number of people than the claim's: the same count and
// population, per head or per 100, 1,000, 10,000, 100,000 or 1,000,000 people, the scales
// official statistics publish rates at.
void Diagnoser::scale_mistakes(const Module& module, const ast::Call& call, const Value& actual, Trial& trial) {
    const Value x = evaluator_.expression(call.args[0], module);
    const Value population = evaluator_.expression(call.args[1], module);
    const long people = people_of(actual.type.unit.per);
    auto per = [](long n) { return n == 1 ? std::string("per head") : "per " + grouped(Integer(n)) + " people"; };
    for (long wrong : {1L, 100L, 1000L, 10000L, 100000L, 1000000L}) {
        if (wrong == people) continue;
        const Rational figure = x.number * wrong / population.number;
        trial.offer(DiagnosisCode::wrong_scale, figure, [&] {
            return shown_figure(x.number, x.type.unit) + " in a population of " +
                   shown_figure(population.number, population.type.unit) + " gives " +
                   shown_figure(figure, Unit{Dimension::number}) + " " + per(wrong) + "; " + per(people) +
                   " it gives " + shown_figure(actual.number, actual.type.unit);
        });
    }
}

// A rate per a declared unit worked out over another count of the period: its calendar days, a
// year's 365 or 366, or the number of another unit the file declares or uses (working_day).
void Diagnoser::unit_count_mistakes(const Module& module, const ast::Call& call, const Value& actual, Trial& trial) {
    const Scope& scope = evaluator_.scope(module);
    const UnitBinding* binding = per_unit_binding(call, scope);
    if (!binding) return;
    const ast::UnitDecl& unit = *binding->unit;
    const Value x = evaluator_.expression(call.args[0], module);
    const Period period =
        call.args.size() == 3 ? *evaluator_.expression(call.args[2], module).type.period : *x.type.period;
    const std::string label = period.label.empty() ? period.describe() : period.label;
    auto claimed = [&] {
        return "over its " + shown_figure(*units_in(unit, period), Unit{Dimension::number}) + " " + spoken_unit(unit.name.text) + "s (" +
               declared_text(unit) + ") it gives " + shown_figure(actual.number, actual.type.unit);
    };
    const long days = period.days();
    for (long wrong : {days, 365L, 366L}) {
        if (wrong != days && (days == 365 || days == 366)) continue;  // a year's own count is its days
        const Rational figure = x.number / wrong;
        trial.offer(DiagnosisCode::wrong_day_count, figure, [&] {
            return shown_figure(x.number, x.type.unit) + " over " +
                   (wrong == days ? "the " + std::to_string(days) + " calendar days of " + label
                                  : std::to_string(wrong) + " days") +
                   " gives " + shown_figure(figure, Unit{Dimension::rate, Per::day}) + "; " + claimed();
        });
    }
    for (const std::string& name : scope.unit_names()) {
        const ast::UnitDecl& other = *scope.unit(name)->unit;
        const std::optional<Rational> count = units_in(other, period);
        if (name == unit.name.text || !count || *count <= 0) continue;
        const Rational figure = x.number / *count;
        trial.offer(DiagnosisCode::wrong_day_count, figure, [&] {
            return shown_figure(x.number, x.type.unit) + " over the " + shown_figure(*count, Unit{Dimension::number}) + " " +
                   spoken_unit(name) + "s of " + label + " (" + declared_text(other) + ") gives " +
                   shown_figure(figure, Unit{Dimension::rate, Per::declared, Currency::none, name}) + "; " + claimed();
        });
    }
}

// Figures published rounded or within bounds: the claim fails at them as published, yet holds for
// some of the values they allow. Named only then: a claim that fails for every value has another story.
std::optional<Diagnosis> Diagnoser::rounded_inputs(const Value& actual, const Meaning& meaning,
                                                   const Judgement& judgement) const {
    if (!actual.published || !judgement.partly || judgement.reading != &meaning.strict || meaning.strict.negated ||
        meaning.strict.holds_for(actual.number))
        return std::nullopt;
    const std::optional<Interval> holding = intersection(*actual.range, meaning.strict.interval);
    const Unit unit = actual.type.unit;
    const Rational witness = some_value(*holding);
    return Diagnosis{DiagnosisCode::rounded_inputs,
                     "at the figures as published it is " + shown_figure(actual.number, unit) + ", which " +
                         meaning.claimed + " does not hold for; their rounding or bounds allow " +
                         actual.range->text(unit) + ", and " + holding->text(unit) + " of that holds (" +
                         shown_figure(witness, unit) + ", for one)",
                     witness};
}

// Slips of the hand: the true figure, at the precision printed, with two digits swapped, one
// digit wrong, or its decimal point moved. Tried last: a slip explains any figure near enough,
// so a mistake of reasoning that gives the printed figure is the likelier story.
void Diagnoser::digit_mistakes(const Value& actual, const Meaning& meaning, Trial& trial) {
    const Unit unit = actual.type.unit;
    const Interval& stated = meaning.strict.interval;
    const std::optional<int> exponent = printed_exponent(stated, unit);
    if (!exponent) return;
    const Rational scale = written_scale(unit);
    const Rational step = power_of_ten(*exponent);
    const Rational rounded = round_half_away(actual.number * scale, step);
    // A figure stated exactly (== 7,762) is a slip of the true figure only if that is exact at those places too.
    const bool exact = stated.low->value != stated.high->value || rounded == actual.number * scale;
    const std::string true_figure = format_value(rounded / scale, unit, std::max(0, -*exponent));
    for (const DigitSlip& slip : digit_slips(actual.number * scale, *exponent)) {
        checkpoint("while diagnosing");
        const bool point = slip.code == DiagnosisCode::misplaced_point;
        if (!point && !exact) continue;
        trial.offer(slip.code, slip.figure / scale, [&] {
            return exactly(slip.figure / scale, unit) + " is the true figure, " +
                   (point ? exactly(actual.number, unit) : true_figure) + ", with " + slip.detail;
        });
    }
}

void Diagnoser::part_mistakes(const Module& module, const ast::Expr& subject, const Value& actual, Trial& trial) {
    for (const ast::Operand* term : total_terms(subject)) {
        checkpoint("while diagnosing");
        Value part;
        try {
            part = evaluator_.operand(*term, module, nullptr);
        } catch (const NoValue&) {
            continue;  // a table's column inside sum(...) is no figure of its own
        }
        trial.offer(DiagnosisCode::part_as_whole, part.number, [&] {
            return evaluator_.source_text(module, *term) + " alone is " + shown_figure(part.number, part.type.unit) +
                   ", one part of the total " + shown_figure(actual.number, actual.type.unit);
        });
        if (trial.found) return;
    }
    const ast::Name* written = lone_name(subject);
    if (!written || !actual.type.period) return;
    // Only counts add up over time: two years' shares or daily rates summed are no two-year figure.
    if (actual.type.unit.dimension != Dimension::count) return;
    const std::string& name = written->text;
    const SeriesIndex* others = series(module, name);
    const Period& mine = *actual.type.period;
    const SeriesFigure* other =
        others ? others->adjoining(actual.type.unit, mine, actual.number, trial.strict.interval) : nullptr;
    if (!other) return;
    const Rational total = actual.number + other->value.number;
    trial.offer(DiagnosisCode::part_as_whole, total, [&] {
        return name + " + " + other->name + " is " + shown_figure(total, actual.type.unit) + " over " +
               join(mine, *other->value.type.period)->describe() + "; " + name + " alone is " +
               shown_figure(actual.number, actual.type.unit) + " (" + actual.type.period->label + ")";
    });
}

const SeriesIndex* Diagnoser::series(const Module& module, const std::string& name) {
    const std::string of = series_of(name);
    if (of.empty()) return nullptr;
    const Scope& scope = evaluator_.scope(module);
    auto key = std::make_pair(&scope, of);
    if (auto found = series_.find(key); found != series_.end()) return &found->second;
    std::vector<SeriesFigure> figures;
    for (const auto& [other, binding] : scope.series(of)) {
        checkpoint("while diagnosing");
        try {
            figures.push_back({other, evaluator_.let(binding)});
        } catch (const NoValue&) {
            // a missing or failing figure is no candidate
        }
    }
    return &series_.emplace(key, SeriesIndex(std::move(figures))).first->second;
}

}  // namespace claimcheck
