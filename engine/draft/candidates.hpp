#pragma once
// The checks a statement could be drafted as: its hint's check (engine/extract/hints.hpp,
// "change(<before>, <after>) is 44%") with the placeholders filled from the data, every way
// the data allows. Figures of one quantity (one group, several periods) give sums, changes
// and ratios; figures of one period give shares; figures with a period give rates.
#include "engine/draft/data.hpp"
#include "engine/draft/relevance.hpp"

#include <string>
#include <vector>

namespace claimcheck {

struct Candidate {
    std::string check;                // "change(kent.2015_16, kent.2016_17) is up by 573%"
    std::vector<std::string> groups;  // the quantities its figures are of (DataFigure::group)
    int operations = 0;               // 0 for a figure alone
    int relevance = 0;                // tenths: what the words around the statement say of its figures
    // Tried first whatever the words say: its value, from the figures' (Data::figures' values),
    // is within a tenth of the number printed, so an exact figure is never crowded out; or it
    // is a share of two columns over the same rows, the form a table's shares take.
    bool tried_first = false;
    // A sum of two kinds of one measure where the words ask for a total and name each part by
    // what tells it from the other ("altogether ..., counting both kerbside bins and the
    // recycling centres").
    bool total_named = false;
    // A share's whole: the quantities it may be of (its group, and the let's it continues).
    std::vector<std::string> wholes;
};

// At most `keep` candidates for one hint check, the most relevant first (then the simplest,
// then by text, so the order is the same on every run). None when the check's placeholder
// cannot be filled from data ("<count> is <number>" for a word the house style lacks).
std::vector<Candidate> candidates(const std::string& hint_check, const Data& data,
                                  const std::vector<DataFigure>& aggregates, const Relevance& relevance,
                                  const Context& context, std::size_t keep);

}  // namespace claimcheck
