// engine/tables/sheet/sheet_values: stored spreadsheet values as row texts: exact decimals from
// the digits (exponents too), percentages as printed, date serials in both epochs, format codes.
#include "engine/tables/sheet/sheet_values.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

TEST_CASE("sheet_values: a stored number is the exact decimal its digits write, exponent or not") {
    CHECK(exact_decimal("0.1") == "0.1");
    CHECK(exact_decimal("1E-3") == "0.001");
    CHECK(exact_decimal("1.2345E-2") == "0.012345");
    CHECK(exact_decimal("1.5e+3") == "1500");
    CHECK(exact_decimal("12345678901234567890") == "12345678901234567890");
    CHECK(exact_decimal("0.30000000000000004") == "0.30000000000000004");  // as stored: no double rounds it
    CHECK(exact_decimal("-0.0") == "0");
    CHECK(exact_decimal("-2.50") == "-2.5");
    CHECK(exact_decimal("007") == "7");
    CHECK(exact_decimal("0.171", 2) == "17.1");  // a percentage as printed
    CHECK(exact_decimal("1", 2) == "100");
    CHECK_FALSE(exact_decimal("n/a"));
    CHECK_FALSE(exact_decimal("1E"));
    CHECK_FALSE(exact_decimal("1E5000"));  // no string of thousands of zeros
    CHECK_FALSE(exact_decimal(""));
    CHECK_FALSE(exact_decimal("1.2.3"));
}

TEST_CASE("sheet_values: serials in the 1900 epoch keep Excel's 29 February 1900; the 1904 epoch starts at 0") {
    CHECK(serial_date("1", Epoch::e1900) == "1900-01-01");
    CHECK(serial_date("59", Epoch::e1900) == "1900-02-28");
    CHECK(serial_date("60", Epoch::e1900) == "1900-02-29");  // no such day: the date column says so
    CHECK(serial_date("61", Epoch::e1900) == "1900-03-01");
    CHECK(serial_date("42795", Epoch::e1900) == "2017-03-01");
    CHECK(serial_date("42795.75", Epoch::e1900) == "2017-03-01");  // the time of day dropped
    CHECK(serial_date("2958465", Epoch::e1900) == "9999-12-31");
    CHECK(serial_date("0", Epoch::e1904) == "1904-01-01");
    CHECK(serial_date("41333", Epoch::e1904) == "2017-03-01");
    CHECK_FALSE(serial_date("0", Epoch::e1900));
    CHECK_FALSE(serial_date("-1", Epoch::e1900));
    CHECK_FALSE(serial_date("2958466", Epoch::e1900));
}

TEST_CASE("sheet_values: number formats: dates, not times; percentages; the rest plain") {
    CHECK(format_of_code("dd/mm/yyyy") == NumberFormat::date);
    CHECK(format_of_code("mmm-yy") == NumberFormat::date);
    CHECK(format_of_code("[$-809]dd mmmm yyyy;@") == NumberFormat::date);
    CHECK(format_of_code("mm:ss") == NumberFormat::plain);
    CHECK(format_of_code("[h]:mm") == NumberFormat::plain);
    CHECK(format_of_code("0.0%") == NumberFormat::percent);
    CHECK(format_of_code("\"day \"0") == NumberFormat::plain);  // letters in quotes are literal
    CHECK(format_of_code("#,##0;[Red]-#,##0") == NumberFormat::plain);
    CHECK(format_of_builtin(14) == NumberFormat::date);
    CHECK(format_of_builtin(22) == NumberFormat::date);
    CHECK(format_of_builtin(20) == NumberFormat::plain);  // h:mm
    CHECK(format_of_builtin(10) == NumberFormat::percent);
    CHECK(format_of_builtin(3) == NumberFormat::plain);
}
