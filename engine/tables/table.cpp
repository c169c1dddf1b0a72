#include "engine/tables/table.hpp"

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

std::vector<const Group*> ranked_groups(const Answer& answer, ColumnType key_type, RankOrder order) {
    std::vector<const Group*> out;
    for (const auto& group : answer.groups) out.push_back(&group);
    std::sort(out.begin(), out.end(), [&](const Group* a, const Group* b) {
        if (a->second != b->second)
            return order == RankOrder::largest_first ? a->second > b->second : a->second < b->second;
        return key_before(a->first, b->first, key_type);
    });
    return out;
}

}  // namespace claimcheck
