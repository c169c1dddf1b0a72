// The builtin functions: each one's typing rule, exact value, bounds and formula for explain.
#include "engine/lang/builtins.hpp"

#include "engine/core/ranges.hpp"
#include "engine/core/shown.hpp"

#include <algorithm>
#include <map>

namespace claimcheck {

namespace {

using TypeResult = std::variant<Type, std::string>;

bool is_figure(const Type& t) { return t.unit.dimension != Dimension::period; }

std::string mismatch(const Type& a, const Type& b) {
    return "its arguments must measure the same thing, not " + describe(a.unit) + " and " +
           describe(b.unit);
}

// Both arguments are figures of one kind; the result is `result` (or unknown when data is missing).
TypeResult pair_of_like(const std::vector<Type>& args, Dimension result) {
    if (!is_figure(args[0]) || !is_figure(args[1])) return std::string("it takes figures, not periods");
    if (!comparable(args[0].unit, args[1].unit)) return mismatch(args[0], args[1]);
    bool missing = args[0].unit.dimension == Dimension::unknown ||
                   args[1].unit.dimension == Dimension::unknown;
    return Type{Unit{missing ? Dimension::unknown : result}, std::nullopt};
}

// All arguments comparable; the result has their common unit.
TypeResult common_unit(const std::vector<Type>& args) {
    Unit unit = args[0].unit;
    for (const auto& arg : args) {
        if (!is_figure(arg)) return std::string("it takes figures, not periods");
        auto joined = sum_unit(unit, arg.unit);
        if (!joined || !comparable(unit, arg.unit)) return mismatch(args[0], arg);
        unit = *joined;
    }
    return Type{unit, std::nullopt};
}

using Fault = std::optional<std::string> (*)(std::size_t index, const Value& arg);

// Throws the first argument's fault: eval and grid give the reason the evaluator gives.
void refuse_faults(Fault fault, const std::vector<Value>& args) {
    for (std::size_t i = 0; i < args.size(); ++i)
        if (auto why = fault(i, args[i])) throw EvalError(*why);
}

// change(from, to): the relative change, against the size of the starting figure.
std::optional<std::string> fault_change(std::size_t i, const Value& v) {
    if (i == 0 && v.number == 0) return "a change from zero has no percentage";
    return std::nullopt;
}
TypeResult type_change(const std::vector<Type>& a) { return pair_of_like(a, Dimension::percent); }
Rational eval_change(const std::vector<Value>& a) {
    refuse_faults(fault_change, a);
    const Rational& from = a[0].number;
    return (a[1].number - from) / abs(from);
}

// Over ranges: to / from - 1 for a positive start, 1 - to / from for a negative one, each
// figure used once so that the interval is exact.
Interval bounds_change(const std::vector<Value>& a) {
    const Interval from = range_of(a[0]);
    if (from.contains(0)) throw EvalError("a change from a figure that may be zero, " + from.text(a[0].type.unit) + ", has no percentage");
    const Interval ratio = *divided(range_of(a[1]), from);
    const bool negative = from.high && from.high->value <= 0;
    return negative ? exact_interval(1) - ratio : ratio - exact_interval(1);
}

// a / b over ranges; `what` names the result for a divisor that may be zero.
Interval quotient(const std::vector<Value>& a, const std::string& what) {
    const Interval whole = range_of(a[1]);
    if (auto q = divided(range_of(a[0]), whole)) return *q;
    throw EvalError(what + " a figure that may be zero, " + whole.text(a[1].type.unit) + ", is undefined");
}

std::optional<std::string> fault_ratio(std::size_t i, const Value& v) {
    if (i == 1 && v.number == 0) return "a ratio to zero is undefined";
    return std::nullopt;
}
TypeResult type_ratio(const std::vector<Type>& a) { return pair_of_like(a, Dimension::ratio); }
Rational eval_ratio(const std::vector<Value>& a) {
    refuse_faults(fault_ratio, a);
    return a[0].number / a[1].number;
}
Interval bounds_ratio(const std::vector<Value>& a) { return quotient(a, "a ratio to"); }

std::optional<std::string> fault_share(std::size_t i, const Value& v) {
    if (i == 1 && v.number == 0) return "a share of zero is undefined";
    return std::nullopt;
}
TypeResult type_share(const std::vector<Type>& a) { return pair_of_like(a, Dimension::percent); }
Rational eval_share(const std::vector<Value>& a) {
    refuse_faults(fault_share, a);
    return a[0].number / a[1].number;
}
Interval bounds_share(const std::vector<Value>& a) { return quotient(a, "a share of"); }

TypeResult type_points(const std::vector<Type>& a) {
    for (const auto& t : a)
        if (t.unit.dimension != Dimension::percent && t.unit.dimension != Dimension::unknown)
            return "it takes two percentages, not " + describe(t.unit);
    return pair_of_like(a, Dimension::points);
}
Rational eval_points(const std::vector<Value>& a) { return a[1].number - a[0].number; }
Interval bounds_points(const std::vector<Value>& a) { return range_of(a[1]) - range_of(a[0]); }

// sum keeps the period when the parts share it or are back to back: FY2015/16 + FY2016/17.
TypeResult type_sum(const std::vector<Type>& a) {
    auto result = common_unit(a);
    if (auto* type = std::get_if<Type>(&result)) {
        std::vector<std::optional<Period>> periods;
        for (const auto& t : a) periods.push_back(t.period);
        type->period = period_of_total(periods);
    }
    return result;
}
Rational eval_sum(const std::vector<Value>& a) {
    Rational total = 0;
    for (const auto& v : a) total += v.number;
    return total;
}

Interval bounds_sum(const std::vector<Value>& a) {
    Interval total = exact_interval(0);
    for (const auto& v : a) total = total + range_of(v);
    return total;
}

TypeResult type_common(const std::vector<Type>& a) { return common_unit(a); }
Rational eval_mean(const std::vector<Value>& a) {
    return eval_sum(a) / Rational(static_cast<long>(a.size()));
}
Interval bounds_mean(const std::vector<Value>& a) {
    return bounds_sum(a) * exact_interval(Rational(1, static_cast<long>(a.size())));
}
Rational eval_min(const std::vector<Value>& a) {
    return std::min_element(a.begin(), a.end(), [](auto& x, auto& y) { return x.number < y.number; })
        ->number;
}
Rational eval_max(const std::vector<Value>& a) {
    return std::max_element(a.begin(), a.end(), [](auto& x, auto& y) { return x.number < y.number; })
        ->number;
}
Rational eval_mode(const std::vector<Value>& a) {
    std::map<Rational, int> counts;
    for (const auto& v : a) ++counts[v.number];
    int best = 0;
    for (const auto& [value, n] : counts) best = std::max(best, n);
    std::vector<Rational> modes;
    for (const auto& [value, n] : counts)
        if (n == best) modes.push_back(value);
    if (modes.size() > 1)
        throw EvalError("there is no single most common value: " + std::to_string(modes.size()) +
                        " values each appear " + (best == 1 ? std::string("once") : std::to_string(best) + " times"));
    return modes[0];
}

// per_day(x) over x's own period, or per_day(x, period).
template <Per per>
TypeResult type_per(const std::vector<Type>& a) {
    if (a[0].unit.dimension != Dimension::count && a[0].unit.dimension != Dimension::number &&
        a[0].unit.dimension != Dimension::money && a[0].unit.dimension != Dimension::unknown)
        return "it takes a count or an amount of money, not " + describe(a[0].unit);
    if (a.size() == 2 && a[1].unit.dimension != Dimension::period)
        return "its second argument must be a period such as FY2016/17, not " + describe(a[1].unit);
    const std::optional<Period>& period = a.size() == 2 ? a[1].period : a[0].period;
    if (a[0].unit.dimension == Dimension::unknown) return Type{Unit{Dimension::unknown}, std::nullopt};
    if (!period)
        return std::string("the figure has no period: give it one (let x = 5,653 during FY2016/17) "
                           "or name one (per_day(x, FY2016/17))");
    if ((per == Per::month || per == Per::year) && !period->whole_months())
        return period->describe() + " is not a whole number of calendar months; use per_day or per_week";
    return Type{Unit{Dimension::rate, per, a[0].unit.currency}, std::nullopt};  // "£9,315 a day"
}

const Period& period_of_args(const std::vector<Value>& a) {
    return a.size() == 2 ? *a[1].type.period : *a[0].type.period;
}

Rational eval_per_day(const std::vector<Value>& a) { return a[0].number / Rational(period_of_args(a).days()); }
Rational eval_per_week(const std::vector<Value>& a) {
    return a[0].number * 7 / Rational(period_of_args(a).days());
}
Rational eval_per_month(const std::vector<Value>& a) {
    return a[0].number / Rational(*period_of_args(a).whole_months());
}
Rational eval_per_year(const std::vector<Value>& a) {
    return a[0].number * 12 / Rational(*period_of_args(a).whole_months());
}

// A rate is the count times a factor of its period: the count's range, scaled.
template <Rational (*eval)(const std::vector<Value>&)>
Interval bounds_per(const std::vector<Value>& a) {
    std::vector<Value> one = a;
    one[0].number = 1;
    return range_of(a[0]) * exact_interval(eval(one));
}

// per_head(x, population), per_1000 and per_100000: x for each person, or for each 1,000 or
// 100,000 people, of a population figure. Each scale is a unit of its own, so that a rate per
// 1,000 never compares with one per 100,000.
template <Per per>
TypeResult type_per_people(const std::vector<Type>& a) {
    for (const auto& t : a)
        if (t.unit.dimension != Dimension::count && t.unit.dimension != Dimension::number &&
            t.unit.dimension != Dimension::unknown)
            return "it takes a count and a population, not " + describe(t.unit);
    if (a[0].unit.dimension == Dimension::unknown || a[1].unit.dimension == Dimension::unknown)
        return Type{Unit{Dimension::unknown}, std::nullopt};
    return Type{Unit{Dimension::rate, per}, std::nullopt};
}

std::optional<std::string> fault_per_people(std::size_t i, const Value& v) {
    if (i == 1 && v.number == 0) return "a rate per head of a population of zero is undefined";
    return std::nullopt;
}

template <Per per>
Rational eval_per_people(const std::vector<Value>& a) {
    refuse_faults(fault_per_people, a);
    return a[0].number * people_of(per) / a[1].number;
}

template <Per per>
Interval bounds_per_people(const std::vector<Value>& a) {
    return quotient(a, "a rate per head of") * exact_interval(Rational(people_of(per)));
}

// any_share(n): the shares k/n that n people can give; any_mean(n [, items]): the
// means of n whole-number answers (on `items` questions each).
template <Dimension result>
TypeResult type_any(const std::vector<Type>& a) {
    for (const auto& t : a)
        if (t.unit.dimension != Dimension::count && t.unit.dimension != Dimension::number)
            return "it takes whole numbers of people or answers, not " + describe(t.unit);
    return Type{Unit{result}, std::nullopt, true};
}

// Each argument is a whole number above zero: the people, then the items each answered.
std::optional<std::string> fault_any(std::size_t i, const Value& v) {
    if (denominator(v.number) == 1 && v.number > 0) return std::nullopt;
    return std::string(i == 0 ? "the number of people" : "the number of items") +
           " must be a whole number above zero, not " + decimal_text(v.number, 7);
}

Grid grid_share(const std::vector<Value>& a) {
    refuse_faults(fault_any, a);
    Integer n = numerator(a[0].number);
    return Grid{Rational(Integer(1), n), Rational(0), Rational(1), "share of " + n.str()};
}

Grid grid_mean(const std::vector<Value>& a) {
    refuse_faults(fault_any, a);
    Integer n = numerator(a[0].number);
    Integer items = a.size() == 2 ? numerator(a[1].number) : Integer(1);
    std::string of = "mean of " + n.str() + " whole numbers" + (a.size() == 2 ? " (" + items.str() + " items each)" : "");
    return Grid{Rational(Integer(1), n * items), std::nullopt, std::nullopt, of};
}

Rational no_single_value(const std::vector<Value>&) { throw std::logic_error("a grid has no single value"); }

TypeResult type_days(const std::vector<Type>& a) {
    if (a[0].unit.dimension != Dimension::period) return "it takes a period, not " + describe(a[0].unit);
    return Type{Unit{Dimension::count}, std::nullopt};
}
Rational eval_days(const std::vector<Value>& a) { return Rational(a[0].type.period->days()); }

}  // namespace

const std::vector<Builtin>& builtins() {
    static const std::vector<Builtin> all = {
        {"change", 2, 2, "change(from, to)", "relative change from `from` to `to`, a percentage", "(to - from) / |from|",
         type_change, eval_change, nullptr, fault_change, bounds_change},
        {"ratio", 2, 2, "ratio(a, b)", "a divided by b, a ratio (\"5.73 times\")", "a / b", type_ratio, eval_ratio, nullptr,
         fault_ratio, bounds_ratio},
        {"share", 2, 2, "share(part, whole)", "part as a percentage of whole", "part / whole", type_share, eval_share, nullptr,
         fault_share, bounds_share},
        {"points", 2, 2, "points(from, to)", "difference of two percentages, in percentage points", "to - from",
         type_points, eval_points, nullptr, nullptr, bounds_points},
        {"sum", 1, -1, "sum(x, ...)", "total; keeps the period when the parts are back to back", "x1 + x2 + ...",
         type_sum, eval_sum, nullptr, nullptr, bounds_sum},
        {"mean", 1, -1, "mean(x, ...)", "arithmetic mean", "(x1 + ... + xn) / n", type_common, eval_mean, nullptr, nullptr,
         bounds_mean},
        {"min", 1, -1, "min(x, ...)", "smallest value", "the smallest", type_common, eval_min},
        {"max", 1, -1, "max(x, ...)", "largest value", "the largest", type_common, eval_max},
        {"mode", 1, -1, "mode(x, ...)", "the single most common value", "the value that appears most often", type_common, eval_mode},
        {"per_day", 1, 2, "per_day(x [, period])", "x divided by the days in its period", "x / days in the period",
         type_per<Per::day>, eval_per_day, nullptr, nullptr, bounds_per<eval_per_day>},
        {"per_week", 1, 2, "per_week(x [, period])", "x per 7 days of its period", "x * 7 / days in the period",
         type_per<Per::week>, eval_per_week, nullptr, nullptr, bounds_per<eval_per_week>},
        {"per_month", 1, 2, "per_month(x [, period])", "x divided by the calendar months in its period", "x / calendar months in the period",
         type_per<Per::month>, eval_per_month, nullptr, nullptr, bounds_per<eval_per_month>},
        {"per_year", 1, 2, "per_year(x [, period])", "x per 12 calendar months of its period", "x * 12 / calendar months in the period",
         type_per<Per::year>, eval_per_year, nullptr, nullptr, bounds_per<eval_per_year>},
        {"per_head", 2, 2, "per_head(x, population)", "x for each person in a population", "x / population",
         type_per_people<Per::head>, eval_per_people<Per::head>, nullptr, fault_per_people,
         bounds_per_people<Per::head>},
        {"per_1000", 2, 2, "per_1000(x, population)", "x for each 1,000 people in a population", "x * 1,000 / population",
         type_per_people<Per::thousand>, eval_per_people<Per::thousand>, nullptr, fault_per_people,
         bounds_per_people<Per::thousand>},
        {"per_100000", 2, 2, "per_100000(x, population)", "x for each 100,000 people in a population",
         "x * 100,000 / population", type_per_people<Per::hundred_thousand>, eval_per_people<Per::hundred_thousand>,
         nullptr, fault_per_people, bounds_per_people<Per::hundred_thousand>},
        {"days", 1, 1, "days(period)", "the number of days in a period (FY2015/16 has 366)", "last day - first day + 1",
         type_days, eval_days},
        {"any_share", 1, 1, "any_share(n)", "every share k/n that n people can give (a granularity check)", "k / n for every whole k from 0 to n",
         type_any<Dimension::percent>, no_single_value, grid_share, fault_any},
        {"any_mean", 1, 2, "any_mean(n [, items])", "every mean of n whole-number answers (a granularity check)", "k / (n * items) for every whole k",
         type_any<Dimension::number>, no_single_value, grid_mean, fault_any},
    };
    return all;
}

const Builtin* find_builtin(std::string_view name) {
    for (const auto& b : builtins())
        if (b.name == name) return &b;
    return nullptr;
}

// A builtin's result type for these arguments' types, inside a vocabulary definition.
std::variant<Type, std::string> type_for(const Builtin& builtin, const std::vector<Value>& args) {
    std::vector<Type> types;
    for (const Value& arg : args) types.push_back(arg.type);
    auto type = builtin.type(types);
    if (const auto* message = std::get_if<std::string>(&type)) return std::string(builtin.name) + ": " + *message;
    return type;
}

// "(to - from) / |from| with from = 63, to = 361"
std::string formula_with(const Builtin& builtin, const std::vector<Value>& args) {
    std::string_view signature = builtin.signature;
    std::string names(signature.substr(signature.find('(') + 1));
    names = names.substr(0, names.find(')'));
    names.erase(std::remove_if(names.begin(), names.end(), [](char c) { return c == '[' || c == ']'; }), names.end());
    std::vector<std::string> params;
    for (std::size_t start = 0; start < names.size();) {
        std::size_t comma = names.find(',', start);
        std::string name = names.substr(start, comma - start);
        name.erase(0, name.find_first_not_of(' '));
        name.erase(name.find_last_not_of(' ') + 1);
        if (!name.empty() && name != "...") params.push_back(name);
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    std::string how = std::string(builtin.formula) + " with ";
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string value = args[i].type.unit.dimension == Dimension::period ? args[i].type.period->describe()
                                                                             : shown_figure(args[i].number, args[i].type.unit);
        how += (i ? ", " : "") + (i < params.size() ? params[i] + " = " : "") + value;
    }
    // per_day(x) divides by x's own period: name it.
    if (args.size() == 1 && params.size() == 2 && args[0].type.period)
        how += ", " + params[1] + " = " + args[0].type.period->describe();
    return how;
}

}  // namespace claimcheck
