#include "engine/tables/table.hpp"

#include "engine/core/utf8.hpp"
#include "engine/tables/table_cell.hpp"

#include <algorithm>

namespace claimcheck {

const char* aggregate_name(Aggregate a) {
    switch (a) {
    case Aggregate::count: return "count";
    case Aggregate::sum: return "sum";
    case Aggregate::mean: return "mean";
    case Aggregate::min: return "min";
    case Aggregate::max: return "max";
    case Aggregate::mode: return "mode";
    case Aggregate::distinct: return "distinct";
    }
    return "?";
}

std::optional<std::size_t> Schema::index_of(const std::string& name) const {
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i].name == name) return i;
    return std::nullopt;
}

DataError data_error(const std::string& file, std::uint64_t row, std::size_t column, std::string message,
                     std::string_view text, std::string_view raw, std::size_t offset) {
    DataError e;
    e.file = file;
    e.row = row;
    e.column = column;
    e.message = std::move(message);
    // A field that runs on over line ends (an unterminated quote) is shown up to its first.
    const std::size_t line_end = text.find('\n');
    e.text = displayable(text.substr(0, line_end)) + (line_end == std::string_view::npos ? "" : "\u2026");
    // The whole line: the error shows the part around the field, however far along it is.
    const std::string_view first_line = raw.substr(0, raw.find('\n'));
    const std::string_view shown = first_line.substr(0, first_line.size() - (first_line.ends_with('\r') ? 1 : 0));
    e.line = displayable(shown, shown.size() * 3);
    if (offset <= first_line.size())
        e.character = utf8_characters(displayable(first_line.substr(0, offset), first_line.size() * 3)) + 1;
    return e;
}

namespace {

// A group with its key read as the column's type, once: a sort compares each key many times.
struct ReadKey {
    const Group* group;
    Cell cell;
    bool read = false;  // the key reads as the type (never for text)
};

// Keys in the column's own order; keys that do not read as the type fall back to bytes.
bool key_before(const ReadKey& a, const ReadKey& b, ColumnType type) {
    if (a.read && b.read) {
        const Cell &x = a.cell, &y = b.cell;
        if (type == ColumnType::integer || type == ColumnType::decimal) {
            const int c = compare(x.number, y.number);
            if (c != 0) return c < 0;
        } else if (x.span.first != y.span.first || x.span.last != y.span.last) {
            return x.span.first != y.span.first ? x.span.first < y.span.first : x.span.last < y.span.last;
        }
    }
    return a.group->first < b.group->first;
}

}  // namespace

std::vector<const Group*> ranked_groups(const Answer& answer, ColumnType key_type, RankOrder order) {
    std::vector<ReadKey> keys;
    keys.reserve(answer.groups.size());
    for (const auto& group : answer.groups) {
        ReadKey& key = keys.emplace_back(ReadKey{&group, Cell{}});
        key.read = key_type != ColumnType::text && !parse_cell(key_type, group.first, key.cell);
    }
    std::sort(keys.begin(), keys.end(), [&](const ReadKey& a, const ReadKey& b) {
        if (a.group->second != b.group->second)
            return order == RankOrder::largest_first ? a.group->second > b.group->second
                                                     : a.group->second < b.group->second;
        return key_before(a, b, key_type);
    });
    std::vector<const Group*> out;
    out.reserve(keys.size());
    for (const ReadKey& key : keys) out.push_back(key.group);
    return out;
}

namespace {
void collect_nodes(const Filter& filter, std::vector<const Filter*>& out) {
    out.push_back(&filter);
    for (const Filter& child : filter.children) collect_nodes(child, out);
}
}  // namespace

std::vector<const Filter*> filter_nodes(const Filter& filter) {
    std::vector<const Filter*> out;
    collect_nodes(filter, out);
    return out;
}

bool holds_the_rest(std::uint64_t rows, const Rational& largest, const Rational& sum) {
    return rows >= 4 && largest > 0 && largest * 2 == sum;
}

std::optional<std::string> group_holding_the_rest(const std::map<std::string, Rational>& groups) {
    if (groups.size() < 3) return std::nullopt;
    Rational all(0);
    const std::pair<const std::string, Rational>* top = nullptr;
    for (const auto& g : groups) {
        all += g.second;
        if (!top || g.second > top->second) top = &g;
    }
    if (top->second > 0 && top->second * 2 == all) return top->first;
    return std::nullopt;
}

}  // namespace claimcheck
