#pragma once
// A draft written out: as a claims file that parses, uses the data and checks as it stands,
// with each claim's runners-up as comments; or as JSON, every candidate ranked, for tools.
#include "engine/draft/draft.hpp"

#include <string>

namespace claimcheck {

// `data`: the data files as the user named them, for the heading.
std::string render_draft(DraftOutcome draft, const std::vector<std::string>& data);
std::string render_draft_json(const DraftOutcome& draft);

}  // namespace claimcheck
