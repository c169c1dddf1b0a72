#pragma once
// The check a drafted claim suggests, in comments, for the reporter to complete: the
// function and unit read from the words around the number ("a day": per_day, "rose
// by 44%": change, "44% of": share), with <placeholders> for the figures it rests on.
#include "engine/articles/mentions.hpp"
#include "engine/extract/stated.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

struct Hint {
    std::string what;                 // the mention and what it counts: "5,653 child sex crimes"
    std::string about;                // "a count", "a percentage, here a change", ...
    std::vector<std::string> checks;  // suggested check lines, most likely first
};

// `mention.text` on one line; `quote` the span quoted around it; words from `next_quantity`
// (where the next quantity claimed begins) on describe that one, not this. `vocabulary`: the
// house style's words, for its phrase for a fall ("fell 12%" is hinted "down 12%").
Hint hint(std::string_view text, const Mention& mention, Span quote, std::size_t next_quantity, Stated s,
          const Vocabulary& vocabulary);

}  // namespace claimcheck
