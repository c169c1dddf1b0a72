// A header row made into columns, for any source: names, declared columns matched, types guessed.
#include "engine/tables/table_header.hpp"

#include "engine/tables/group_keys.hpp"
#include "engine/tables/table_cell.hpp"

namespace claimcheck {

void TypeGuess::see(std::string_view cell) {
    // A marker or a total row's label says nothing of what the column's other cells hold.
    if (suppression_marker(cell)) {
        withheld_ = true;
        return;
    }
    if (cell.empty() || total_label(cell)) return;
    seen_ = true;
    Number number;
    DaySpan span;
    integer_ = integer_ && parse_written_number(cell, NumberSyntax::integer, number);
    decimal_ = decimal_ && parse_written_number(cell, NumberSyntax::decimal, number);
    date_ = date_ && parse_date(cell, span) != Shape::no;
    period_ = period_ && parse_period(cell, span) != Shape::no;
}

ColumnType TypeGuess::type() const {
    if (!seen_) return withheld_ ? ColumnType::integer : ColumnType::text;
    if (integer_) return ColumnType::integer;
    if (decimal_) return ColumnType::decimal;
    if (date_) return ColumnType::date;
    if (period_) return ColumnType::period;
    return ColumnType::text;
}

std::vector<Column> header_columns(const std::vector<std::string_view>& headers) {
    std::vector<Column> columns;
    columns.reserve(headers.size());
    for (std::size_t i = 0; i < headers.size(); ++i)
        columns.push_back({std::string(headers[i]), column_name(headers[i], i + 1)});
    return columns;
}

std::optional<DataError> name_columns(const std::string& path, const std::vector<Column>& declared,
                                      std::vector<Column>& columns, std::vector<bool>& fixed,
                                      const HeaderRow& header) {
    if (auto e = match_declared(declared, columns, fixed, data_error(path, header.row, 0, "", "", header.raw, 0), "the header"))
        return e;
    GroupKeys named;  // numbers the names as they come: a name seen before gets an earlier number
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (named.id(columns[i].name) != i) {
            const std::string message = "two columns named \"" + columns[i].name + "\"";
            if (!header.cells.empty()) {
                DataError e = data_error(path, header.row, i + 1, message, columns[i].header, "", 0);
                e.place = header.cells[i];
                return e;
            }
            return data_error(path, header.row, i + 1, message, columns[i].header, header.raw, header.offsets[i]);
        }
    return std::nullopt;
}

}  // namespace claimcheck
