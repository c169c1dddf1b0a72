#pragma once
// The running values of one query in a scan, group by group, and the largest addend of a
// sum: what a worker tallies row by row and merges with other workers' tallies.
#include "engine/tables/group_keys.hpp"
#include "engine/tables/scaled.hpp"
#include "engine/tables/table_cell.hpp"

#include <cstdint>
#include <optional>
#include <unordered_set>
#include <vector>

namespace claimcheck {

using SpanSet = std::unordered_set<std::uint64_t>;  // dates and periods, as first * 2^32 + length

// The running values of one query, one entry per group (one when ungrouped), each
// holding only what the query's aggregate needs: a count by a million keys is eight
// bytes a key, not every aggregate's state.
struct Tallies {
    Tallies(Aggregate of, ColumnType column) : aggregate(of), type(column) {}
    std::size_t size() const { return count.size(); }
    void grow(std::size_t groups);  // to at least this many groups
    void merge(std::size_t group, const Tallies& other, std::size_t theirs);
    // Adds the cell to the group; the number of values the group holds that it did not before.
    // `hash`: the cell's text_hash, for a distinct count of a text column (else unused).
    std::size_t add(std::size_t group, const Cell& cell, std::uint64_t hash) {
        ++count[group];  // counts and sums inline: a draft's scan tallies many of them a row
        if (aggregate == Aggregate::count) return 0;
        if (aggregate == Aggregate::sum || aggregate == Aggregate::mean) return sums[group].add(cell.number), 0;
        return add_value(group, cell, hash);
    }
    // Adds the cell `times` times over, as many rows holding it (a RowCube's class); what add returns.
    std::size_t add(std::size_t group, const Cell& cell, std::uint64_t hash, std::uint64_t times);
    std::optional<Rational> value(std::size_t group) const;
    std::optional<Rational> mean(std::size_t group) const;  // the sum over the count: what a mean query reads

private:
    std::size_t add_value(std::size_t group, const Cell& cell, std::uint64_t hash);  // min, max, mode, distinct

public:
    Aggregate aggregate;
    ColumnType type;                   // the aggregated column's
    std::vector<std::uint64_t> count;  // rows, every aggregate
    std::vector<ExactSum> sums;        // sum, mean
    std::vector<Extreme> extremes;     // min, max
    std::vector<ValueCounts> numbers;  // mode; distinct of a number column
    std::vector<GroupKeys> texts;      // distinct of a text column
    std::vector<SpanSet> spans;        // distinct of a date or period column
};

// The greatest number a sum has added, and the row it came from: a sum whose greatest
// addend is the sum of all the others has an unlabelled total among its rows.
struct Largest {
    Number value;
    std::uint64_t line = 0;
    bool any = false;
    void offer(const Number& x, std::uint64_t at) {
        const bool plain = any && !x.is_big && !value.is_big && x.small.scale == value.small.scale;
        if (plain ? x.small.units > value.small.units : !any || compare(x, value) > 0) value = x, line = at, any = true;
    }
    // As offer, from rows offered out of order (a RowCube's classes): of equal numbers, the first row's.
    void offer_unordered(const Number& x, std::uint64_t at) {
        const int c = any ? compare(x, value) : 1;
        if (c > 0 || (c == 0 && at < line)) value = x, line = at, any = true;
    }
};

}  // namespace claimcheck
