#pragma once
// The table aggregates a statement may rest on, written as claims write them: each number
// column summed (and its mean and largest; and two number columns together, "adults" and
// "children"), and the rows counted, over the whole table, over the rows whose text column
// holds a text of the table's the words around the statement say ("league", "Valley Line";
// a name the sentence says, where the table's first rows are not all of it) and over the rows
// of a month it names ("in December"). Each is tried as a figure is (engine/draft/candidates.hpp); one whose name is in
// no row sums to nothing and is not drafted.
#include "engine/draft/data.hpp"
#include "engine/draft/relevance.hpp"

#include <string>
#include <vector>

namespace claimcheck {

// `context`: the names and months the sentence says. A month without a year is tried in the
// latest year the data's figures are counted in.
std::vector<DataFigure> aggregates(const Data& data, const Context& context);

}  // namespace claimcheck
