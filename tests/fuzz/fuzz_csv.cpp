// The CSV reader and the table scan on any bytes: the schema is inferred, then
// every aggregate that fits each column is asked for, in one scan, with one or
// several workers and small read blocks so records straddle them. A malformed
// row is an answer (a positioned DataError); the answers must not depend on the
// number of workers.
#include "fuzz_support.hpp"

#include "engine/tables/csv/table_scan.hpp"
#include "engine/tables/csv/table_schema.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace {

using namespace claimcheck;

std::vector<Query> every_query(const Schema& schema) {
    std::vector<Query> queries{Query{}};  // count of rows
    for (std::size_t c = 0; c < schema.columns.size(); ++c) {
        const ColumnType t = schema.columns[c].type;
        queries.push_back({Aggregate::distinct, c, {}, std::nullopt});
        queries.push_back({Aggregate::count, std::nullopt, {}, c});  // grouped by the column
        if (t == ColumnType::integer || t == ColumnType::decimal)
            for (Aggregate a : {Aggregate::sum, Aggregate::mean, Aggregate::min, Aggregate::max, Aggregate::mode})
                queries.push_back({a, c, {}, std::nullopt});
    }
    return queries;
}

bool same(const ScanResult& a, const ScanResult& b) {
    if (a.error.has_value() != b.error.has_value()) return false;
    if (a.error) return a.error->row == b.error->row && a.error->column == b.error->column;
    if (a.answers.size() != b.answers.size()) return false;
    for (std::size_t i = 0; i < a.answers.size(); ++i)
        if (a.answers[i].value != b.answers[i].value || a.answers[i].groups != b.answers[i].groups) return false;
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const char delimiter = ",;\t"[data[0] % 3];
    const std::string path = fuzz::write("table.csv", {reinterpret_cast<const char*>(data) + 1, size - 1});
    auto schema = read_schema(path, {}, delimiter);
    if (std::holds_alternative<DataError>(schema)) return 0;
    const std::vector<Query> queries = every_query(std::get<Schema>(schema));
    ScanOptions one{false, 1, 7}, two{false, 3, 5}, lenient{true, 2, 11};
    const ScanResult a = scan_table(path, std::get<Schema>(schema), queries, one);
    const ScanResult b = scan_table(path, std::get<Schema>(schema), queries, two);
    if (!same(a, b)) __builtin_trap();  // workers must not change the answers, nor where the first error is
    scan_table(path, std::get<Schema>(schema), queries, lenient);
    return 0;
}
