#pragma once
// The plan of one scan, compiled once from its queries: each distinct filter tested once
// a row, each `by` column's key interned once a row, each distinct query tallied once, text
// equalities looked up by the row's cell, and the filters of one column answered once a
// distinct cell.
#include "engine/tables/group_keys.hpp"
#include "engine/tables/row_cube.hpp"
#include "engine/tables/table_filter.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck {

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
    // Per filter, the one column it reads (none: several, or none). The tested filters of one
    // remembered column are answered once a distinct cell: per column, those filters, and per
    // filter its bit among them.
    std::vector<std::optional<std::size_t>> only_column;
    std::vector<std::vector<std::size_t>> column_filters;
    std::vector<std::size_t> bit_of;
    // Per column, whether a worker remembers its cells by their text (CellMemo): the first 64
    // date and period columns, and the columns a lookup, a `by`, a distinct count, a one-column
    // filter or a cube's key reads (any other number or text cell costs less to read than to
    // look up).
    std::vector<char> remembered;
    // When rows are counted by class (`cubed`): each RowCube's key columns (remembered, in column
    // order) and summed columns, the cube each step is answered from, and per column whether
    // some cube has it as a key, or sums it.
    struct Cube {
        std::vector<std::size_t> keys;
        std::vector<std::size_t> values;
        std::vector<std::size_t> filters;  // of the steps it answers, each once, in the plan's order
    };
    static constexpr std::size_t most_cubes = 8;  // a row is looked up in each
    bool cubed() const { return !cubes.empty(); }
    std::vector<Cube> cubes;
    std::vector<std::size_t> step_cube;
    std::vector<char> key_column;
    std::vector<char> summed_column;
    std::size_t max_distinct;                // keys or values one query may hold (--max-distinct)
    bool filter_rows;                        // count the rows each filter node holds for (ScanOptions)

private:
    void remember_one_column_filters();
    void plan_cubes(const std::vector<std::vector<std::size_t>>& reads);
};

}  // namespace claimcheck
