#pragma once
// Claims drafted from an article, as plain data: engine/extract/extract.cpp drafts them,
// engine/extract/skeleton.cpp writes them as a .claims file.
#include "engine/core/source.hpp"
#include "engine/articles/mentions.hpp"

#include <string>
#include <vector>

namespace claimcheck {

struct DraftClaim {
    std::string id;      // a slug of the mention: n573_pct, more_than_a_third
    Mention mention;     // the number as written (on one line), and where
    Location at;         // the mention's line:column in the article
    std::string quote;   // on one line, unescaped: the clause, or more when the clause is not unique
    std::size_t occurrences = 1;      // times the article holds the quote; 1 unless no try was unique
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

}  // namespace claimcheck
