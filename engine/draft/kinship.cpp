// Kinship between the data's figures, for which pairs drafting tries.
#include "engine/draft/kinship.hpp"

namespace claimcheck {

// The parts of a dotted name: "thefts_from.riverside" -> thefts_from, riverside.
std::vector<std::string> name_parts(const std::string& group) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t dot = group.find('.');; dot = group.find('.', start)) {
        out.push_back(group.substr(start, dot - start));
        if (dot == std::string::npos) break;
        start = dot + 1;
    }
    return out;
}

// Two places or kinds of one measure (thefts_from.riverside, thefts_from.northfield): neither
// is a part of the other, so neither is a share of the other.
bool siblings(const DataFigure& a, const DataFigure& b) {
    // A table's aggregate over the rows of one name and of another: sum(t.x) of Kent's rows, of Essex's.
    if (!a.measure.empty() || !b.measure.empty())
        return a.measure == b.measure && !a.rows.empty() && !b.rows.empty() && a.rows != b.rows;
    const auto pa = name_parts(a.group), pb = name_parts(b.group);
    if (pa.size() != pb.size() || pa.size() < 2) return false;
    std::size_t differ = 0;
    for (std::size_t i = 0; i < pa.size(); ++i) differ += pa[i] != pb[i] ? 1 : 0;
    return differ == 1;
}

// Two sums of a table's columns over the same rows: sum(t.a) and sum(t.b) of Kent's rows.
bool same_rows(const DataFigure& a, const DataFigure& b) {
    return a.column_sum && b.column_sum && a.table == b.table && a.rows == b.rows;
}

// A count or an amount that may be added, shared or divided: not a percentage, a mean or a largest value.
bool countable(const DataFigure& f) { return f.summable && !f.percent; }

bool spans_periods(const DataFigure& f) { return f.period.find(" to ") != std::string::npos; }

}  // namespace claimcheck
