#pragma once
// What a figure measures. Checked before anything is evaluated, so that a
// percentage is never silently compared with a count, or points with per cent.
#include "engine/core/currency.hpp"
#include "engine/core/exact.hpp"

#include <optional>
#include <string>

namespace claimcheck {

enum class Dimension {
    number,   // a bare literal: fits counts, ratios, rates and points, not percentages
    count,    // things counted: offences, forces
    percent,  // a share or a relative change, stored as a fraction (44% is 11/25)
    points,   // a difference of two percentages, stored the same way (2 points is 1/50)
    ratio,    // a multiple: 361 / 63 is 5.73 times
    rate,     // a count per day, week, month or year, or per head of a population
    period,   // a calendar span, only an argument to per_day and friends
    unknown,  // a figure the data does not have: anything goes, the check is unverifiable
    money,    // an amount in one currency ("£3.4m"): never added to a count or another currency
};

// A rate's unit: a span of the calendar, a number of people in a population, or a unit the
// claims declare (unit school_day = 190 a year), named by Unit::declared.
enum class Per { day, week, month, year, head, thousand, hundred_thousand, declared };

// The people a rate per head counts its figure against: 1, 1,000, 100,000; 0 for a span of time.
long people_of(Per per);

struct Unit {
    Dimension dimension = Dimension::number;
    Per per = Per::day;  // meaningful for rates only
    Currency currency = Currency::none;  // for money, and a rate of money ("£9,315 a day")
    std::string declared{};  // for Per::declared: the unit's name as declared, "school_day"

    bool operator==(const Unit& other) const {
        return dimension == other.dimension && currency == other.currency &&
               (dimension != Dimension::rate || (per == other.per && declared == other.declared));
    }
};

// A declared unit's name as words: school_day reads "school day".
std::string spoken_unit(std::string name);

std::string describe(Unit unit);  // "a percentage", "a rate per day", "a rate per 1,000 people"

bool comparable(Unit a, Unit b);
std::optional<Unit> sum_unit(Unit a, Unit b);  // + and -
std::optional<Unit> product_unit(Unit a, Unit b);
std::optional<Unit> quotient_unit(Unit a, Unit b);

// How a figure of this unit reads: "473.02%", "15.49 a day", "41.5 per 100,000", "5.73 times", "5,653", "£12.50".
std::string format_value(const Rational& value, Unit unit, int places);

// Multiply a stored value by this to get the written number (100 for per cent and points).
Rational written_scale(Unit unit);

}  // namespace claimcheck
