#include "engine/tables/csv/csv_source.hpp"

#include "engine/tables/csv/table_scan.hpp"
#include "engine/tables/csv/table_schema.hpp"

namespace claimcheck {

std::variant<Schema, DataError> CsvSource::schema(const std::vector<Column>& declared) const {
    return read_schema(path_, declared, delimiter_);
}

ScanResult CsvSource::scan(const Schema& schema, const std::vector<Query>& queries,
                           const ScanOptions& options) const {
    return scan_table(path_, schema, queries, options);
}

TextSample CsvSource::sample(const Schema& schema, std::size_t rows, std::size_t max_values) const {
    return sample_text(path_, schema, rows, max_values);
}

}  // namespace claimcheck
