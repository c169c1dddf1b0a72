#pragma once
// The SQL claimcheck writes for PostgreSQL, piece by piece: quoted identifiers, each column as an
// expression of its claims type (text compared byte by byte, floats read exactly as printed), and
// where-conditions with their values as parameters ($1, $2, ...), never spliced into the text.
#include "engine/tables/table.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

// A column as PostgreSQL describes it: its name and its type's OID.
struct PgColumn {
    std::string name;
    unsigned type = 0;
};

// The rows of a statement's answer, each value as PostgreSQL prints it (a NULL as nothing).
class TextRows {
public:
    virtual ~TextRows() = default;
    virtual int rows() const = 0;
    virtual std::optional<std::string_view> at(int row, int column) const = 0;
};

// "name" with any " doubled: an identifier, whatever it holds, is never read as SQL.
std::string quote_identifier(std::string_view name);

// The claims type a PostgreSQL type reads as: integer (int2, int4, int8), decimal (numeric,
// float4, float8), date, else text.
ColumnType natural_type(unsigned oid);

// Why a column of that PostgreSQL type cannot be declared `declared`, or nothing: a declared type
// is the column's own, a decimal for an integer column, or text for any.
std::optional<std::string> declared_type_problem(unsigned oid, ColumnType declared, const std::string& column);

// The values of a statement's parameters, each given once however often it is used.
class Parameters {
public:
    std::string add(std::string value, std::string_view type);  // "$3::numeric"
    const std::vector<std::string>& values() const { return values_; }

private:
    std::vector<std::string> values_;
    std::map<std::string, std::size_t> index_;  // value and type: its number
};

// The columns of a source as SQL expressions, read through the alias q.
class SqlColumns {
public:
    SqlColumns(const Schema& schema, const std::vector<PgColumn>& columns) : schema_(schema), columns_(columns) {}
    // The column as its claims type: text as text in byte order (NULL as ""), a float as the exact
    // decimal it prints as, else the column itself.
    std::string expression(std::size_t column) const;
    std::string reference(std::size_t column) const;  // q."name"
    // The condition as SQL, its values added to `parameters`; TRUE for none.
    std::string condition(const Filter& filter, Parameters& parameters) const;

private:
    std::string compare(const Filter& filter, Parameters& parameters) const;
    std::string one_of(const Filter& filter, Parameters& parameters) const;
    const char* number_type(std::size_t column, const std::string& value) const;
    const Schema& schema_;
    const std::vector<PgColumn>& columns_;
};

}  // namespace claimcheck
