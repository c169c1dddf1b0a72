#include "engine/core/unit.hpp"

namespace claimcheck {

namespace {
bool is(Unit u, Dimension d) { return u.dimension == d; }

// What a rate counts per: "day", "1,000 people", "school_day".
std::string per_word(const Unit& unit) {
    switch (unit.per) {
    case Per::declared: return unit.declared;
    case Per::day: return "day";
    case Per::week: return "week";
    case Per::month: return "month";
    case Per::year: return "year";
    case Per::head: return "head";
    case Per::thousand: return "1,000 people";
    case Per::hundred_thousand: return "100,000 people";
    }
    return "day";
}

// " in pounds" after a description, for money and a rate of money.
std::string in_currency(Unit unit) {
    const CurrencySign* c = sign_of(unit.currency);
    return c ? " in " + std::string(c->name) : std::string();
}

// Pence and cents are printed in pairs: "£12.50", never "£12.5".
std::string in_pence(std::string digits) {
    auto dot = digits.find('.');
    if (dot != std::string::npos && digits.size() - dot == 2) digits += '0';
    return digits;
}

// After a rate's figure, as reporters print it: "15.49 a day", "41.5 per 100,000", "3.2 per school day".
std::string per_suffix(const Unit& unit) {
    switch (unit.per) {
    case Per::declared: return " per " + spoken_unit(unit.declared);
    case Per::day: return " a day";
    case Per::week: return " a week";
    case Per::month: return " a month";
    case Per::year: return " a year";
    case Per::head: return " per head";
    case Per::thousand: return " per 1,000";
    case Per::hundred_thousand: return " per 100,000";
    }
    return " a day";
}
}  // namespace

std::string spoken_unit(std::string name) {
    for (char& c : name)
        if (c == '_') c = ' ';
    return name;
}

long people_of(Per per) {
    switch (per) {
    case Per::head: return 1;
    case Per::thousand: return 1000;
    case Per::hundred_thousand: return 100000;
    default: return 0;
    }
}

std::string describe(Unit unit) {
    switch (unit.dimension) {
    case Dimension::number: return "a plain number";
    case Dimension::count: return "a count";
    case Dimension::percent: return "a percentage";
    case Dimension::points: return "percentage points";
    case Dimension::ratio: return "a ratio";
    case Dimension::rate: return "a rate per " + per_word(unit) + in_currency(unit);
    case Dimension::money: return "an amount" + in_currency(unit);
    case Dimension::period: return "a period";
    case Dimension::unknown: return "a missing figure";
    }
    return "a number";
}

bool comparable(Unit a, Unit b) {
    if (is(a, Dimension::unknown) || is(b, Dimension::unknown)) return true;
    if (is(a, Dimension::period) || is(b, Dimension::period)) return false;
    if (a == b) return true;
    // "£9,315" stated for a rate of money: the sign names the currency, the words the time.
    if (is(a, Dimension::money) && is(b, Dimension::rate)) return a.currency == b.currency;
    if (is(b, Dimension::money) && is(a, Dimension::rate)) return a.currency == b.currency;
    // A bare number fits anything but a percentage: "is 44" for a change is a slip for 44%.
    if (is(a, Dimension::number)) return !is(b, Dimension::percent);
    if (is(b, Dimension::number)) return !is(a, Dimension::percent);
    return false;
}

std::optional<Unit> sum_unit(Unit a, Unit b) {
    if (is(a, Dimension::unknown) || is(b, Dimension::unknown)) return Unit{Dimension::unknown};
    if (is(a, Dimension::percent) && is(b, Dimension::points)) return a;  // 44% + 1 point
    if (is(a, Dimension::points) && is(b, Dimension::percent)) return b;
    if (!comparable(a, b)) return std::nullopt;
    if (is(a, Dimension::money) && is(b, Dimension::rate)) return b;  // £100 more a day is a rate
    return is(a, Dimension::number) ? b : a;
}

std::optional<Unit> product_unit(Unit a, Unit b) {
    if (is(a, Dimension::unknown) || is(b, Dimension::unknown)) return Unit{Dimension::unknown};
    if (is(a, Dimension::period) || is(b, Dimension::period)) return std::nullopt;
    if (is(a, Dimension::number)) return b;
    if (is(b, Dimension::number)) return a;
    if (is(a, Dimension::percent) && is(b, Dimension::percent)) return a;
    if (is(a, Dimension::percent) && is(b, Dimension::count)) return b;  // 44% of 5,653
    if (is(b, Dimension::percent) && is(a, Dimension::count)) return a;
    // 44% of £3.4m is money, and so is £12 each times a count of things.
    if (is(a, Dimension::money) && (is(b, Dimension::percent) || is(b, Dimension::count))) return a;
    if (is(b, Dimension::money) && (is(a, Dimension::percent) || is(a, Dimension::count))) return b;
    if (is(a, Dimension::ratio)) return b;
    if (is(b, Dimension::ratio)) return a;
    return std::nullopt;
}

std::optional<Unit> quotient_unit(Unit a, Unit b) {
    if (is(a, Dimension::unknown) || is(b, Dimension::unknown)) return Unit{Dimension::unknown};
    if (is(a, Dimension::period) || is(b, Dimension::period)) return std::nullopt;
    if (is(b, Dimension::number) || is(b, Dimension::ratio)) return a;
    if (a == b) return Unit{Dimension::ratio};
    if (is(a, Dimension::count) && is(b, Dimension::percent)) return a;  // the whole of a share
    // The whole of a share of money, and an amount each: £3.4m over 2,000 pupils is £1,700 a pupil.
    if (is(a, Dimension::money) && (is(b, Dimension::percent) || is(b, Dimension::count))) return a;
    return std::nullopt;
}

Rational written_scale(Unit unit) {
    return is(unit, Dimension::percent) || is(unit, Dimension::points) ? Rational(100) : Rational(1);
}

std::string format_value(const Rational& value, Unit unit, int places) {
    std::string digits = decimal_text(value * written_scale(unit), places);
    if (unit.currency != Currency::none) digits = in_pence(digits);
    // Group the whole part of large figures the way they are printed: 5,653.
    auto dot = digits.find('.');
    std::string whole = digits.substr(0, dot);
    if (whole.size() > 4 || (whole.size() == 4 && whole[0] != '-'))
        digits = grouped(Integer(whole)) + (dot == std::string::npos ? "" : digits.substr(dot));
    if (unit.currency != Currency::none) {  // "-£5", as the minus is printed before the sign
        bool negative = digits[0] == '-';
        digits = (negative ? "-" : "") + std::string(currency_sign(unit.currency)) + digits.substr(negative ? 1 : 0);
    }
    switch (unit.dimension) {
    case Dimension::percent: return digits + "%";
    case Dimension::points: return digits + (digits == "1" ? " point" : " points");
    case Dimension::ratio: return digits + " times";
    case Dimension::rate: return digits + per_suffix(unit);
    default: return digits;
    }
}

}  // namespace claimcheck
