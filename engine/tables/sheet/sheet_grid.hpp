#pragma once
// One sheet of a workbook as its cells' texts, row by row, with its merged areas;
// the A1 references that name its cells and the ranges a table is read from; and
// the one error idiom of the spreadsheet readers (SheetProblem).
#include "engine/core/budget.hpp"

#include <cstdint>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

// The largest sheet a spreadsheet program makes: XFD1048576.
constexpr std::uint32_t max_sheet_rows = 1048576;
constexpr std::uint32_t max_sheet_columns = 16384;
// Cells one sheet, or one table cut from it, may hold in memory, empty ones between filled ones
// included: far beyond a published table, far below what a run may spend.
constexpr std::size_t max_sheet_cells = 4'000'000;

// Why a workbook cannot be read (`unreadable`: not a zip, a part missing or corrupt) or is
// over a limit; the message names the part ("xl/worksheets/sheet1.xml: not well-formed").
struct SheetProblem : std::exception {
    SheetProblem(std::string why, bool cannot_read) : message(std::move(why)), unreadable(cannot_read) {}
    const char* what() const noexcept override { return message.c_str(); }
    std::string message;
    bool unreadable;
};

// What a sheet's cells cost in memory as they are read, charged to the run's budget
// (--max-memory) a MiB at a time and given back when they are freed: a workbook that would
// take more stops the run with the budget's error, before the memory is taken.
class SheetCharge {
public:
    explicit SheetCharge(std::string doing) : doing_(std::move(doing)) {}
    void add(std::uint64_t bytes) {
        used_ += bytes;
        while (used_ > held_) {
            charges_.emplace_back(step, doing_);
            held_ += step;
        }
    }
    // What one cell of this text costs: the string, and its bytes when they are not kept inside it.
    static std::uint64_t cell(std::size_t text) { return sizeof(std::string) + (text > 15 ? text + 1 : 0); }

private:
    static constexpr std::uint64_t step = 1 << 20;
    std::string doing_;
    std::uint64_t used_ = 0, held_ = 0;
    std::vector<Charge> charges_;
};

struct CellRef {
    std::uint32_t row = 0;     // 1-based
    std::uint32_t column = 0;  // 1-based: A is 1
};

std::string column_letters(std::uint32_t column);               // 1 -> A, 28 -> AB
std::string cell_name(std::uint32_t row, std::uint32_t column);  // C14
// "C14" (letters then digits, within the largest sheet); nothing when not so written.
std::optional<CellRef> parse_cell_ref(std::string_view text);

// A rectangle of cells, both corners included.
struct Area {
    CellRef first, last;
    bool covers(std::uint32_t row, std::uint32_t column) const {
        return row >= first.row && row <= last.row && column >= first.column && column <= last.column;
    }
};

// "A5:F60", or open-ended "A5:F" (down to the sheet's last row); nothing when malformed or
// backwards. An open end is max_sheet_rows.
std::optional<Area> parse_range(std::string_view text);

struct SheetRow {
    std::uint32_t number = 0;         // 1-based row of the sheet
    std::vector<std::string> cells;   // from column A, no empty cells after the last
};

// A sheet's non-empty rows in order; a cell set twice keeps its last text. Setting counts the
// cells the rows hold (empty ones before a cell included) against max_cells, and charges them
// to the run's memory budget (`doing` says what for: "reading release.xlsx").
class SheetGrid {
public:
    SheetGrid(std::size_t max_cells, std::string doing) : charge_(std::move(doing)), max_cells_(max_cells) {}
    // Rows come in order: a row number less than the last one's is a SheetProblem (`part` names it).
    void set(std::uint32_t row, std::uint32_t column, std::string text, const std::string& part);
    void merge(const Area& area) { merges_.push_back(area); }
    const std::vector<SheetRow>& rows() const { return rows_; }
    const std::vector<Area>& merges() const { return merges_; }
    // The cell's text; empty when it has none.
    std::string_view at(std::uint32_t row, std::uint32_t column) const;

private:
    std::vector<SheetRow> rows_;
    std::vector<Area> merges_;
    SheetCharge charge_;
    std::size_t cells_ = 0;
    std::size_t max_cells_;
};

}  // namespace claimcheck
