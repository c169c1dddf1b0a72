// A header row made into columns, for any source: names, declared columns matched, types guessed.
#include "engine/tables/table_header.hpp"

#include "engine/tables/table_aggregate.hpp"
#include "engine/tables/table_cell.hpp"

#include <algorithm>
#include <unordered_map>

namespace claimcheck {

std::string column_name(std::string_view header, std::size_t number) {
    std::string name;
    bool gap = false;
    for (char c : header) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        const bool upper = c >= 'A' && c <= 'Z';
        if (!letter && !upper) {
            gap = true;
            continue;
        }
        if (gap && !name.empty()) name += '_';
        gap = false;
        name += upper ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return name.empty() ? "column_" + std::to_string(number) : name;
}

void TypeGuess::see(std::string_view cell) {
    // A marker or a total row's label says nothing of what the column's other cells hold.
    if (cell.empty() || suppression_marker(cell) || total_label(cell)) return;
    seen_ = true;
    Number number;
    DaySpan span;
    integer_ = integer_ && parse_written_number(cell, NumberSyntax::integer, number);
    decimal_ = decimal_ && parse_written_number(cell, NumberSyntax::decimal, number);
    date_ = date_ && parse_date(cell, span) != Shape::no;
    period_ = period_ && parse_period(cell, span) != Shape::no;
}

ColumnType TypeGuess::type() const {
    if (!seen_) return ColumnType::text;
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

namespace {

// A name as written with case, spaces and punctuation set aside ("Offence group",
// "offence_group" and "OffenceGroup" all give "offencegroup"), for matching a declared
// column to a header written otherwise.
std::string loose_key(std::string_view name) {
    std::string key;
    for (char c : name)
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) key += c;
        else if (c >= 'A' && c <= 'Z') key += static_cast<char>(c - 'A' + 'a');
    return key;
}

// An error in the declaration of declared column `index`, shown at its column line.
DataError declaration_error(const std::string& path, std::size_t index, std::string message, const HeaderRow& header) {
    DataError e = data_error(path, header.row, 0, std::move(message), "", header.raw, 0);
    e.declared = index;
    return e;
}

// A declared column the header lacks: the header's first columns listed.
DataError missing_column(const std::string& path, std::size_t index, const std::string& wanted,
                         const std::vector<Column>& columns, const HeaderRow& header) {
    constexpr std::size_t listed = 10;
    std::string message = "no column \"" + wanted + "\" in the header; its columns are ";
    for (std::size_t i = 0; i < std::min(listed, columns.size()); ++i)
        message += (i > 0 ? ", \"" : "\"") + columns[i].header + "\"";
    if (columns.size() > listed) message += " and " + std::to_string(columns.size() - listed) + " more";
    return declaration_error(path, index, message, header);
}

// Sets the declared columns' names and types, or says why one cannot be matched.
// A declared column is its header written exactly, else (declared by name only) the column so
// named, else the one header equal to it but for case, spaces and punctuation. Columns are
// looked up in maps: a header of a million columns is read once.
std::optional<DataError> apply_declared(const std::string& path, const std::vector<Column>& declared,
                                        std::vector<Column>& columns, std::vector<bool>& fixed, const HeaderRow& header) {
    if (declared.empty()) return std::nullopt;
    std::unordered_map<std::string, std::size_t> by_name, by_header;  // the first column with each
    by_name.reserve(columns.size());
    by_header.reserve(columns.size());
    for (std::size_t i = 0; i < columns.size(); ++i) {
        by_name.try_emplace(columns[i].name, i);
        by_header.try_emplace(columns[i].header, i);
    }
    // Each loose key's columns, made only when a declared column is written otherwise than its header.
    std::unordered_map<std::string, std::vector<std::size_t>> by_key;
    auto loosely = [&](const std::string& wanted) -> const std::vector<std::size_t>* {
        if (by_key.empty())
            for (std::size_t i = 0; i < columns.size(); ++i) by_key[loose_key(columns[i].header)].push_back(i);
        const std::string key = loose_key(wanted);
        auto it = by_key.find(key);
        return key.empty() || it == by_key.end() ? nullptr : &it->second;
    };
    auto first = [](const std::unordered_map<std::string, std::size_t>& map, const std::string& key) {
        auto it = map.find(key);
        return it == map.end() ? SIZE_MAX : it->second;
    };
    for (std::size_t d = 0; d < declared.size(); ++d) {
        const Column& c = declared[d];
        const std::string& wanted = c.header.empty() ? c.name : c.header;
        std::size_t found = c.header.empty() ? std::min(first(by_name, c.name), first(by_header, c.name))
                                             : first(by_header, c.header);
        if (found == SIZE_MAX) {
            const auto* near = loosely(wanted);
            if (!near) return missing_column(path, d, wanted, columns, header);
            if (near->size() > 1)
                return declaration_error(path, d,
                                         "column \"" + wanted + "\" could be \"" + columns[(*near)[0]].header +
                                             "\" or \"" + columns[(*near)[1]].header +
                                             "\": write the header exactly, in quotes: column \"" +
                                             columns[(*near)[0]].header + "\" as " +
                                             (c.name.empty() ? columns[(*near)[0]].name : c.name) + " " +
                                             type_name(c.type),
                                         header);
            found = near->front();
        }
        if (fixed[found]) return declaration_error(path, d, "column \"" + wanted + "\" declared twice", header);
        fixed[found] = true;
        if (!c.name.empty()) {
            columns[found].name = c.name;
            by_name.try_emplace(c.name, found);
        }
        columns[found].type = c.type;
    }
    return std::nullopt;
}

}  // namespace

std::optional<DataError> name_columns(const std::string& path, const std::vector<Column>& declared,
                                      std::vector<Column>& columns, std::vector<bool>& fixed,
                                      const HeaderRow& header) {
    if (auto e = apply_declared(path, declared, columns, fixed, header)) return e;
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
