// A sheet's table: the range, the header with merged cells filled across (and the sub-headers
// under them joined to them), the rows below it.
#include "engine/tables/sheet/sheet_table.hpp"

#include <algorithm>

namespace claimcheck {

std::string SheetTable::place(std::uint32_t row, std::size_t field) const {
    return "sheet \"" + sheet + "\" cell " + cell_name(row, first_column + static_cast<std::uint32_t>(field) - 1);
}

std::string SheetTable::row_place(std::uint32_t row) const {
    return "sheet \"" + sheet + "\" row " + std::to_string(row);
}

namespace {

DataError clause_error(const std::string& path, std::string message, SourcePart clause) {
    DataError e;
    e.file = path;
    e.message = std::move(message);
    e.part = clause;
    return e;
}

// The rectangle from the first non-empty row, column to the last of each.
Area used_area(const SheetGrid& grid) {
    Area area{{grid.rows().front().number, max_sheet_columns}, {grid.rows().back().number, 1}};
    for (const SheetRow& row : grid.rows()) {
        const auto first = std::find_if(row.cells.begin(), row.cells.end(), [](const auto& c) { return !c.empty(); });
        area.first.column = std::min(area.first.column, static_cast<std::uint32_t>(first - row.cells.begin()) + 1);
        area.last.column = std::max(area.last.column, static_cast<std::uint32_t>(row.cells.size()));
    }
    return area;
}

std::string area_text(const Area& area) {
    return cell_name(area.first.row, area.first.column) + ":" + cell_name(area.last.row, area.last.column);
}

// A header of two rows, merged cells over sub-headers, read as one: "Offences" merged over
// "2016" and "2017" gives "Offences 2016" and "Offences 2017". The row below the header is
// such a row when its every cell with text lies under a merged cell of the header.
void join_sub_headers(const SheetGrid& grid, SheetTable& table) {
    if (table.rows.empty()) return;
    std::vector<bool> merged(table.header.size(), false);
    for (const Area& merge : grid.merges())
        if (merge.first.column < merge.last.column && merge.covers(table.header_row, merge.first.column))
            for (std::uint32_t c = merge.first.column; c <= merge.last.column; ++c)
                if (c >= table.first_column && c - table.first_column < merged.size()) merged[c - table.first_column] = true;
    const auto& below = table.rows.front().cells;
    for (std::size_t i = 0; i < below.size(); ++i)
        if (!below[i].empty() && !merged[i]) return;
    for (std::size_t i = 0; i < below.size(); ++i)
        if (!below[i].empty()) table.header[i] += (table.header[i].empty() ? "" : " ") + below[i];
    table.rows.erase(table.rows.begin());
}

}  // namespace

std::variant<SheetTable, DataError> cut_table(const std::string& path, const ReadSheet& sheet,
                                              const std::optional<std::string>& range) {
    const SheetGrid& grid = sheet.grid;
    const std::string named = "sheet \"" + sheet.name + "\"";
    if (grid.rows().empty()) return clause_error(path, named + " is empty", SourcePart::sheet);
    const Area used = used_area(grid);
    Area area = used;
    if (range) {
        const auto parsed = parse_range(*range);
        if (!parsed)
            return clause_error(path, "range \"" + *range + "\" is not a range such as A5:F60, or A5:F to the last row",
                                SourcePart::range);
        area = *parsed;
    }
    SheetTable table;
    table.sheet = sheet.name;
    table.charge = SheetCharge("reading " + path);
    table.first_column = area.first.column;
    const std::size_t width = area.last.column - area.first.column + 1;
    std::size_t cells = 0;
    for (const SheetRow& row : grid.rows()) {
        if (row.number < area.first.row || row.number > area.last.row) continue;
        std::vector<std::string> cut(width);
        bool any = false;
        for (std::size_t i = 0; i < width && area.first.column - 1 + i < row.cells.size(); ++i) {
            cut[i] = row.cells[area.first.column - 1 + i];
            any = any || !cut[i].empty();
        }
        if (!any) continue;  // an empty row, as a blank line of a CSV file
        cells += width;
        if (cells > max_sheet_cells) {
            DataError e;
            e.file = path;
            e.message = "the range of " + named + " holds more than " + std::to_string(max_sheet_cells) +
                        " cells, over the limit for a spreadsheet table";
            return e;
        }
        for (const std::string& cell : cut) table.charge.add(SheetCharge::cell(cell.size()));
        table.rows.push_back({row.number, std::move(cut)});
    }
    if (table.rows.empty())
        return clause_error(path, "range \"" + range.value_or(area_text(area)) + "\" holds no cell of " + named + ", whose cells are in " +
                                      area_text(used), SourcePart::range);
    table.header_row = table.rows.front().number;
    table.header = std::move(table.rows.front().cells);
    table.rows.erase(table.rows.begin());
    // A merged cell's text is every column's it covers: "Offences" over "2016" and "2017".
    for (const Area& merge : grid.merges()) {
        if (!merge.covers(table.header_row, merge.first.column)) continue;
        const std::string_view text = grid.at(merge.first.row, merge.first.column);
        const std::uint32_t from = std::max(merge.first.column, area.first.column);
        const std::uint32_t to = std::min(merge.last.column, area.last.column);
        for (std::uint32_t c = from; c <= to; ++c)
            if (std::string& cell = table.header[c - area.first.column]; cell.empty()) cell = text;
    }
    join_sub_headers(grid, table);
    return table;
}

}  // namespace claimcheck
