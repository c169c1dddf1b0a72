#pragma once
// A CSV file (RFC 4180, its delimiter sniffed unless given) as a table source:
// the schema from its header row and first rows, the scan streamed in blocks by
// parallel workers (table_schema.hpp, table_scan.hpp).
#include "engine/tables/source.hpp"

#include <optional>
#include <string>

namespace claimcheck {

class CsvSource : public TableSource {
public:
    // `path` as resolve() gives it (paths.hpp); the delimiter as declared, or sniffed.
    CsvSource(std::string path, std::optional<char> delimiter)
        : path_(std::move(path)), delimiter_(delimiter) {}

    std::variant<Schema, DataError> schema(const std::vector<Column>& declared) const override;
    ScanResult scan(const Schema& schema, const std::vector<Query>& queries,
                    const ScanOptions& options) const override;
    TextSample sample(const Schema& schema, std::size_t rows, std::size_t max_values) const override;

private:
    std::string path_;
    std::optional<char> delimiter_;
};

}  // namespace claimcheck
