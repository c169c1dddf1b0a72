#include "table.hpp"

namespace claimcheck {

const char* type_name(ColumnType type) {
    switch (type) {
    case ColumnType::integer: return "integer";
    case ColumnType::decimal: return "decimal";
    case ColumnType::text: return "text";
    case ColumnType::date: return "date";
    case ColumnType::period: return "period";
    }
    return "?";
}

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

}  // namespace claimcheck
