// engine/tables/sheet/sheet_grid: A1 references, ranges (open-ended too), and a sheet's cells held
// row by row within a cell limit.
#include "engine/tables/sheet/sheet_grid.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

TEST_CASE("sheet_grid: columns are letters, cells letters then a row") {
    CHECK(column_letters(1) == "A");
    CHECK(column_letters(26) == "Z");
    CHECK(column_letters(27) == "AA");
    CHECK(column_letters(16384) == "XFD");
    CHECK(cell_name(14, 3) == "C14");
    const auto c14 = parse_cell_ref("C14");
    REQUIRE(c14);
    CHECK((c14->row == 14 && c14->column == 3));
    CHECK(parse_cell_ref("xfd1048576"));
    CHECK_FALSE(parse_cell_ref("XFE1"));       // past the last column
    CHECK_FALSE(parse_cell_ref("A1048577"));   // past the last row
    CHECK_FALSE(parse_cell_ref("A0"));
    CHECK_FALSE(parse_cell_ref("14C"));
    CHECK_FALSE(parse_cell_ref("A01"));
}

TEST_CASE("sheet_grid: ranges, closed or open to the last row; malformed or backwards ones are none") {
    const auto r = parse_range("A5:F60");
    REQUIRE(r);
    CHECK((r->first.row == 5 && r->first.column == 1 && r->last.row == 60 && r->last.column == 6));
    const auto open = parse_range("B5:D");
    REQUIRE(open);
    CHECK((open->last.row == max_sheet_rows && open->last.column == 4));
    CHECK(r->covers(5, 1));
    CHECK_FALSE(r->covers(61, 1));
    CHECK_FALSE(parse_range("A5"));
    CHECK_FALSE(parse_range("A5-F60"));
    CHECK_FALSE(parse_range("F60:A5"));
    CHECK_FALSE(parse_range("A5:"));
    CHECK_FALSE(parse_range("A5:F6x"));
}

TEST_CASE("sheet_grid: cells held by row, empty ones not stored after the last, a limit on them") {
    SheetGrid grid(10, "reading a test");
    grid.set(2, 3, "c2", "part");
    grid.set(2, 1, "a2", "part");
    grid.set(5, 1, "", "part");  // an empty cell makes no row
    grid.set(7, 2, "b7", "part");
    REQUIRE(grid.rows().size() == 2);
    CHECK(grid.rows()[0].cells == std::vector<std::string>{"a2", "", "c2"});
    CHECK(grid.at(7, 2) == "b7");
    CHECK(grid.at(7, 3).empty());
    CHECK(grid.at(3, 1).empty());
    CHECK_THROWS_AS(grid.set(3, 1, "back", "part"), SheetProblem);  // rows come in order
    CHECK_THROWS_AS(grid.set(9, 11, "far", "part"), SheetProblem);  // 3 + 2 + 11 cells: over the limit
}

TEST_CASE("sheet_grid: the cells are charged to the run's memory budget, and given back when freed") {
    Budget budget(3 << 20);
    const Budget::Scope scope(budget);
    {
        SheetGrid grid(max_sheet_cells, "reading big.xlsx");
        grid.set(1, 1, std::string(100, 'x'), "part");
        CHECK(budget.used() == 1 << 20);  // a MiB at a time
        try {
            for (std::uint32_t row = 2; row < 100000; ++row) grid.set(row, 1, std::string(100, 'x'), "part");
            FAIL("no limit");
        } catch (const LimitExceeded& e) {
            CHECK(std::string(e.what()).starts_with("stopped reading big.xlsx: it needs 1 MiB"));
        }
    }
    CHECK(budget.used() == 0);
}
