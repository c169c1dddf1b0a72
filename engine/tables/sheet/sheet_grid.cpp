// A1 references, ranges, and the cells of one sheet held row by row.
#include "engine/tables/sheet/sheet_grid.hpp"

#include <algorithm>

namespace claimcheck {

std::string column_letters(std::uint32_t column) {
    std::string out;
    for (; column > 0; column = (column - 1) / 26) out.insert(out.begin(), static_cast<char>('A' + (column - 1) % 26));
    return out;
}

std::string cell_name(std::uint32_t row, std::uint32_t column) {
    return column_letters(column) + std::to_string(row);
}

namespace {

// Leading letters as a column (A..XFD, either case), and how many characters they took.
std::size_t take_column(std::string_view text, std::uint32_t& column) {
    column = 0;
    std::size_t i = 0;
    for (; i < text.size() && i < 3; ++i) {
        const char c = text[i];
        const char upper = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        if (upper < 'A' || upper > 'Z') break;
        column = column * 26 + static_cast<std::uint32_t>(upper - 'A' + 1);
    }
    return i > 0 && column <= max_sheet_columns ? i : 0;
}

bool take_row(std::string_view text, std::uint32_t& row) {
    if (text.empty() || text.size() > 7 || text[0] == '0') return false;
    row = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return false;
        row = row * 10 + static_cast<std::uint32_t>(c - '0');
    }
    return row <= max_sheet_rows;
}

}  // namespace

std::optional<CellRef> parse_cell_ref(std::string_view text) {
    CellRef ref;
    const std::size_t letters = take_column(text, ref.column);
    if (letters == 0 || !take_row(text.substr(letters), ref.row)) return std::nullopt;
    return ref;
}

std::optional<Area> parse_range(std::string_view text) {
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos) return std::nullopt;
    const auto first = parse_cell_ref(text.substr(0, colon));
    if (!first) return std::nullopt;
    const std::string_view end = text.substr(colon + 1);
    Area area{*first, {}};
    if (auto last = parse_cell_ref(end)) area.last = *last;
    else if (take_column(end, area.last.column) == end.size() && !end.empty()) area.last.row = max_sheet_rows;
    else return std::nullopt;
    if (area.last.row < area.first.row || area.last.column < area.first.column) return std::nullopt;
    return area;
}

void SheetGrid::set(std::uint32_t row, std::uint32_t column, std::string text, const std::string& part) {
    if (text.empty()) return;
    if (rows_.empty() || rows_.back().number < row) rows_.push_back({row, {}});
    else if (rows_.back().number > row)
        throw SheetProblem(part + ": row " + std::to_string(row) + " comes after row " +
                               std::to_string(rows_.back().number), true);
    auto& cells = rows_.back().cells;
    if (cells.size() < column) {
        cells_ += column - cells.size();
        if (cells_ > max_cells_)
            throw SheetProblem("the workbook's sheet has more than " + std::to_string(max_cells_) +
                                   " cells, over the limit for a spreadsheet table", false);
        charge_.add((column - cells.size()) * SheetCharge::cell(0));
        cells.resize(column);
    }
    charge_.add(SheetCharge::cell(text.size()));
    cells[column - 1] = std::move(text);
}

std::string_view SheetGrid::at(std::uint32_t row, std::uint32_t column) const {
    auto it = std::lower_bound(rows_.begin(), rows_.end(), row,
                               [](const SheetRow& r, std::uint32_t n) { return r.number < n; });
    if (it == rows_.end() || it->number != row || column == 0 || column > it->cells.size()) return {};
    return it->cells[column - 1];
}

}  // namespace claimcheck
