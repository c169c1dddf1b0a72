#pragma once
// A PostgreSQL relation or query as a table source: the schema from the server's description of
// its columns, the scan as one SQL statement that the server aggregates (scan_statement.hpp), in a
// read-only session (connection.hpp). Nothing is written, and rows are not pulled out.
#include "engine/tables/source.hpp"

#include <string>

namespace claimcheck {

// What a PostgreSQL table reads: a relation ("public.crimes", written as SQL writes a name) or a query.
enum class PostgresRead { relation, query };

class PostgresSource : public TableSource {
public:
    // `address`: a service name or a connection string without a password (connection.hpp).
    PostgresSource(std::string address, PostgresRead read, std::string what)
        : address_(std::move(address)), read_(read), what_(std::move(what)) {}

    // A fault is a DataError of row 0 with its SourcePart: the address (cannot connect), the
    // selection (no such relation, a query the server refuses), or a declared column.
    std::variant<Schema, DataError> schema(const std::vector<Column>& declared) const override;
    ScanResult scan(const Schema& schema, const std::vector<Query>& queries,
                    const ScanOptions& options) const override;
    TextSample sample(const Schema& schema, std::size_t rows, std::size_t max_values) const override;

private:
    std::string address_;
    PostgresRead read_;
    std::string what_;
};

}  // namespace claimcheck
