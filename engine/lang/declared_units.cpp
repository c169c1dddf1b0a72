// Rates per a declared unit (unit school_day = 190 a year): per(x, school_day[, period]),
// typed and evaluated here rather than as a builtin, for its second argument names a unit,
// not a figure.
#include "engine/lang/declared_units.hpp"

#include "engine/core/ranges.hpp"
#include "engine/core/shown.hpp"
#include "engine/lang/arithmetic.hpp"
#include "engine/lang/shape.hpp"

namespace claimcheck {

namespace {

const char* const usage = "per(x, unit) or per(x, unit, period), with unit declared as in "
                          "'unit school_day = 190 a year'";

// The period the rate is over: the third argument's, or x's own.
std::optional<Period> period_of(const ast::Call& call, const std::optional<Period>& third,
                                const std::optional<Period>& own) {
    return call.args.size() == 3 ? third : own;
}

// Why the unit cannot count this period, or nothing.
std::optional<std::string> unfit(const ast::UnitDecl& unit, const std::optional<Period>& period) {
    if (!period)
        return std::string("the figure has no period: give it one (let x = 5,653 during FY2016/17) or name one "
                           "(per(x, ") + unit.name.text + ", FY2016/17))";
    if (!unit.count.unit.empty())
        return unit.name.text + " is declared as " + declared_text(unit) + "; its count must be a plain number";
    if (declared_count(unit) <= 0)
        return unit.name.text + " is declared as " + declared_text(unit) + "; a rate per it is undefined";
    if (!units_in(unit, *period))
        return period->describe() + " is not a whole number of calendar months, and " + unit.name.text +
               " is declared as so many a year; declare it as so many a week";
    return std::nullopt;
}

}  // namespace

Rational declared_count(const ast::UnitDecl& unit) { return value_of(unit.count); }

std::optional<Rational> units_in(const ast::UnitDecl& unit, const Period& period) {
    const Rational count = declared_count(unit);
    if (unit.span == "week") return count * Rational(period.days()) / 7;
    const std::optional<long> months = period.whole_months();
    if (!months) return std::nullopt;
    return count * Rational(*months) / 12;
}

std::string declared_text(const ast::UnitDecl& unit) {
    const ast::Number& n = unit.count;
    return n.digits + (n.magnitude.empty() ? "" : " " + n.magnitude) + (n.unit.empty() ? "" : n.unit == "%" ? "%" : " " + n.unit) +
           " a " + unit.span;
}

bool is_per_unit(const ast::Call& call) { return call.function.text == "per" && !call.where && !call.by; }

const UnitBinding* per_unit_binding(const ast::Call& call, const Scope& scope) {
    if (call.args.size() < 2) return nullptr;
    const ast::Name* name = lone_name(call.args[1]);
    return name ? scope.unit(name->text) : nullptr;
}

std::optional<Type> type_per_unit(TypeChecker& checker, const ast::Call& call, const Module& module,
                                  const TypeParams* params) {
    if (call.args.size() < 2 || call.args.size() > 3) {
        checker.error(module, call, std::string("per takes 2 or 3 arguments: ") + usage);
        return std::nullopt;
    }
    const ast::Name* name = lone_name(call.args[1]);
    const Scope& scope = checker.scope(module);
    const UnitBinding* binding = per_unit_binding(call, scope);
    if (!binding) {
        const std::string hint = name ? closest(name->text, scope.unit_names()) : "";
        checker.error(module, call.args[1],
                      std::string("per: its second argument must be a declared unit, such as school_day after "
                                  "'unit school_day = 190 a year'") +
                          (name ? "; no unit '" + name->text + "' is declared" : std::string()) +
                          (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
        return std::nullopt;
    }
    std::optional<Type> x = checker.expression(call.args[0], module, params);
    std::optional<Type> third;
    if (call.args.size() == 3) third = checker.expression(call.args[2], module, params);
    if (!x || (call.args.size() == 3 && !third)) return std::nullopt;
    const Dimension d = x->unit.dimension;
    std::optional<std::string> why;
    if (x->grid) why = "any_share and any_mean stand for every possible value; check one on its own";
    else if (d != Dimension::count && d != Dimension::number && d != Dimension::unknown)
        why = "it takes a count, not " + describe(x->unit);
    else if (third && third->unit.dimension != Dimension::period)
        why = "its third argument must be a period such as FY2016/17, not " + describe(third->unit);
    else if (d == Dimension::unknown) return Type{Unit{Dimension::unknown}, std::nullopt};
    else why = unfit(*binding->unit, period_of(call, third ? third->period : std::nullopt, x->period));
    if (why) {
        checker.error(module, call, "per: " + *why);
        return std::nullopt;
    }
    return Type{Unit{Dimension::rate, Per::declared, Currency::none, binding->unit->name.text}, std::nullopt};
}

PerUnitResult evaluate_per_unit(Evaluator& evaluator, const ast::Call& call, const Module& module,
                                const ValueParams* params) {
    const UnitBinding* binding = per_unit_binding(call, evaluator.scope(module));
    if (!binding) evaluator.fail(module, call, "per: its second argument must be a declared unit");
    const ast::UnitDecl& unit = *binding->unit;
    const Value x = evaluator.expression(call.args[0], module, params);
    std::optional<Period> third;
    if (call.args.size() == 3) third = evaluator.expression(call.args[2], module, params).type.period;
    const std::optional<Period> period = period_of(call, third, x.type.period);
    if (auto why = unfit(unit, period)) evaluator.fail(module, call, "per: " + *why);
    const Rational units = *units_in(unit, *period);
    Value result{Rational(x.number / units), Type{Unit{Dimension::rate, Per::declared, Currency::none, unit.name.text}, std::nullopt},
                 std::nullopt};
    if (x.range) result.range = *x.range * exact_interval(Rational(1) / units);
    result.published = x.published;
    std::string how = "x / " + shown_figure(units, Unit{Dimension::number}) + " " + spoken_unit(unit.name.text) +
                      "s (" + declared_text(unit) + ", over " + period->describe() + ")";
    return PerUnitResult{result, how};
}

}  // namespace claimcheck
