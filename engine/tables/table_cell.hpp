#pragma once
// One table cell read as its column's type: an exact number, a span of days,
// or text; or why the cell is malformed ("no such date", with the cell).
#include "engine/tables/scaled.hpp"
#include "engine/tables/table.hpp"

#include <string_view>

namespace claimcheck {

struct Cell {
    std::string_view text;  // as written (unquoted)
    Number number;          // integer and decimal columns
    DaySpan span;           // date and period columns
    bool withheld = false;  // a number, date or period column's cell holds a suppression marker: no value
    bool total = false;     // a text, date or period column's cell holds a total label: a total row
};

// A marker publishers print where they withhold a figure or have none: ONS's "[x]" (not
// available), "[c]" (confidential), "[z]" (not applicable) and "[low]", and "..", "-", "*",
// ":" as others use them (any case). A cell holding one has no value.
bool suppression_marker(std::string_view text);

// A row label that says the row totals others: "Total", "Subtotal", "Grand total", "Total
// (all ages)", "England total", "All", "All ages" ("All" and a lowercase word, so that a ward
// called "All Saints" is not one). Any case; spaces around are ignored.
bool total_label(std::string_view text);

// Whether text may be a total label at all, by its first two bytes and its last: what a scan
// asks of every text cell, inline, before total_label.
inline bool may_be_total_label(std::string_view text) {
    if (text.size() < 3) return false;
    const char a = static_cast<char>(text[0] | 0x20), b = static_cast<char>(text[1] | 0x20),
               z = static_cast<char>(text.back() | 0x20);
    return (a == 't' && b == 'o') || (a == 's' && b == 'u') || (a == 'g' && b == 'r') || (a == 'a' && b == 'l') ||
           text[0] == ' ' || z == 'l' || text.back() == ' ';
}

enum class Shape { no, invalid, yes };  // not written so; written so but no such day or year; valid

// YYYY-MM-DD (one day) or YYYY-MM (the whole month); a month as spreadsheets print it,
// "Apr-22", "Apr 2022", "April 2022" or ONS's "2022 APR" (a two-digit year is 2000-2068 up
// to 68, else 1969-1999, as POSIX reads %y).
Shape parse_date(std::string_view text, DaySpan& out);

// A financial year, 1 April to 31 March: 2016/17, FY2016/17 or FY 2016/17.
Shape parse_period(std::string_view text, DaySpan& out);

// A number as spreadsheets print it: plain digits (parse_number), or with thousands
// separators in the whole part ("1,820", "12,345.6", or spaces as French and SI style
// print them, "1 820" with a plain, no-break or thin space: groups of three), a minus as
// "-" or the typographic U+2212, a leading currency sign (£, $, €, before or after a minus),
// a trailing percent sign ("17.1%" is 17.1: a
// column holds figures, not fractions) and a footnote marker ("123 [note 1]", "123[a]").
// The value is read exactly from the digits; false when the text is none of these.
bool parse_written_number(std::string_view text, NumberSyntax syntax, Number& out);

// Reads text as a cell of the type: nullptr when it is one, else why it is not
// ("text in an integer column"). Text cells are always fine; a suppression marker is fine in
// any column, and the cell is then withheld.
const char* parse_cell(ColumnType type, std::string_view text, Cell& out);

}  // namespace claimcheck
