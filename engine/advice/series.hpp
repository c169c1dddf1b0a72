#pragma once
// The other figures of a figure's series (kent.2014_15 and kent.2016_17 beside
// kent.2015_16), indexed once per scope so that the diagnosis can ask which of them
// a wrong figure was worked out from by halving, not by trying each: a claim of a
// thousand changes over a series of a thousand figures would try a million.
#include "engine/core/reading.hpp"
#include "engine/lang/value.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace claimcheck {

// Values, each with a rank (the order they would be tried in), sorted by value: the
// lowest rank among a run of them in one step.
class RankedValues {
public:
    void add(const Rational& value, std::size_t rank) { entries_.emplace_back(value, rank); }
    void finish();  // sorts, and tables the lowest rank of every run of 2^k
    std::size_t size() const { return entries_.size(); }
    const Rational& value(std::size_t position) const { return entries_[position].first; }
    std::size_t rank(std::size_t position) const { return entries_[position].second; }
    // The lowest rank at the positions [first, last), other than `except`.
    std::optional<std::size_t> lowest(std::size_t first, std::size_t last, std::optional<std::size_t> except) const;
    // The positions [first, last) whose f(value) lies inside interval, given that f is monotone:
    // rising (rising = true) or falling along the sorted values.
    template <typename F>
    std::pair<std::size_t, std::size_t> inside(const Interval& interval, F f, bool rising) const;

private:
    std::optional<std::size_t> lowest(std::size_t first, std::size_t last) const;

    std::vector<std::pair<Rational, std::size_t>> entries_;
    std::vector<std::vector<std::size_t>> lowest_;  // [k][i]: the lowest rank at [i, i + 2^k)
    std::map<std::size_t, std::size_t> position_of_;  // rank -> position
};

struct SeriesFigure {
    std::string name;
    Value value;
};

class SeriesIndex {
public:
    // The figures of one series, in name order (the order they are tried in).
    explicit SeriesIndex(std::vector<SeriesFigure> figures);

    // The first figure in name order, other than `self`, of `dimension` and not zero, from which
    // the change to `to`, (to - v) / |v|, lies in interval.
    const SeriesFigure* changed_from(const std::string& self, Dimension dimension, const Rational& to,
                                     const Interval& interval) const;
    // The first figure in name order of exactly `unit`, counted over the span just after `period`
    // or just before it, whose sum with `value` lies in interval.
    const SeriesFigure* adjoining(Unit unit, const Period& period, const Rational& value,
                                  const Interval& interval) const;

private:
    using UnitKey = std::pair<int, int>;  // dimension, and per for a rate
    static UnitKey key_of(Unit unit);

    std::vector<SeriesFigure> figures_;
    std::map<std::string, std::size_t> rank_of_;
    std::map<int, RankedValues> positive_, negative_;                 // by dimension: non-zero values
    std::map<std::tuple<int, int, long>, RankedValues> starting_, ending_;  // by unit and first or last day
};

}  // namespace claimcheck
