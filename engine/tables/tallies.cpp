// The running values of one query, group by group (tallies.hpp).
#include "engine/tables/tallies.hpp"

namespace claimcheck {

namespace {

std::uint64_t span_key(const DaySpan& s) {
    return (static_cast<std::uint64_t>(s.first) << 32) ^ static_cast<std::uint64_t>(s.last - s.first);
}

}  // namespace

void Tallies::grow(std::size_t groups) {
    if (groups <= count.size()) return;
    count.resize(groups);
    switch (aggregate) {
    case Aggregate::count: break;
    case Aggregate::sum:
    case Aggregate::mean: sums.resize(groups); break;
    case Aggregate::min:
    case Aggregate::max:
        while (extremes.size() < groups) extremes.emplace_back(aggregate == Aggregate::max);
        break;
    case Aggregate::mode: numbers.resize(groups); break;
    case Aggregate::distinct:
        if (is_number(type)) numbers.resize(groups);
        else if (type == ColumnType::text) texts.resize(groups);
        else spans.resize(groups);
        break;
    }
}

std::size_t Tallies::add_value(std::size_t g, const Cell& cell, std::uint64_t hash) {
    switch (aggregate) {
    case Aggregate::count:
    case Aggregate::sum:
    case Aggregate::mean: return 0;  // inline in add
    case Aggregate::min:
    case Aggregate::max: extremes[g].offer(cell.number); return 0;
    case Aggregate::mode: return numbers[g].add(cell.number) ? 1 : 0;
    case Aggregate::distinct:
        if (is_number(type)) return numbers[g].add(cell.number) ? 1 : 0;
        if (type == ColumnType::text) {
            const std::size_t known = texts[g].size();
            texts[g].id(cell.text, hash);
            return texts[g].size() - known;
        }
        return spans[g].insert(span_key(cell.span)).second ? 1 : 0;
    }
    return 0;
}

std::size_t Tallies::add(std::size_t g, const Cell& cell, std::uint64_t hash, std::uint64_t times) {
    count[g] += times;
    switch (aggregate) {
    case Aggregate::count: return 0;
    case Aggregate::sum:
    case Aggregate::mean: return sums[g].add_times(cell.number, times), 0;
    case Aggregate::mode: return numbers[g].add(cell.number, times) ? 1 : 0;
    default: return add_value(g, cell, hash);  // min, max and distinct: once is as many times
    }
}

void Tallies::merge(std::size_t g, const Tallies& other, std::size_t theirs) {
    count[g] += other.count[theirs];
    if (!sums.empty()) sums[g].merge(other.sums[theirs]);
    if (!extremes.empty()) extremes[g].merge(other.extremes[theirs]);
    if (!numbers.empty()) numbers[g].merge(other.numbers[theirs]);
    if (!texts.empty())
        for (std::uint32_t i = 0; i < other.texts[theirs].size(); ++i) texts[g].id(other.texts[theirs].key(i));
    if (!spans.empty()) spans[g].insert(other.spans[theirs].begin(), other.spans[theirs].end());
}

std::optional<Rational> Tallies::mean(std::size_t g) const {
    if (count[g] == 0) return std::nullopt;
    return sums[g].value() / Rational(count[g]);
}

std::optional<Rational> Tallies::value(std::size_t g) const {
    switch (aggregate) {
    case Aggregate::count: return Rational(count[g]);
    case Aggregate::sum: return sums[g].value();
    case Aggregate::mean: return mean(g);
    case Aggregate::min:
    case Aggregate::max: return extremes[g].value();
    case Aggregate::mode: return numbers[g].mode();
    case Aggregate::distinct:
        if (!numbers.empty()) return Rational(numbers[g].distinct());
        if (!texts.empty()) return Rational(texts[g].size());
        return Rational(spans[g].size());
    }
    return std::nullopt;
}

}  // namespace claimcheck
