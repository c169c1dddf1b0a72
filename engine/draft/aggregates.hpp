#pragma once
// The table aggregates a statement may rest on, written as claims write them: each number
// column summed (and its mean and largest), and the rows counted, over the whole table and
// over the rows whose text column holds a name the statement's sentence says ("Valley
// Line"). Each is tried as a figure is (engine/draft/candidates.hpp); one whose name is in
// no row sums to nothing and is not drafted.
#include "engine/draft/data.hpp"

#include <string>
#include <vector>

namespace claimcheck {

// `names`: the names the sentence says, nearest first (Context::names).
std::vector<DataFigure> aggregates(const Data& data, const std::vector<std::string>& names);

}  // namespace claimcheck
