#pragma once
// Sources that disagree: claims about one quantity in different articles that
// no single value satisfies (38 forces in one, 39 in another), and one name
// bound to different figures by different files of one run, so that a
// correction made in one file does not reach the claims resting on the other.
#include "engine/lang/evaluate.hpp"
#include "engine/report/report.hpp"

#include <map>
#include <string>
#include <vector>

namespace claimcheck {

// A check's statement of a quantity, kept to find sources that disagree.
struct StatedQuantity {
    std::string key;       // quantity_key: equal for one quantity
    std::string quantity;  // as written
    Interval interval;     // the strict reading of what was stated
    Statement statement;
};

// Statements of one quantity in different articles that no single value satisfies.
std::vector<Conflict> conflicts_among(const std::vector<StatedQuantity>& stated);

// Lets of one name, in different files of the program, whose figures differ
// (in value, unit or period). Missing figures and figures in error are left out.
std::vector<Conflict> definitions_differing(const Program& program, Evaluator& evaluator);

}  // namespace claimcheck
