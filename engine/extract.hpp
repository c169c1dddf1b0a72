#pragma once
// claimcheck extract: a skeleton .claims file drafted from articles. Each
// number a reader would check becomes a claim with its quote, found once in
// the article, and a commented suggestion of the check; the reporter fills in
// the data. No check is written, so an unedited skeleton is never a pass.
// Nothing here reads or writes files: cli/extract_command.cpp does.
#include "article.hpp"
#include "grammar/source.hpp"
#include "mentions.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

struct DraftClaim {
    std::string id;      // a slug of the mention: n573_pct, more_than_a_third
    Mention mention;     // the number as written, and where
    Location at;         // the mention's line:column in the article
    std::string quote;   // on one line, unescaped: the clause, or more when the clause is not unique
    Span quote_span;     // where the quote was taken from
    std::size_t occurrences = 1;      // times the article holds the quote; 1 unless no sentence was unique
    std::string what;                 // the mention and what it counts: "5,653 child sex crimes"
    std::string about;                // "a count", "a percentage, here a change", ...
    std::vector<std::string> checks;  // suggested check lines, most likely first, with <placeholders>
};

struct SetApart {
    Mention mention;  // a date, a span of time or an age group: not a quantity a claim checks
    Location at;
};

struct ArticleDraft {
    std::string name;  // as the claims file names it after `in`
    std::vector<DraftClaim> claims;
    std::vector<SetApart> set_apart;
};

// The article's text as `check` reads it (valid UTF-8); a leading byte order mark
// is skipped as `check` skips it, so spans count from after it.
ArticleDraft extract(std::string_view name, std::string_view text);

// The .claims file for the drafts, in order; ids made unique across all of them (_2, _3, ...).
std::string render_skeleton(std::vector<ArticleDraft> drafts);

// A string literal of the claims language: "..." with \" and \\ escaped.
std::string claims_string(std::string_view text);

// Vocabulary the suggestions may use, with N for a number ("nearly N"): each must be
// defined in rules/house-style.claims or rules/numbers.claims.
const std::vector<std::string>& suggested_vocabulary();

}  // namespace claimcheck
