// engine/tables/table_header: a header row made into columns for any source: names as claims
// write them, types guessed from cells, declared columns matched, and the errors about them, at a
// CSV header's line or a spreadsheet header's cells.
#include "engine/tables/table_header.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

TEST_CASE("table_header: headers become names") {
    CHECK(column_name("Offence group", 1) == "offence_group");
    CHECK(column_name("month", 1) == "month");
    CHECK(column_name("  Age of victim (years) ", 1) == "age_of_victim_years");
    CHECK(column_name("Count2017", 1) == "count2017");
    CHECK(column_name("caf\xC3\xA9 name", 1) == "caf_name");
    CHECK(column_name("", 3) == "column_3");
    CHECK(column_name("%%", 4) == "column_4");
}

TEST_CASE("table_header: a TypeGuess on its own") {
    TypeGuess g;
    CHECK(g.type() == ColumnType::text);  // all empty
    g.see("");
    CHECK(g.type() == ColumnType::text);
    g.see("12");
    CHECK(g.type() == ColumnType::integer);
    g.see("1.5");
    CHECK(g.type() == ColumnType::decimal);
    g.see("2016-04");
    CHECK(g.type() == ColumnType::text);
    TypeGuess periods;
    periods.see("2016/18");  // the shape of one: the scan names the bad year
    CHECK(periods.type() == ColumnType::period);
}

TEST_CASE("table_header: numbers as spreadsheets print them are inferred as numbers") {
    TypeGuess grouped, money, malformed;
    for (const char* cell : {"1,820", "12", "\xC2\xA3" "1,234,567", "5 [note 1]"}) grouped.see(cell);
    CHECK(grouped.type() == ColumnType::integer);
    for (const char* cell : {"$5", "\xE2\x82\xAC" "3.50", "17.1%"}) money.see(cell);
    CHECK(money.type() == ColumnType::decimal);
    for (const char* cell : {"1,820", "1,82"}) malformed.see(cell);
    CHECK(malformed.type() == ColumnType::text);
}

TEST_CASE("table_header: declared columns matched by header, name or loosely; errors name a sheet's cells") {
    std::vector<Column> columns = header_columns({"Force", "Offence group", "N"});
    std::vector<bool> fixed(columns.size(), false);
    HeaderRow sheet_header{5, "", {}, {"sheet \"T\" cell A5", "sheet \"T\" cell B5", "sheet \"T\" cell C5"}};
    const std::vector<Column> declared{{"", "offence_group", ColumnType::text}, {"N", "count", ColumnType::integer}};
    CHECK_FALSE(name_columns("t.xlsx", declared, columns, fixed, sheet_header));
    CHECK(columns[2].name == "count");
    CHECK(columns[2].type == ColumnType::integer);
    CHECK(fixed == std::vector<bool>{false, true, true});

    std::vector<Column> missing = header_columns({"Force"});
    std::vector<bool> none(1, false);
    const auto e = name_columns("t.xlsx", {{"", "ward", ColumnType::text}}, missing, none, sheet_header);
    REQUIRE(e);
    CHECK(e->declared == 0u);
    CHECK(e->row == 5u);

    std::vector<Column> twice = header_columns({"Offences", "Offences", "Rate"});
    std::vector<bool> unfixed(3, false);
    const auto dup = name_columns("t.xlsx", {}, twice, unfixed, sheet_header);
    REQUIRE(dup);
    CHECK(dup->message == "two columns named \"offences\"");
    CHECK(dup->place == "sheet \"T\" cell B5");
    CHECK(dup->column == 2u);
}
