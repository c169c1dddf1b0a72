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
};

enum class Shape { no, invalid, yes };  // not written so; written so but no such day or year; valid

// YYYY-MM-DD (one day) or YYYY-MM (the whole month).
Shape parse_date(std::string_view text, DaySpan& out);

// A financial year, 1 April to 31 March: 2016/17, FY2016/17 or FY 2016/17.
Shape parse_period(std::string_view text, DaySpan& out);

// A number as spreadsheets print it: plain digits (parse_number), or with thousands
// separators in the whole part ("1,820", "12,345.6": groups of three), a leading currency
// sign (£, $, €, before or after a minus), a trailing percent sign ("17.1%" is 17.1: a
// column holds figures, not fractions) and a footnote marker ("123 [note 1]", "123[a]").
// The value is read exactly from the digits; false when the text is none of these.
bool parse_written_number(std::string_view text, NumberSyntax syntax, Number& out);

// Reads text as a cell of the type: nullptr when it is one, else why it is not
// ("text in an integer column"). Text cells are always fine.
const char* parse_cell(ColumnType type, std::string_view text, Cell& out);

}  // namespace claimcheck
