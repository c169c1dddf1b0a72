#pragma once
// The aggregates of one scan, row by row, following its plan (scan_plan.hpp): the
// running tallies of one worker, which merge with other workers' in any order to the
// same exact answers.
#include "engine/tables/cell_memo.hpp"
#include "engine/tables/group_keys.hpp"
#include "engine/tables/record.hpp"
#include "engine/tables/scan_plan.hpp"
#include "engine/tables/tallies.hpp"
#include "engine/tables/scaled.hpp"
#include "engine/tables/table_cell.hpp"

#include <cstdint>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace claimcheck {

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
    void merge(RowAggregator& other, std::uint64_t lines_before = 0);  // other's classes tallied first
    void release();                          // frees its cells, groups and tallies, once merged elsewhere
    std::vector<Answer> answers();  // its classes tallied first

private:
    std::uint32_t group_of(std::size_t g, std::string_view key, std::uint64_t hash);
    std::uint64_t hash_of(std::size_t column);  // the cell's text_hash, made once a row
    bool cube_row(const Record& record);    // the row counted in its class (classed_rows.cpp); false: not
    void flush_cube();                      // every class tallied for each query it counts for, then freed
    void tally_class(std::size_t step, std::size_t cube, std::uint32_t c);
    void set_class(std::size_t cube, std::uint32_t c);  // cells_ and entries_ of its key columns
    void find_groups();                     // group_ids_ for this row
    std::uint32_t group_id(std::size_t g);  // this row's group in the g-th `by` column
    void test_filters(std::uint64_t line);  // passed_ for this row, and filter_rows_ counted
    bool passes(std::size_t filter);        // whether this row passes a tested filter
    void held(std::size_t step, std::size_t more);  // counts values a query holds, against the limit
    void tally(std::size_t step, std::uint64_t line);  // a step's tally for this row, whatever its kind
    void withhold(std::size_t step, std::uint64_t line, std::size_t column);
    void taint(std::uint64_t line);           // a row with a marked cell: the queries that read it
    void keep_out_totals(std::uint64_t line);  // a total row: out of every query that does not name it
    const ScanPlan& plan_;
    std::vector<Cell> cells_;                 // this row's, one per column (made at the first row)
    std::vector<CellMemo> memos_;             // per remembered column (a table may have a million others)
    std::vector<std::uint32_t> memo_at_;      // per column, its place in memos_
    CellMemo& memo(std::size_t column) { return memos_[memo_at_[column]]; }
    std::vector<MemoEntry*> entries_;         // per column, this row's cell's entry (null: not remembered)
    std::vector<RowCube> cubes_;              // per plan cube, when the plan is cubed
    // How cube_row reads a column, from the plan, made at the first row: a row reads no plan.
    struct CubeColumn {
        CellMemo* memo = nullptr;  // a key column's (null: not a key)
        ColumnType type{};
        bool summed = false;
    };
    std::vector<CubeColumn> cube_columns_;    // per column, when the plan is cubed
    bool classing_ = false;                   // rows go to the cubes: from the first row until one is full
    std::vector<std::uint32_t> key_ids_;      // per column, this row's id, for key columns (cube_row)
    std::vector<std::int64_t> numbers_;       // per column, this row's number, for summed columns (cube_row)
    std::vector<std::uint32_t> classes_;      // per cube, this row's class (cube_row)
    std::vector<std::uint32_t> ids_;          // one cube's key ids for a row (cube_row)
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
