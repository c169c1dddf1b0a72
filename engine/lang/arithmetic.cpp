#include "engine/lang/arithmetic.hpp"

#include "engine/core/magnitudes.hpp"

namespace claimcheck {

namespace {
const char* verb(char op) {
    switch (op) {
    case '+': return "add";
    case '-': return "subtract";
    case '*': return "multiply";
    default: return "divide";
    }
}
}  // namespace

std::variant<Type, std::string> combine(char op, const Type& a, const Type& b) {
    if (a.grid || b.grid)
        return std::string("any_share and any_mean stand for every possible value; check one on its own, "
                           "as in: check any_share(19) is 40%");
    std::optional<Unit> unit;
    std::optional<Period> period;
    switch (op) {
    case '+':
        unit = sum_unit(a.unit, b.unit);
        if (a.period && b.period) period = join(*a.period, *b.period);
        break;
    case '-':
        unit = sum_unit(a.unit, b.unit);
        if (a.period && b.period && a.period->first == b.period->first && a.period->last == b.period->last)
            period = a.period;  // two counts over one year: their difference is over it too
        break;
    case '*':
        unit = product_unit(a.unit, b.unit);
        period = a.period ? a.period : b.period;  // scaling keeps what was counted when
        break;
    default:
        unit = quotient_unit(a.unit, b.unit);
        if (unit && *unit == a.unit) period = a.period;
        break;
    }
    if (!unit)
        return std::string("cannot ") + verb(op) + " " + describe(a.unit) + " and " + describe(b.unit);
    return Type{*unit, period};
}

void TotalPeriod::add(char op, const std::optional<Period>& period) {
    ++terms_;
    if (op != '+') total_ = false;
    if (!period) spanned_ = false;
    if (total_ && spanned_) periods_.push_back(period);
    else periods_.clear();
}

std::optional<Period> TotalPeriod::of(std::optional<Period> folded) const {
    if (terms_ < 2 || !total_) return folded;
    return spanned_ ? period_of_total(periods_) : std::nullopt;
}

Unit unit_of(const ast::Number& number) {
    if (number.currency != Currency::none) return Unit{Dimension::money, Per::day, number.currency};
    return unit_named(number.unit);
}

Unit unit_named(const std::string& unit) {
    if (unit == "%") return Unit{Dimension::percent};
    if (unit == "points") return Unit{Dimension::points};
    if (unit == "times") return Unit{Dimension::ratio};
    return Unit{Dimension::number};
}

Rational value_of(const ast::Number& number) { return parse_decimal(number.digits) / number_scale(number); }

Rational number_scale(const ast::Number& number) {
    return written_scale(unit_of(number)) / power_of_ten(magnitude_exponent(number.magnitude, true));
}

Rational step_of(const ast::Number& amount, Unit unit) {
    return parse_decimal(amount.digits) * power_of_ten(magnitude_exponent(amount.magnitude, true)) / written_scale(unit);
}

Type let_type(Type value, std::optional<Period> during) {
    if (value.unit.dimension == Dimension::number) value.unit.dimension = Dimension::count;
    if (during) value.period = std::move(during);
    return value;
}

}  // namespace claimcheck
