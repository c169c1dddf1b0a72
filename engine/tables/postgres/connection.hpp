#pragma once
// A read-only session with a PostgreSQL server through libpq: opened from a service name or a
// connection string that holds no password (credentials come from the environment, a service
// file or ~/.pgpass, never from a claims file), with the run's time limit as the server's
// statement_timeout, in a READ ONLY transaction; statements take their values as parameters.
#include "engine/tables/postgres/sql_text.hpp"

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;

namespace claimcheck {

// What a server or libpq refused, and in which part of the table's source it lies.
struct PostgresError : std::runtime_error {
    PostgresError(SourcePart where, const std::string& message) : std::runtime_error(message), part(where) {}
    SourcePart part;
};

// Why the address cannot be used ("a password in the connection string: ..."), or nothing. A bare
// name is a service name (pg_service.conf); anything with '=' or a postgresql:// prefix is a libpq
// connection string or URI.
std::optional<std::string> address_problem(const std::string& address);

// A statement's answer, kept while its rows are read.
class Rows : public TextRows {
public:
    explicit Rows(pg_result* result);
    int rows() const override;
    int columns() const;
    std::optional<std::string_view> at(int row, int column) const override;
    std::string name(int column) const;
    unsigned type(int column) const;  // the column's type OID

private:
    friend class Session;
    std::shared_ptr<pg_result> result_;
};

class Session {
public:
    // Connects and opens the read-only transaction; throws PostgresError (SourcePart::address).
    explicit Session(const std::string& address);
    // Runs one statement with text parameters ($1, $2, ...). A server's refusal throws
    // PostgresError with `part`; a statement cancelled by the time limit stops the run (deadline.hpp).
    Rows run(const std::string& sql, const std::vector<std::string>& params, SourcePart part,
             const std::string& doing) const;

private:
    std::shared_ptr<pg_conn> connection_;
};

}  // namespace claimcheck
