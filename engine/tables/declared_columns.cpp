// Declared columns matched to a source's columns by header, by name, or loosely (declared_columns.hpp).
#include "engine/tables/declared_columns.hpp"

#include <algorithm>
#include <cstdint>
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

// Columns are looked up in maps: a header of a million columns is read once.
std::optional<DataError> match_declared(const std::vector<Column>& declared, std::vector<Column>& columns,
                                        std::vector<bool>& fixed, const DataError& at, std::string_view where) {
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
            if (!near) return missing_column(at, where, d, wanted, columns);
            if (near->size() > 1)
                return declaration_error(at, d,
                                         "column \"" + wanted + "\" could be \"" + columns[(*near)[0]].header +
                                             "\" or \"" + columns[(*near)[1]].header +
                                             "\": write the header exactly, in quotes: column \"" +
                                             columns[(*near)[0]].header + "\" as " +
                                             (c.name.empty() ? columns[(*near)[0]].name : c.name) + " " +
                                             type_name(c.type));
            found = near->front();
        }
        if (fixed[found]) return declaration_error(at, d, "column \"" + wanted + "\" declared twice");
        fixed[found] = true;
        if (!c.name.empty()) {
            columns[found].name = c.name;
            by_name.try_emplace(c.name, found);
        }
        columns[found].type = c.type;
    }
    return std::nullopt;
}

}  // namespace claimcheck
