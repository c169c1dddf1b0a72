#pragma once
// A table's header row made into columns, whatever the source: the names claims
// give the columns, the declared columns matched to headers, the types of the
// others guessed from their first cells. The CSV and spreadsheet sources share it.
#include "engine/tables/declared_columns.hpp"  // column_name and match_declared, which it uses
#include "engine/tables/table.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

// A column's type from its cells: integer if every non-empty cell is -?[0-9]+, else
// decimal if -?[0-9]+(.[0-9]+)? (either as spreadsheets print it: "£1,820", "17.1%",
// "123 [a]", see parse_written_number), else date if YYYY-MM-DD or YYYY-MM, else period if
// 2016/17 or FY2016/17, else text. Shapes only: 2017-02-30 still makes a date column,
// so that the scan names the bad cell. Empty cells are left to the scan, which rejects
// them in typed columns; an all-empty column is text.
class TypeGuess {
public:
    void see(std::string_view cell);
    ColumnType type() const;

private:
    bool seen_ = false, integer_ = true, decimal_ = true, date_ = true, period_ = true;
    bool withheld_ = false;  // a suppression marker seen: a column of nothing else holds numbers
};

// The header row, for errors about it: where it is, and where each cell is. A CSV header
// is a line with its fields' offsets; a spreadsheet's cells are named by `cells`
// ("sheet "Data" cell C5"), since it has no line to show.
struct HeaderRow {
    std::uint64_t row = 1;
    std::string raw;
    std::vector<std::uint32_t> offsets;
    std::vector<std::string> cells;
};

// Columns named from the header's texts, in order (header as written, name as column_name
// gives it), all text until typed.
std::vector<Column> header_columns(const std::vector<std::string_view>& headers);

// Sets the declared columns' names and types (`fixed` says which) as match_declared does, or
// says why not; then, about the header itself, two columns with one name is an error.
std::optional<DataError> name_columns(const std::string& path, const std::vector<Column>& declared,
                                      std::vector<Column>& columns, std::vector<bool>& fixed,
                                      const HeaderRow& header);

}  // namespace claimcheck
