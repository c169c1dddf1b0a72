#pragma once
// Tables in a run: each `table` statement's source (a CSV file), its schema, the
// aggregates claims ask of it, and their answers, found in one scan per table.
// The steps run in pipeline order: read_schemas after binding (so types can be
// checked against columns), the type checker registers each aggregate's query,
// scan_tables before evaluation.
#include "engine/core/diagnostic.hpp"
#include "engine/core/period.hpp"
#include "engine/lang/scope.hpp"
#include "engine/tables/source.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck {

struct TableInfo {
    std::string path;  // the CSV file, as named from the claims file that declares it
    std::filesystem::path file;  // the same, resolved (paths.hpp): what is opened
    std::shared_ptr<const TableSource> source;  // what reads it (a CSV file)
    std::optional<Schema> schema;
    std::vector<Query> queries;
    std::vector<std::optional<Period>> periods;  // the period each query's `where` pins its rows to
    std::map<const ast::Call*, std::size_t> query_of;
    std::optional<ScanResult> result;
};

struct TableOptions {
    std::filesystem::path root;  // the project directory a table's file may not leave
    bool allow_outside = false;
    ScanOptions scan;
};

void read_schemas(const Program& program, const Scopes& scopes, const TableOptions& options,
                  std::vector<Diagnostic>& errors);

void scan_tables(const Scopes& scopes, const TableOptions& options, std::vector<Diagnostic>& errors);

// The table an aggregate call reads (sum(crimes.count where ...), count(crimes)), or nothing for a plain call.
const TableBinding* aggregated_table(const ast::Call& call, const Scope& scope);

// max(...), min(...) or top(...) of a grouped aggregate (one with `by`): the aggregate, or nothing.
const ast::Call* grouped_argument(const ast::Call& call);

// Every table a run read, for the report: rows read and rows skipped (--lenient).
struct TableUse {
    std::string path;
    std::uint64_t rows = 0;
    std::uint64_t skipped = 0;
    std::uint64_t bytes = 0;
};
std::vector<TableUse> table_uses(const Scopes& scopes);

}  // namespace claimcheck
