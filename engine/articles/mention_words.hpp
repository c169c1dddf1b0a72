#pragma once
// The plain English words the article scanner reads around numbers: months, spans of time,
// ordinals, the words that make "5-4" a score. The house style's own words come from its
// rules (Vocabulary), not from here.
#include <array>
#include <span>
#include <string_view>

namespace claimcheck::mention_words {

// Month words: the twelve full names first, in calendar order (drafting reads them so; the
// first three letters of each are how claims write a month), then abbreviations.
constexpr std::array<std::string_view, 25> months = {
    "january", "february", "march", "april", "may",  "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar",  "apr",  "jun",    "jul",
    "aug",     "sep",      "sept",     "oct", "nov", "dec",  "fy"};
// Vague quantities a reader marks though the house style may not define them (extract says
// so): plain English, like the rest of these lists. The house style's own words come from
// its rules (Vocabulary), whatever they are.
constexpr std::array<std::string_view, 3> undefined_plurals = {"billions", "scores", "several"};
// "tens of thousands", "hundreds of millions": one vague quantity, not two.
constexpr std::array<std::string_view, 4> plural_counts = {"tens", "dozens", "hundreds", "thousands"};
constexpr std::array<std::string_view, 3> plural_scales = {"thousands", "millions", "billions"};
// Verbs of a threshold crossed: "passed 90,000" says more than 90,000, not 90,000.
constexpr std::array<std::string_view, 8> threshold_verbs = {"passed", "passes", "topped", "tops",
                                                             "exceeded", "exceeds", "surpassed", "surpasses"};
constexpr std::array<std::string_view, 4> change_verbs = {"doubled", "tripled", "quadrupled", "halved"};
constexpr std::array<std::string_view, 2> comparison_after = {"as", "the"};
// A word of change the house style defines, after one of these, is a noun or an adjective,
// not a verb: "a double murder", "the triple lock", "in double figures".
constexpr std::array<std::string_view, 4> not_before_change = {"a", "an", "the", "in"};
// Words of change before a percentage, in any tense: a rise, or a fall (extract hints the
// fall with the house style's own word for one, "down 12%").
constexpr std::array<std::string_view, 16> rise_words = {
    "rise", "rose", "risen", "rising", "increase", "increased", "up", "jump", "jumped", "grew",
    "grown", "growth", "soared", "climbed", "shot", "surged"};
constexpr std::array<std::string_view, 22> fall_words = {
    "fall", "fell", "fallen", "falling", "drop", "dropped", "dropping", "down", "decrease", "decreased",
    "cut", "decline", "declined", "declining", "reduced", "reduction", "lower", "slumped", "plunged",
    "dipped", "shrank", "shrunk"};
// "the highest", "the second worst-affected": a rank counted from the top, or from the bottom.
constexpr std::array<std::string_view, 8> top_superlatives = {"highest", "worst", "largest", "biggest",
                                                              "greatest", "most",  "busiest",  "hardest"};
constexpr std::array<std::string_view, 4> bottom_superlatives = {"lowest", "smallest", "fewest", "least"};
constexpr std::array<std::string_view, 9> ordinals = {"second",  "third",  "fourth", "fifth", "sixth",
                                                      "seventh", "eighth", "ninth",  "tenth"};
// Words before a span of time that make it a time measured ("was 14.2 weeks", "a wait of 6 weeks").
// Verbs that with "up" mean "form": "they made up 44% of call-outs" is a share, no rise.
constexpr std::array<std::string_view, 8> forming_verbs = {"make", "makes", "made", "making",
                                                           "take", "takes", "took", "taking"};
constexpr std::array<std::string_view, 9> measured_time = {"was", "is", "were", "are", "of", "averaging",
                                                           "averaged", "be", "been"};
constexpr std::array<std::string_view, 12> durations = {"hours", "days",  "weeks", "months", "years", "decades",
                                                        "hour",  "day",   "week",  "month",  "year",  "decade"};
// Words before "5-4" that make it a score or a vote, not a range.
constexpr std::array<std::string_view, 18> score_words = {
    "score", "scored", "won", "win", "wins", "lost", "lose", "beat", "beaten", "defeat", "defeated",
    "victory", "draw", "drew", "vote", "voted", "votes", "result"};

// The twelve months' full names, January first.
constexpr std::span<const std::string_view, 12> month_names() { return std::span(months).first<12>(); }

}  // namespace claimcheck::mention_words
