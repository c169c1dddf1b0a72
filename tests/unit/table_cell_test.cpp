// engine/tables/table_cell: cells read as their column's type (dates, months, financial
// years, exact numbers) and the message naming what is wrong with a bad one.
#include "engine/core/period.hpp"
#include "engine/tables/table_cell.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace claimcheck;

namespace {

std::string message(ColumnType type, const std::string& text) {
    Cell cell;
    const char* why = parse_cell(type, text, cell);
    return why ? why : "ok";
}

}  // namespace

TEST_CASE("table_cell: a date is one day, a month all its days") {
    DaySpan s;
    REQUIRE(parse_date("2016-02-29", s) == Shape::yes);
    CHECK(s.first == days_from_civil(2016, 2, 29));
    CHECK(s.last == s.first);
    REQUIRE(parse_date("2016-02", s) == Shape::yes);
    CHECK(s.first == days_from_civil(2016, 2, 1));
    CHECK(s.last == days_from_civil(2016, 2, 29));
    REQUIRE(parse_date("2017-12", s) == Shape::yes);
    CHECK(s.last - s.first + 1 == 31);
}

TEST_CASE("table_cell: an impossible date has a date's shape but is invalid") {
    DaySpan s;
    CHECK(parse_date("2017-02-29", s) == Shape::invalid);
    CHECK(parse_date("2017-02-30", s) == Shape::invalid);
    CHECK(parse_date("2017-04-31", s) == Shape::invalid);
    CHECK(parse_date("2017-13", s) == Shape::invalid);
    CHECK(parse_date("2017-00-10", s) == Shape::invalid);
    CHECK(parse_date("2017-01-00", s) == Shape::invalid);
    for (const char* no : {"", "2017", "2017-1-5", "17-01-05", "2017/01/05", "2017-01-05T00", "x017-01", "2017-01-"})
        CHECK(parse_date(no, s) == Shape::no);
}

TEST_CASE("table_cell: a period is a financial year, 1 April to 31 March") {
    DaySpan s;
    for (const char* written : {"2015/16", "FY2015/16", "FY 2015/16"}) {
        INFO(written);
        REQUIRE(parse_period(written, s) == Shape::yes);
        CHECK(s.first == days_from_civil(2015, 4, 1));
        CHECK(s.last == days_from_civil(2016, 3, 31));
        CHECK(s.last - s.first + 1 == 366);
    }
    REQUIRE(parse_period("1999/00", s) == Shape::yes);
    CHECK(s.last == days_from_civil(2000, 3, 31));
    CHECK(parse_period("2016/18", s) == Shape::invalid);
    CHECK(parse_period("FY2016/16", s) == Shape::invalid);
    for (const char* no : {"", "2016", "2016/2017", "2016-17", "FY16/17", "fy2016/17", "2016 /17"})
        CHECK(parse_period(no, s) == Shape::no);
}

TEST_CASE("table_cell: each type's cells and its messages for bad ones") {
    CHECK(message(ColumnType::integer, "-12") == "ok");
    CHECK(message(ColumnType::integer, "12.5") == "text in an integer column");
    CHECK(message(ColumnType::integer, "twelve") == "text in an integer column");
    CHECK(message(ColumnType::integer, "") == "empty cell in an integer column");
    CHECK(message(ColumnType::decimal, "12.5") == "ok");
    CHECK(message(ColumnType::decimal, "12,5") == "text in a decimal column");
    CHECK(message(ColumnType::decimal, "") == "empty cell in a decimal column");
    CHECK(message(ColumnType::date, "2017-03") == "ok");
    CHECK(message(ColumnType::date, "2017-02-30") == "no such date");
    CHECK(message(ColumnType::date, "March 2017") == "ok");  // a month as spreadsheets print it
    CHECK(message(ColumnType::date, "Spring 2017") ==
          "text in a date column (dates are written YYYY-MM-DD, YYYY-MM or Apr-22)");
    CHECK(message(ColumnType::date, "") == "empty cell in a date column");
    CHECK(message(ColumnType::period, "FY2016/17") == "ok");
    CHECK(message(ColumnType::period, "2016/18") == "not a financial year: the second year must follow the first");
    CHECK(message(ColumnType::period, "2016") == "text in a period column (periods are financial years: 2016/17)");
    CHECK(message(ColumnType::period, "") == "empty cell in a period column");
    CHECK(message(ColumnType::text, "") == "ok");
    CHECK(message(ColumnType::text, "anything, at all") == "ok");
}

TEST_CASE("table_cell: spaces around a number, a date or a period are no part of it") {
    Number n;
    REQUIRE(parse_written_number(" 5 ", NumberSyntax::integer, n));
    CHECK(to_rational(n) == 5);
    REQUIRE(parse_written_number(" \xC2\xA3" "1,820 ", NumberSyntax::integer, n));
    CHECK(to_rational(n) == 1820);
    DaySpan span;
    CHECK(parse_date(" 2023-01-05", span) == Shape::yes);
    CHECK(parse_period("FY2016/17 ", span) == Shape::yes);
    CHECK_FALSE(parse_written_number("5 6", NumberSyntax::integer, n));  // inside, a space is no separator of threes
    Cell cell;
    CHECK(parse_cell(ColumnType::text, " Kent", cell) == nullptr);
    CHECK(cell.text == " Kent");  // text is as written
}

TEST_CASE("table_cell: a number with an exponent, as R and pandas print some, is read exactly") {
    Number n;
    REQUIRE(parse_written_number("1.5e-05", NumberSyntax::decimal, n));
    CHECK(to_rational(n) == Rational(3, 200000));
    REQUIRE(parse_written_number("1e+05", NumberSyntax::integer, n));
    CHECK(to_rational(n) == 100000);
    REQUIRE(parse_written_number("-1.25E-2", NumberSyntax::decimal, n));
    CHECK(to_rational(n) == Rational(-1, 80));
    REQUIRE(parse_written_number("2E3", NumberSyntax::integer, n));
    CHECK(to_rational(n) == 2000);
    CHECK_FALSE(parse_written_number("1.5e-05", NumberSyntax::integer, n));  // no whole number
    for (const char* no : {"e5", "1e", "1e+", "1e401", "1.5e2.5", "1x5", ".5e1", "1e-5e2"}) {
        INFO(no);
        CHECK_FALSE(parse_written_number(no, NumberSyntax::decimal, n));
    }
}

TEST_CASE("table_cell: a cell keeps its text and its value") {
    Cell cell;
    REQUIRE(parse_cell(ColumnType::decimal, "0.10", cell) == nullptr);
    CHECK(cell.text == "0.10");
    CHECK(cell.number.small == Scaled{1, 1});
    REQUIRE(parse_cell(ColumnType::period, "2016/17", cell) == nullptr);
    CHECK(cell.span.first == days_from_civil(2016, 4, 1));
}

TEST_CASE("table_cell: numbers as spreadsheets print them are read exactly") {
    auto value = [](ColumnType type, const std::string& text) {
        Cell cell;
        REQUIRE(parse_cell(type, text, cell) == nullptr);
        CHECK_FALSE(cell.number.canonical);  // so a group key is shown the one way, "1820"
        return number_text(cell.number);
    };
    CHECK(value(ColumnType::integer, "1,820") == "1820");
    CHECK(value(ColumnType::integer, "-1,234,567") == "-1234567");
    CHECK(value(ColumnType::decimal, "12,345.60") == "12345.6");
    CHECK(value(ColumnType::integer, "\xC2\xA3" "1,234") == "1234");       // £
    CHECK(value(ColumnType::integer, "$5") == "5");
    CHECK(value(ColumnType::decimal, "\xE2\x82\xAC" "3.50") == "3.5");     // €
    CHECK(value(ColumnType::decimal, "-\xC2\xA3" "2.5") == "-2.5");
    CHECK(value(ColumnType::decimal, "\xC2\xA3-2.5") == "-2.5");
    CHECK(value(ColumnType::decimal, "17.1%") == "17.1");                  // the figure printed, not 0.171
    CHECK(value(ColumnType::integer, "123 [note 1]") == "123");
    CHECK(value(ColumnType::integer, "123[a]") == "123");
    CHECK(value(ColumnType::decimal, "\xC2\xA3" "1,234.5% [x]") == "1234.5");
    CHECK(value(ColumnType::integer, "1 820") == "1820");                  // grouped by spaces, as SI style prints it
    CHECK(value(ColumnType::integer, "1\xC2\xA0" "234\xE2\x80\xAF" "567") == "1234567");  // no-break, narrow no-break
    CHECK(value(ColumnType::decimal, "12\xE2\x80\x89" "345.5") == "12345.5");  // thin space
    CHECK(value(ColumnType::integer, "\xE2\x88\x92" "5") == "-5");                // U+2212, the typographic minus
    CHECK(value(ColumnType::decimal, "\xC2\xA3\xE2\x88\x92" "2.5") == "-2.5");
    // Past 38 digits still exact: the rational takes over.
    CHECK(value(ColumnType::integer, "123,456,789,012,345,678,901,234,567,890,123,456,789") ==
          "123456789012345678901234567890123456789");
}

TEST_CASE("table_cell: a malformed spreadsheet number is still an error") {
    CHECK(message(ColumnType::integer, "1,82") == "text in an integer column");
    CHECK(message(ColumnType::integer, "12,34,5") == "text in an integer column");
    CHECK(message(ColumnType::integer, ",123") == "text in an integer column");
    CHECK(message(ColumnType::integer, "1234,567") == "text in an integer column");
    CHECK(message(ColumnType::integer, "1,820.5") == "text in an integer column");
    CHECK(message(ColumnType::decimal, "1.234,5") == "text in a decimal column");
    CHECK(message(ColumnType::decimal, "\xC2\xA3") == "text in a decimal column");
    CHECK(message(ColumnType::decimal, "%") == "text in a decimal column");
    CHECK(message(ColumnType::decimal, "[a]") == "text in a decimal column");
    CHECK(message(ColumnType::decimal, "5 apples") == "text in a decimal column");
    CHECK(message(ColumnType::integer, "--5") == "text in an integer column");
    CHECK(message(ColumnType::integer, "1 82") == "text in an integer column");
    CHECK(message(ColumnType::integer, "1,820 000") == "text in an integer column");  // one separator or the other
    CHECK(message(ColumnType::integer, "12 Apr") == "text in an integer column");
    CHECK(message(ColumnType::integer, "-\xE2\x88\x92" "5") == "text in an integer column");
}

TEST_CASE("table_cell: a suppression marker leaves a number, date or period cell withheld") {
    for (const char* marker : {"[x]", "[c]", "[z]", "[X]", "[low]", "..", "-", "*", ":", "\xE2\x80\x93", " [c] "}) {
        INFO(marker);
        CHECK(suppression_marker(marker));
        for (ColumnType type : {ColumnType::integer, ColumnType::decimal, ColumnType::date, ColumnType::period}) {
            Cell cell;
            CHECK(parse_cell(type, marker, cell) == nullptr);
            CHECK(cell.withheld);
        }
        Cell text;
        CHECK(parse_cell(ColumnType::text, marker, text) == nullptr);
        CHECK_FALSE(text.withheld);  // text is text
    }
    for (const char* value : {"x", "[a]", "n", "", "-5", "...", "[note 1]", "0"}) {
        INFO(value);
        CHECK_FALSE(suppression_marker(value));
    }
    Cell cell;
    REQUIRE(parse_cell(ColumnType::integer, "[c]", cell) == nullptr);
    REQUIRE(parse_cell(ColumnType::integer, "12", cell) == nullptr);
    CHECK_FALSE(cell.withheld);  // a reused cell forgets the last row's marker
}

TEST_CASE("table_cell: total labels, and names that only look like them") {
    for (const char* label : {"Total", "TOTAL", "totals", "Subtotal", "Sub-total", "Grand total", "All", " Total ",
                              "Total (all ages)", "Total: England", "England total", "All ages", "All persons"}) {
        INFO(label);
        CHECK(total_label(label));
    }
    for (const char* name : {"All Saints", "Totally Local", "Totnes", "Allerdale", "Tot", "Al", "", "Stall",
                             "Subtotals and more", "Hall", "Total-ly"}) {
        INFO(name);
        CHECK_FALSE(total_label(name));
    }
    Cell cell;
    CHECK(parse_cell(ColumnType::text, "Total", cell) == nullptr);
    CHECK(cell.total);
    CHECK(parse_cell(ColumnType::date, "Total", cell) == nullptr);  // a months column's last row
    CHECK(cell.total);
    CHECK(parse_cell(ColumnType::integer, "Total", cell) != nullptr);  // a number is never a label
}

TEST_CASE("table_cell: months as spreadsheets print them") {
    auto span = [](const std::string& text) {
        Cell cell;
        REQUIRE(parse_cell(ColumnType::date, text, cell) == nullptr);
        return std::make_pair(cell.span.first, cell.span.last);
    };
    const auto april_2022 = std::make_pair(days_from_civil(2022, 4, 1), days_from_civil(2022, 4, 30));
    for (const char* text : {"Apr-22", "Apr 22", "Apr 2022", "April 2022", "april-2022", "2022 APR", "2022-04"}) {
        INFO(text);
        CHECK(span(text) == april_2022);
    }
    CHECK(span("Sept 2021") == std::make_pair(days_from_civil(2021, 9, 1), days_from_civil(2021, 9, 30)));
    CHECK(span("Dec-99") == std::make_pair(days_from_civil(1999, 12, 1), days_from_civil(1999, 12, 31)));
    CHECK(span("Feb-68").first == days_from_civil(2068, 2, 1));
    CHECK(span("Feb-24").second == days_from_civil(2024, 2, 29));
    for (const char* text : {"Apri 2022", "Apr-2", "Apr-202", "Month 2022", "Apr", "2022 Ap", "Apr--22"}) {
        INFO(text);
        CHECK(message(ColumnType::date, text) == "text in a date column (dates are written YYYY-MM-DD, YYYY-MM or Apr-22)");
    }
}
