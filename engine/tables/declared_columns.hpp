#pragma once
// Declared columns (`column "Offence group" as offence_group text`) matched against the columns
// a source has, whatever the source: a CSV file's header, a PostgreSQL relation's columns.
#include "engine/tables/table.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

// A header as claims name it: lowercased, runs of anything but ASCII letters and digits
// made one _, none at either end: "Offence group" -> offence_group. An empty result
// becomes column_<number>.
std::string column_name(std::string_view header, std::size_t number);

// A name as written with case, spaces and punctuation set aside ("Offence group",
// "offence_group" and "OffenceGroup" all give "offencegroup").
std::string loose_key(std::string_view name);

// Sets the declared columns' names and types in `columns` (marking them in `fixed`), or says why
// one cannot be matched. A declared column is its header written exactly, else (declared by name
// only) the column so named, else the one header equal to it but for case, spaces and punctuation.
// An error is `at` (where the columns come from: a file's header row) with its message and
// DataError::declared set; `where` names the columns' home in it ("the header").
std::optional<DataError> match_declared(const std::vector<Column>& declared, std::vector<Column>& columns,
                                        std::vector<bool>& fixed, const DataError& at, std::string_view where);

}  // namespace claimcheck
