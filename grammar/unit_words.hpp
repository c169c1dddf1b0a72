#pragma once
// The unit a run of words names, read by the grammar's own unit rule: "per cent" and
// "percent" are "%", "percentage points" "points", "times" "times". A phrase of number
// words takes its unit this way ("eight per cent"), as a written number does ("8 per cent").
#include <string>
#include <string_view>

namespace claimcheck::grammar {

// The unit of the whole of text ("%", "points", "times"), or "" when it names none.
std::string unit_words(std::string_view text);

}  // namespace claimcheck::grammar
