#pragma once
// The table a sheet holds: its range (as given, or the sheet's used area), the header
// (the range's first non-empty row, a merged cell's text given to every column it
// covers, and a row of sub-headers under merged cells joined to it) and the data rows
// below it, each as wide as the header.
#include "engine/tables/sheet/workbook.hpp"
#include "engine/tables/table.hpp"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace claimcheck {

struct SheetTable {
    std::string sheet;             // its name
    std::uint64_t bytes = 0;       // the workbook file's size
    std::uint32_t header_row = 0;  // 1-based rows and columns of the sheet
    std::uint32_t first_column = 1;
    std::vector<std::string> header;
    struct Row {
        std::uint32_t number = 0;
        std::vector<std::string> cells;
    };
    std::vector<Row> rows;  // rows with a cell in the range, below the header
    SheetCharge charge{""};  // the cells, against the run's memory budget, as long as the table is kept

    // `sheet "Table 3" cell C14`, for the field'th (1-based) cell of the row.
    std::string place(std::uint32_t row, std::size_t field) const;
    // `sheet "Table 3" row 5`.
    std::string row_place(std::uint32_t row) const;
};

// The table in the range (`range`: "A5:F60", "A5:F"; none: the sheet's used area) of the sheet.
// Errors, with DataError::clause set: a malformed range, a range with no cell in it, an empty sheet.
std::variant<SheetTable, DataError> cut_table(const std::string& path, const ReadSheet& sheet,
                                              const std::optional<std::string>& range);

}  // namespace claimcheck
