#pragma once
// The readers of each kind of workbook: one sheet, chosen by name or the first, as a
// SheetGrid of its cells' texts (sheet_values.hpp says how a value becomes text).
#include "engine/tables/sheet/archive.hpp"
#include "engine/tables/sheet/sheet_grid.hpp"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace claimcheck {

struct ReadSheet {
    std::string name;
    SheetGrid grid;
};

// The sheet asked for is not in the workbook: the sheets it has, in order.
struct NoSuchSheet {
    std::vector<std::string> names;
};

// An Office Open XML workbook (.xlsx): the sheet named, or the first in the workbook's order.
// Throws SheetProblem.
std::variant<ReadSheet, NoSuchSheet> read_xlsx(const Archive& archive, const std::optional<std::string>& sheet,
                                               std::size_t max_cells);

// An OpenDocument spreadsheet (.ods): the same.
std::variant<ReadSheet, NoSuchSheet> read_ods(const Archive& archive, const std::optional<std::string>& sheet,
                                              std::size_t max_cells);

}  // namespace claimcheck
