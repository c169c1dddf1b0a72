#include "engine/advice/series.hpp"

#include <algorithm>

namespace claimcheck {

namespace {

// Where x lies against interval: -1 below it, 0 inside, 1 above.
int side(const Interval& interval, const Rational& x) {
    if (interval.low && (interval.low->closed ? x < interval.low->value : x <= interval.low->value)) return -1;
    if (interval.high && (interval.high->closed ? x > interval.high->value : x >= interval.high->value)) return 1;
    return 0;
}

}  // namespace

void RankedValues::finish() {
    std::sort(entries_.begin(), entries_.end());
    for (std::size_t i = 0; i < entries_.size(); ++i) position_of_[entries_[i].second] = i;
    lowest_.assign(1, std::vector<std::size_t>(entries_.size()));
    for (std::size_t i = 0; i < entries_.size(); ++i) lowest_[0][i] = entries_[i].second;
    for (std::size_t k = 1; (std::size_t{1} << k) <= entries_.size(); ++k) {
        const std::size_t half = std::size_t{1} << (k - 1);
        const std::vector<std::size_t>& below = lowest_[k - 1];
        std::vector<std::size_t> row(entries_.size() - (std::size_t{1} << k) + 1);
        for (std::size_t i = 0; i < row.size(); ++i) row[i] = std::min(below[i], below[i + half]);
        lowest_.push_back(std::move(row));
    }
}

std::optional<std::size_t> RankedValues::lowest(std::size_t first, std::size_t last) const {
    if (first >= last) return std::nullopt;
    std::size_t k = 0;
    while ((std::size_t{2} << k) <= last - first) ++k;
    return std::min(lowest_[k][first], lowest_[k][last - (std::size_t{1} << k)]);
}

std::optional<std::size_t> RankedValues::lowest(std::size_t first, std::size_t last,
                                                std::optional<std::size_t> except) const {
    auto found = except ? position_of_.find(*except) : position_of_.end();
    if (found == position_of_.end() || found->second < first || found->second >= last) return lowest(first, last);
    // The excepted rank is at one position: look on either side of it.
    const std::size_t position = found->second;
    auto left = lowest(first, position), right = lowest(position + 1, last);
    if (!left) return right;
    if (!right) return left;
    return std::min(*left, *right);
}

template <typename F>
std::pair<std::size_t, std::size_t> RankedValues::inside(const Interval& interval, F f, bool rising) const {
    // Along the sorted values the side of f(value) only ever rises (or only falls): two halvings find the run at 0.
    auto side_at = [&](std::size_t i) { return rising ? side(interval, f(value(i))) : -side(interval, f(value(i))); };
    auto first_at_least = [&](int wanted) {
        std::size_t low = 0, high = size();
        while (low < high) {
            std::size_t middle = low + (high - low) / 2;
            if (side_at(middle) < wanted) low = middle + 1;
            else high = middle;
        }
        return low;
    };
    return {first_at_least(0), first_at_least(1)};
}

SeriesIndex::UnitKey SeriesIndex::key_of(Unit unit) {
    return {static_cast<int>(unit.dimension), unit.dimension == Dimension::rate ? static_cast<int>(unit.per) : -1};
}

SeriesIndex::SeriesIndex(std::vector<SeriesFigure> figures) : figures_(std::move(figures)) {
    for (std::size_t rank = 0; rank < figures_.size(); ++rank) {
        const Value& v = figures_[rank].value;
        rank_of_[figures_[rank].name] = rank;
        const int dimension = static_cast<int>(v.type.unit.dimension);
        if (v.number > 0) positive_[dimension].add(v.number, rank);
        if (v.number < 0) negative_[dimension].add(v.number, rank);
        if (v.type.period && !v.grid) {
            const UnitKey unit = key_of(v.type.unit);
            starting_[{unit.first, unit.second, v.type.period->first}].add(v.number, rank);
            ending_[{unit.first, unit.second, v.type.period->last}].add(v.number, rank);
        }
    }
    for (auto* index : {&positive_, &negative_})
        for (auto& entry : *index) entry.second.finish();
    for (auto* index : {&starting_, &ending_})
        for (auto& entry : *index) entry.second.finish();
}

const SeriesFigure* SeriesIndex::changed_from(const std::string& self, Dimension dimension, const Rational& to,
                                              const Interval& interval) const {
    std::optional<std::size_t> except;
    if (auto found = rank_of_.find(self); found != rank_of_.end()) except = found->second;
    std::optional<std::size_t> best;
    // (to - v) / v rises with v when to < 0 (falls when to > 0); (to - v) / -v the other way round.
    for (bool positive : {true, false}) {
        const auto& index = positive ? positive_ : negative_;
        auto found = index.find(static_cast<int>(dimension));
        if (found == index.end()) continue;
        const RankedValues& values = found->second;
        auto change = [&](const Rational& v) { return (to - v) / abs(v); };
        auto [first, last] = values.inside(interval, change, positive ? to < 0 : to > 0);
        if (to == 0)  // the change is -1 or 1 whatever v is: all or none
            std::tie(first, last) = side(interval, positive ? Rational(-1) : Rational(1)) == 0
                                        ? std::pair<std::size_t, std::size_t>{0, values.size()}
                                        : std::pair<std::size_t, std::size_t>{0, 0};
        if (auto rank = values.lowest(first, last, except); rank && (!best || *rank < *best)) best = rank;
    }
    return best ? &figures_[*best] : nullptr;
}

const SeriesFigure* SeriesIndex::adjoining(Unit unit, const Period& period, const Rational& value,
                                           const Interval& interval) const {
    const UnitKey key = key_of(unit);
    std::optional<std::size_t> best;
    auto total = [&](const Rational& v) { return value + v; };
    for (const auto* index : {&starting_, &ending_}) {
        const long day = index == &starting_ ? period.last + 1 : period.first - 1;
        auto found = index->find({key.first, key.second, day});
        if (found == index->end()) continue;
        auto [first, last] = found->second.inside(interval, total, true);
        if (auto rank = found->second.lowest(first, last, std::nullopt); rank && (!best || *rank < *best)) best = rank;
    }
    return best ? &figures_[*best] : nullptr;
}

}  // namespace claimcheck
