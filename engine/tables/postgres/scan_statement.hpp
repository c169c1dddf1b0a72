#pragma once
// Every query a run asks of one PostgreSQL table compiled into one SQL statement, as the CSV scan
// answers them in one pass: each aggregate with its filter as `agg(x) FILTER (WHERE ...)`, the
// grouped ones and modes through GROUPING SETS told apart by GROUPING(); and how to read its rows
// back into answers. Means are a sum and a count (divided exactly here, never AVG); values are read
// from their decimal text.
#include "engine/tables/postgres/sql_text.hpp"

#include <string>
#include <vector>

namespace claimcheck {

struct ScanStatement {
    std::string sql;
    std::vector<std::string> parameters;  // $1, $2, ... as text
    // The grouping sets: the schema columns each groups by, in order; () is the whole table.
    std::vector<std::vector<std::size_t>> sets;
    std::vector<std::size_t> keys;  // the schema columns grouped by in some set: output columns 0..
    int mask_column = -1;           // GROUPING(keys...): which set a row is of (when more than one)
    int rows_column = 0;            // count(*)
    std::vector<std::pair<std::size_t, int>> null_columns;  // each typed column: its NULLs' count
    struct Step {
        Aggregate aggregate = Aggregate::count;
        std::optional<std::size_t> column, by;
        std::size_t set = 0;
        int count = 0;                // rows that pass the filter
        int value = -1;               // sum, min, max, distinct
        int largest = -1;             // a sum's or mean's largest addend: a total row among them?
        // A distinct count read as the groups of a set that holds its column (and its `by`) for another
        // query, a mode or a `by`: no count(DISTINCT ...), which keeps PostgreSQL from hashing the sets.
        std::optional<std::size_t> values_set;
        std::vector<int> node_rows;   // with ScanOptions::filter_rows: per filter node, rows it holds for
    };
    std::vector<Step> steps;             // each distinct query once
    std::vector<std::size_t> query_steps;  // per query, its step
};

// `from` is what the rows are read from: a quoted relation or a parenthesised query. Throws
// std::invalid_argument when a query does not fit the schema (query_problem).
ScanStatement compile_scan(const Schema& schema, const std::vector<PgColumn>& columns,
                           const std::vector<Query>& queries, const std::string& from, bool filter_rows);

// The answers from the statement's rows; a problem with the values (a NULL in a number column, more
// groups than max_distinct) as the result's DataError.
ScanResult read_scan(const Schema& schema, const ScanStatement& statement, const TextRows& rows,
                     std::size_t max_distinct);

}  // namespace claimcheck
