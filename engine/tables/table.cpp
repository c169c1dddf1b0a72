#include "engine/tables/table.hpp"

#include "engine/tables/table_cell.hpp"

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

namespace {

// Keys in the column's own order; keys that do not read as the type fall back to bytes.
bool key_before(const std::string& a, const std::string& b, ColumnType type) {
    Cell x, y;
    if (type != ColumnType::text && !parse_cell(type, a, x) && !parse_cell(type, b, y)) {
        if (type == ColumnType::integer || type == ColumnType::decimal) {
            const int c = compare(x.number, y.number);
            if (c != 0) return c < 0;
        } else if (x.span.first != y.span.first || x.span.last != y.span.last) {
            return x.span.first != y.span.first ? x.span.first < y.span.first : x.span.last < y.span.last;
        }
    }
    return a < b;
}

}  // namespace

std::optional<std::string> top_key(const Answer& answer, ColumnType key_type) {
    const std::pair<const std::string, Rational>* best = nullptr;
    for (const auto& group : answer.groups)
        if (!best || group.second > best->second ||
            (group.second == best->second && key_before(group.first, best->first, key_type)))
            best = &group;
    if (!best) return std::nullopt;
    return best->first;
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

}  // namespace claimcheck
