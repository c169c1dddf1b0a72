#pragma once
// Tables in a run: each `table` statement's source (a CSV file or a PostgreSQL relation), its schema, and
// the answers to the aggregates claims ask of it, found in one scan per table.
// The steps run in pipeline order: read_schemas after binding (so types can be
// checked against columns), the type checker plans each aggregate's query
// (Typed::scans), scan_tables runs that plan before evaluation.
#include "engine/core/diagnostic.hpp"
#include "engine/lang/scope.hpp"
#include "engine/lang/typed.hpp"
#include "engine/tables/source.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck {

struct TableInfo {
    std::string path;  // the file as named from the claims file that declares it; a database's relation or query
    std::filesystem::path file;  // the file, resolved (paths.hpp): what is opened
    std::shared_ptr<const TableSource> source;  // what reads it: a CSV file, a spreadsheet, a PostgreSQL relation
    std::optional<Schema> schema;
    std::optional<ScanResult> result;  // the answers to its queries in the scan plan, in their order
};

struct TableOptions {
    std::filesystem::path root;  // the project directory a table's file may not leave
    bool allow_outside = false;
    ScanOptions scan;
};

void read_schemas(const Program& program, const Scopes& scopes, const TableOptions& options,
                  std::vector<Diagnostic>& errors);

// One scan of each table the plan asks something of.
void scan_tables(const Scopes& scopes, const std::map<const TableInfo*, TableQueries>& plan,
                 const TableOptions& options, std::vector<Diagnostic>& errors);

// The table an aggregate call reads (sum(crimes.count where ...), count(crimes)), or nothing for a plain call.
const TableBinding* aggregated_table(const ast::Call& call, const Scope& scope);

// max(...), min(...), top(...) or bottom(...) of a grouped aggregate (one with `by`), top and
// bottom with a rank after it: the aggregate, or nothing.
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
