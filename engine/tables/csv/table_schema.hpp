#pragma once
// A table's schema from its header row: the delimiter (sniffed unless given),
// column names as claims write them, and each column's type, declared or
// inferred from the first rows.
#include "engine/tables/table.hpp"
#include "engine/tables/table_header.hpp"  // column_name and TypeGuess, which the schema uses

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace claimcheck {

// Reads the header of the CSV file at path (resolved: paths.hpp) and up to `inference_rows` data rows.
// Declared columns are matched by header (when they give one) or by name, or by
// a name equal to the header, else by the one header that differs from what they
// give only in case, spaces and punctuation ("ward" is "Ward", "offence_group" is
// "Offence group"); they set the column's name and type. Errors: the file cannot be
// read or has no header row, a malformed header, two columns with one name; and, with
// DataError::declared set, a declared column the header lacks, one that could be
// either of two headers, one declared twice.
std::variant<Schema, DataError> read_schema(const std::string& path, const std::vector<Column>& declared,
                                            std::optional<char> delimiter, std::size_t inference_rows = 1000);

// The distinct texts of the text columns in the first `rows` data rows of the CSV file at path,
// at most `max_values` a column (TableSource::sample); an empty sample when it cannot be read.
TextSample sample_text(const std::string& path, const Schema& schema, std::size_t rows, std::size_t max_values);

// The most frequent of , ; and TAB outside quotes on the first line of data that has any (a
// title above the header has none); ',' when none of the first 64 lines has one. Nothing yet
// when the data so far ends before that line does and more is to come (not `final`).
std::optional<char> sniff_delimiter(std::string_view data, bool final = true);

}  // namespace claimcheck
