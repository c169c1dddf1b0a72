#pragma once
// What a stated figure was taken to mean, as an interval of true values.
// "44%" is read strictly as "rounds to 44%" ([43.5%, 44.5%)) and leniently as
// "truncates to 44%" ([44%, 45%)); a value inside only the lenient interval warns.
#include "engine/core/exact.hpp"
#include "engine/core/unit.hpp"

#include <optional>
#include <string>
#include <vector>

namespace claimcheck {

struct Definition;

struct Bound {
    Rational value;
    bool closed = true;
};

struct Interval {
    std::optional<Bound> low;  // nothing: unbounded
    std::optional<Bound> high;

    bool contains(const Rational& x) const;
    bool single() const { return low && high && low->value == high->value; }
    std::string text(Unit unit) const;  // "[43.5%, 44.5%)"
};

struct Reading {
    std::string description;  // "rounded to the nearest 1%, halves away from zero"
    Interval interval;
    bool negated = false;    // for != : holds outside the interval
    bool truncation = false;  // the stated figure read as cut off, not rounded
    bool alternative = false;  // one of several readings of ambiguous words, holding alone
    bool holds_for(const Rational& x) const { return interval.contains(x) != negated; }
};

struct Meaning {
    std::string claimed;  // as written: "44%", "more than a third"
    Unit unit;
    Reading strict;
    std::vector<Reading> lenient;  // each holds only under a lenient reading: warn
    const Definition* definition = nullptr;
    // A phrase around a written figure that reads it as written ("a fall of 12%" is -12%, to the
    // nearest 1%): a mistake in it is diagnosed as in the figure itself.
    bool figure = false;
    // The definitions of the words standing for N in it, outermost first: 'a third' in 'more than a third'.
    std::vector<const Definition*> inner;
    // Words a reader may take more than one way ("five times more": a ratio or an increase), each
    // reading named ("as a ratio"): strict is where every one holds, lenient where one alone does.
    std::vector<Reading> readings;
};

// True when some value lies in both intervals.
bool overlap(const Interval& a, const Interval& b);

// The values that round (halves away from zero) to stated at this step.
Interval rounding_interval(const Rational& stated, const Rational& step);
// The values that truncate toward zero to stated at this step.
Interval truncation_interval(const Rational& stated, const Rational& step);
Interval exact_interval(const Rational& value);
Interval tolerance_interval(const Rational& value, const Rational& tolerance);

// Decimal places needed to write x exactly, or -1 when its decimal never ends (1/3).
int exact_places(const Rational& x);

// A bound as written: exact when it can be ("43.5%"), else rounded and marked ("33.3333333…%").
std::string bound_text(const Rational& value, Unit unit);

// "1%", "0.1", "100": a step written in a unit, for descriptions.
std::string step_text(const Rational& step, Unit unit);

}  // namespace claimcheck
