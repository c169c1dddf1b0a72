#include "engine/advice/wording.hpp"

#include "engine/lang/shape.hpp"

#include <algorithm>

namespace claimcheck {

std::string framed(const ast::Expr& subject, const Rational& actual, const std::string& stated) {
    const ast::Call* call = lone_call(subject);
    if (!call || (call->function.text != "change" && call->function.text != "points")) return stated;
    if (actual < 0) return "a fall of " + (stated.rfind('-', 0) == 0 ? stated.substr(1) : stated);
    return actual == 0 ? "no change" : "a rise of " + stated;
}

namespace {
// The number a check states: after `is` (alone or after words), or on the right of a relation.
const ast::Number* stated_number(const ast::Check& check) {
    if (const auto* stated = boost::get<ast::Stated>(&check.test.get()))
        return stated->value ? boost::get<ast::Number>(&stated->value->get()) : nullptr;
    const ast::Expr* figure = compared_figure(boost::get<ast::Relation>(check.test.get()));
    return figure ? lone_number(*figure) : nullptr;
}
}  // namespace

bool separators_for(const ast::Check& check) {
    const ast::Number* written = stated_number(check);
    if (!written) return true;
    std::string whole = written->digits.substr(0, written->digits.find('.'));
    bool grouped = whole.find(',') != std::string::npos;
    whole.erase(std::remove(whole.begin(), whole.end(), ','), whole.end());
    whole.erase(0, whole.find_first_not_of('-'));
    return whole.size() < 4 || grouped;
}

std::string digits_like(const Rational& written_value, int places, bool separators) {
    std::string digits = fixed_text(written_value, places);
    if (!separators) return digits;
    auto dot = digits.find('.');
    std::string whole = digits.substr(0, dot);
    return grouped(Integer(whole)) + (dot == std::string::npos ? "" : digits.substr(dot));
}

std::string unit_suffix(Unit unit) {
    switch (unit.dimension) {
    case Dimension::percent: return "%";
    case Dimension::points: return " points";
    case Dimension::ratio: return " times";
    default: return "";
    }
}

std::string unit_prefix(Unit unit) { return std::string(currency_sign(unit.currency)); }

ast::Number written_number(const std::string& digits, Unit unit) {
    ast::Number n;
    n.currency = unit.currency;
    n.digits = digits;
    std::string suffix = unit_suffix(unit);
    n.unit = suffix.empty() ? "" : suffix == "%" ? "%" : suffix.substr(1);
    return n;
}

std::vector<Rational> round_figures(const Rational& x, bool whole) {
    std::vector<Rational> out;
    if (x <= 0) return out;
    Integer integer_part = numerator(x) / denominator(x);
    int digits = integer_part == 0 ? 1 : static_cast<int>(integer_part.str().size());
    for (int significant : {1, 2}) {
        Rational step = power_of_ten(digits - significant);
        if (whole && step < 1) continue;
        Rational low = truncate_to(x, step);
        for (const Rational& figure : {low == x ? low - step : low, low, low + step})
            if (figure > 0 && std::find(out.begin(), out.end(), figure) == out.end()) out.push_back(figure);
    }
    return out;
}

int two_digit_places(const Rational& x) {
    const Rational a = abs(x);
    if (a >= 10) return 0;
    return a >= 1 ? 1 : places_for(a, 2, 0);
}

int significant_digits(const Rational& figure) {
    std::string digits = decimal_text(figure, 7);
    digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
    digits.erase(0, digits.find_first_not_of('0'));
    if (decimal_text(figure, 7).find('.') == std::string::npos) digits.erase(digits.find_last_not_of('0') + 1);
    return static_cast<int>(digits.size());
}

}  // namespace claimcheck
