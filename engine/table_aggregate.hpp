#pragma once
// The aggregates of one scan, row by row: a plan compiled once from the
// queries (each distinct filter tested once a row, each `by` column's key
// interned once a row) and the running tallies of one worker, which merge
// with other workers' in any order to the same exact answers.
#include "csv.hpp"
#include "scaled.hpp"
#include "table_filter.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace claimcheck {

// Why the query does not fit the schema ("sum needs a number column; force is text"), or nothing.
std::optional<std::string> query_problem(const Schema& schema, const Query& query);

struct ScanPlan {
    ScanPlan(const Schema& schema, const std::vector<Query>& queries);  // std::invalid_argument if one does not fit
    struct Step {
        Aggregate aggregate;
        std::optional<std::size_t> column;
        ColumnType type = ColumnType::text;  // the column's
        std::size_t filter = 0;              // into filters
        std::optional<std::size_t> group;    // into group_columns
    };
    const Schema& schema;
    std::vector<RowFilter> filters;          // each distinct condition once
    std::vector<std::size_t> group_columns;  // each distinct `by` column once
    std::vector<Step> steps;                 // one per query
};

// Where and why a row is malformed.
struct RowProblem {
    std::size_t field = 0;  // 1-based
    std::string message;
    std::string_view text;
    std::size_t offset = 0;  // of the field in the record
};

struct TransparentHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using TextSet = std::unordered_set<std::string, TransparentHash, std::equal_to<>>;

// The running values of one query over one group of rows.
struct Tally {
    explicit Tally(bool greatest) : extreme(greatest) {}
    void merge(const Tally& other);
    std::uint64_t count = 0;
    ExactSum sum;
    Extreme extreme;
    ValueCounts numbers;  // mode, and distinct numbers
    TextSet texts;        // distinct text
    std::unordered_set<std::uint64_t> spans;  // distinct dates and periods, as first * 2^32 + length
};

// A `by` column's keys, each given a small number the first time it is seen. An open
// addressing table of hashes: a row costs one hash of its key and, almost always,
// one comparison with the right key.
class GroupKeys {
public:
    std::uint32_t id(std::string_view key);
    const std::string& key(std::uint32_t id) const { return keys_[id]; }
    std::size_t size() const { return keys_.size(); }

private:
    struct Slot {
        std::uint64_t hash = 0;
        std::uint32_t id = 0;
        bool used = false;
    };
    void grow();
    std::vector<Slot> slots_ = std::vector<Slot>(64);
    std::vector<std::string> keys_;
};

class RowAggregator {
public:
    explicit RowAggregator(const ScanPlan& plan);
    // Adds a record's row to every query whose filter it passes; a malformed row adds nothing.
    std::optional<RowProblem> add(const CsvRecord& record);
    void merge(const RowAggregator& other);
    std::vector<Answer> answers() const;

private:
    Tally& tally(std::size_t step, std::uint32_t group) {
        auto& row = tallies_[step];
        return group < row.size() ? row[group] : new_tally(step, group);
    }
    Tally& new_tally(std::size_t step, std::uint32_t group);
    std::optional<Rational> value(const ScanPlan::Step& step, const Tally& t) const;
    const ScanPlan& plan_;
    std::vector<Cell> cells_;
    std::vector<char> passed_;                // per filter, this row
    std::vector<std::uint32_t> group_ids_;    // per group column, this row
    std::vector<GroupKeys> groups_;           // per group column
    std::vector<std::vector<Tally>> tallies_; // per step, per group (one when ungrouped)
    std::string scratch_;
};

}  // namespace claimcheck
