#pragma once
// The aggregates of one scan, row by row: a plan compiled once from the
// queries (each distinct filter tested once a row, each `by` column's key
// interned once a row) and the running tallies of one worker, which merge
// with other workers' in any order to the same exact answers.
#include "engine/tables/group_keys.hpp"
#include "engine/tables/record.hpp"
#include "engine/tables/tallies.hpp"
#include "engine/tables/scaled.hpp"
#include "engine/tables/table_cell.hpp"
#include "engine/tables/table_filter.hpp"

#include <cstdint>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace claimcheck {

// Why the query does not fit the schema ("sum needs a number column; force is text"), or nothing.
std::optional<std::string> query_problem(const Schema& schema, const Query& query);

struct ScanPlan {
    // std::invalid_argument if a query does not fit the schema.
    ScanPlan(const Schema& schema, const std::vector<Query>& queries, std::size_t max_distinct = SIZE_MAX,
             bool filter_rows = false);
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
    std::vector<Step> steps;                 // each distinct query once
    std::vector<std::size_t> query_steps;    // per query, its step
    std::vector<char> query_means;           // per query, whether it is its step's sum over its count
    std::vector<std::vector<std::size_t>> filter_steps;  // per filter, the steps it gates: a row that fails it skips them
    // Filters that are one text column equal to one text, by column and text: a row's cell is
    // looked up once, however many such filters there are (a draft may ask for hundreds).
    struct Lookup {
        std::size_t column = 0;
        GroupKeys texts;                               // the texts compared with
        std::vector<std::vector<std::size_t>> filters;  // per text, the filters it passes
        // Per text, the `and` filters to test then. One of two text equalities is told by the other
        // one's column and hash (the row's cell hashed once for every use), the rest by testing them.
        struct Gate {
            std::size_t filter = 0;
            std::optional<std::size_t> column;  // the other equality's
            std::uint64_t hash = 0;
            std::string text;
        };
        std::vector<std::vector<Gate>> gated;
    };
    std::vector<Lookup> lookups;
    std::vector<std::size_t> tested;  // every other filter, tested row by row
    // Per filter: the columns it reads that may hold a suppression marker (all but text ones), and
    // whether it names a total row's label itself (force == "Total"), so that total rows count.
    std::vector<std::vector<std::size_t>> marked_columns;
    std::vector<char> names_total;
    std::size_t max_distinct;                // keys or values one query may hold (--max-distinct)
    bool filter_rows;                        // count the rows each filter node holds for (ScanOptions)
};

// More distinct keys or values than one query may hold: what the scan stops with.
struct DistinctLimit : std::exception {
    explicit DistinctLimit(std::string why) : message(std::move(why)) {}
    const char* what() const noexcept override { return message.c_str(); }
    std::string message;
};

// Where and why a row is malformed.
struct RowProblem {
    std::size_t field = 0;  // 1-based
    std::string message;
    std::string_view text;
    std::size_t offset = 0;  // of the field in the record
};

class RowAggregator {
public:
    explicit RowAggregator(const ScanPlan& plan);
    RowAggregator(const RowAggregator&) = delete;  // it points into its own tallies
    RowAggregator& operator=(const RowAggregator&) = delete;
    RowAggregator(RowAggregator&&) = default;      // a moved vector keeps its elements where they are
    // Adds a record's row to every query whose filter it passes; a malformed row adds
    // nothing. Throws DistinctLimit when a query would hold more than plan.max_distinct.
    std::optional<RowProblem> add(const Record& record);
    // Throws DistinctLimit as add does. other's rows are numbered from its first line: lines_before
    // is how many lines of the file come before it.
    void merge(const RowAggregator& other, std::uint64_t lines_before = 0);
    void release();                          // frees its cells, groups and tallies, once merged elsewhere
    std::vector<Answer> answers() const;

private:
    std::uint32_t group_of(std::size_t g, std::string_view key, std::uint64_t hash);
    std::uint64_t hash_of(std::size_t column);  // the cell's text_hash, made once a row
    void test_filters(std::uint64_t line);  // passed_ for this row, and filter_rows_ counted
    void held(std::size_t step, std::size_t more);  // counts values a query holds, against the limit
    void tally(std::size_t step, std::uint64_t line);  // a step's tally for this row, whatever its kind
    void withhold(std::size_t step, std::uint64_t line, std::size_t column);
    void taint(std::uint64_t line);           // a row with a marked cell: the queries that read it
    void keep_out_totals(std::uint64_t line);  // a total row: out of every query that does not name it
    const ScanPlan& plan_;
    std::vector<Cell> cells_;                 // this row's, one per column (made at the first row)
    std::vector<std::size_t> passed_;         // the filters this row passes, in the plan's order
    std::vector<std::vector<FilterRows>> filter_rows_;  // per filter, per node, with plan.filter_rows
    std::vector<char> each_;                  // per node of one filter, this row
    std::vector<std::uint32_t> group_ids_;    // per group column, this row
    std::vector<GroupKeys> groups_;           // per group column
    std::vector<Tallies> tallies_;            // per step
    std::vector<std::size_t> held_;           // per step: distinct values held, over its groups
    std::vector<Withheld> withheld_;          // per step
    std::vector<KeptOut> kept_out_;           // per step
    std::vector<Largest> largest_;            // per step (ungrouped sums and means)
    // Ungrouped counts over rows, sums and means, which a draft asks for by the hundred: tallied
    // through pointers made at the first row, without reading the step. count null: another kind.
    struct Plain {
        std::uint64_t* count = nullptr;
        ExactSum* sum = nullptr;  // null for a count over rows
        std::size_t column = 0;
    };
    std::vector<Plain> plain_;                // per step
    std::string scratch_;
    std::vector<std::uint64_t> hashes_;       // per column, this row's text_hash when made
    std::vector<std::uint64_t> hashed_at_;    // per column, the row its hash was made for
    std::uint64_t row_ = 0;                   // rows added: which hashes are this row's
};

}  // namespace claimcheck
