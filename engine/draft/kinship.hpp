#pragma once
// How two figures of the data are kin: kinds or places of one measure, sums of a table's
// columns over the same rows, figures that may be added or shared.
#include "engine/draft/data.hpp"

#include <string>
#include <vector>

namespace claimcheck {

// The parts of a dotted name: "thefts_from.riverside" -> thefts_from, riverside.
std::vector<std::string> name_parts(const std::string& group);

// Two places or kinds of one measure (thefts_from.riverside, thefts_from.northfield): neither
// is a part of the other, so neither is a share of the other.
bool siblings(const DataFigure& a, const DataFigure& b);

// Two sums of a table's columns over the same rows: sum(t.a) and sum(t.b) of Kent's rows.
bool same_rows(const DataFigure& a, const DataFigure& b);

// A count or an amount that may be added, shared or divided: not a percentage, a mean or a largest value.
bool countable(const DataFigure& f);

// A figure counted over more than one period ("during 2022 to 2023").
bool spans_periods(const DataFigure& f);

}  // namespace claimcheck
