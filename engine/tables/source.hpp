#pragma once
// Where a table's rows come from. A source reads its schema (column names and
// types, declared or inferred) and answers every query a run asks of it in one
// pass over its rows. The queries, filters and answers (table.hpp) are the same
// whatever the source: a new kind of source is one new folder beside csv/.
#include "engine/tables/table.hpp"

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace claimcheck {

class TableSource {
public:
    virtual ~TableSource() = default;

    // The schema, with the declared columns matched against what the source has (by
    // header or by name) and the others' types inferred; or the DataError why not.
    virtual std::variant<Schema, DataError> schema(const std::vector<Column>& declared) const = 0;

    // The answers to `queries`, one per query in order, from one pass over the rows.
    // Throws std::invalid_argument when a query does not fit the schema (query_problem).
    virtual ScanResult scan(const Schema& schema, const std::vector<Query>& queries,
                            const ScanOptions& options) const = 0;

    // The texts of the first `rows` rows, at most `max_values` distinct ones a column; an empty
    // sample when the rows cannot be read (the scan says why).
    virtual TextSample sample(const Schema& schema, std::size_t rows, std::size_t max_values) const = 0;

    // A row (as DataError and FilterRows number them) named after the file's name: ":9", the
    // line of a CSV file; a spreadsheet's ` sheet "Table 3" row 9`.
    virtual std::string row_place(std::uint64_t row) const { return ":" + std::to_string(row); }
};

}  // namespace claimcheck
