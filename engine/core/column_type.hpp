#pragma once
// The type of a table's column, as a table statement declares it and the
// tables check its cells: one enum for the grammar, the tables and messages.

namespace claimcheck {

enum class ColumnType { integer, decimal, text, date, period };

// As written in a table statement and in messages: "integer", "decimal", ...
inline const char* type_name(ColumnType type) {
    switch (type) {
    case ColumnType::integer: return "integer";
    case ColumnType::decimal: return "decimal";
    case ColumnType::text: return "text";
    case ColumnType::date: return "date";
    case ColumnType::period: return "period";
    }
    return "?";
}

// Its cells are numbers: sums, and keys compared as figures.
inline bool is_number(ColumnType type) { return type == ColumnType::integer || type == ColumnType::decimal; }

inline constexpr ColumnType all_column_types[] = {ColumnType::integer, ColumnType::decimal, ColumnType::text,
                                                  ColumnType::date, ColumnType::period};

}  // namespace claimcheck
