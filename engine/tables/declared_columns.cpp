// Declared columns matched to a source's columns by header, by name, or loosely (declared_columns.hpp).
#include "engine/tables/declared_columns.hpp"

#include "engine/tables/group_keys.hpp"

#include <algorithm>
#include <cstdint>
#include <array>

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

std::string loose_key(std::string_view name) {
    std::string key;
    for (char c : name)
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) key += c;
        else if (c >= 'A' && c <= 'Z') key += static_cast<char>(c - 'A' + 'a');
    return key;
}

namespace {

DataError declaration_error(const DataError& at, std::size_t index, std::string message) {
    DataError e = at;
    e.message = std::move(message);
    e.declared = index;
    return e;
}

// A declared column the source lacks: its first columns listed.
DataError missing_column(const DataError& at, std::string_view where, std::size_t index, const std::string& wanted,
                         const std::vector<Column>& columns) {
    constexpr std::size_t listed = 10;
    std::string message = "no column \"" + wanted + "\" in " + std::string(where) + "; its columns are ";
    for (std::size_t i = 0; i < std::min(listed, columns.size()); ++i)
        message += (i > 0 ? ", \"" : "\"") + columns[i].header + "\"";
    if (columns.size() > listed) message += " and " + std::to_string(columns.size() - listed) + " more";
    return declaration_error(at, index, message);
}

}  // namespace

namespace {

// The first column with each text (and the second, for loose keys that two columns share), the
// texts interned end to end: a header of a million columns costs no allocation a column.
class FirstColumns {
public:
    void add(std::string_view text, std::size_t column) {
        const std::uint32_t id = texts_.id(text);
        if (id == first_.size()) first_.push_back({column, SIZE_MAX});
        else if (first_[id][1] == SIZE_MAX) first_[id][1] = column;
    }
    // The first and second columns with the text: SIZE_MAX where there is none.
    std::array<std::size_t, 2> find(std::string_view text) const {
        const std::uint32_t id = texts_.find(text, text_hash(text));
        return id == GroupKeys::none ? std::array<std::size_t, 2>{SIZE_MAX, SIZE_MAX} : first_[id];
    }
    bool empty() const { return first_.empty(); }

private:
    GroupKeys texts_;
    std::vector<std::array<std::size_t, 2>> first_;
};

}  // namespace

// Columns are looked up by interned text: a header of a million columns is read once.
std::optional<DataError> match_declared(const std::vector<Column>& declared, std::vector<Column>& columns,
                                        std::vector<bool>& fixed, const DataError& at, std::string_view where) {
    if (declared.empty()) return std::nullopt;
    FirstColumns by_name, by_header;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        by_name.add(columns[i].name, i);
        by_header.add(columns[i].header, i);
    }
    // Each loose key's columns, made only when a declared column is written otherwise than its header.
    FirstColumns by_key;
    auto loosely = [&](const std::string& wanted) -> std::array<std::size_t, 2> {
        if (by_key.empty())
            for (std::size_t i = 0; i < columns.size(); ++i) by_key.add(loose_key(columns[i].header), i);
        const std::string key = loose_key(wanted);
        return key.empty() ? std::array<std::size_t, 2>{SIZE_MAX, SIZE_MAX} : by_key.find(key);
    };
    auto first = [](const FirstColumns& map, const std::string& key) { return map.find(key)[0]; };
    for (std::size_t d = 0; d < declared.size(); ++d) {
        const Column& c = declared[d];
        const std::string& wanted = c.header.empty() ? c.name : c.header;
        std::size_t found = c.header.empty() ? std::min(first(by_name, c.name), first(by_header, c.name))
                                             : first(by_header, c.header);
        if (found == SIZE_MAX) {
            const auto near = loosely(wanted);
            if (near[0] == SIZE_MAX) return missing_column(at, where, d, wanted, columns);
            if (near[1] != SIZE_MAX)
                return declaration_error(at, d,
                                         "column \"" + wanted + "\" could be \"" + columns[near[0]].header +
                                             "\" or \"" + columns[near[1]].header +
                                             "\": write the header exactly, in quotes: column \"" +
                                             columns[near[0]].header + "\" as " +
                                             (c.name.empty() ? columns[near[0]].name : c.name) + " " +
                                             type_name(c.type));
            found = near[0];
        }
        if (fixed[found]) return declaration_error(at, d, "column \"" + wanted + "\" declared twice");
        fixed[found] = true;
        if (!c.name.empty()) {
            columns[found].name = c.name;
            by_name.add(c.name, found);
        }
        columns[found].type = c.type;
    }
    return std::nullopt;
}

}  // namespace claimcheck
