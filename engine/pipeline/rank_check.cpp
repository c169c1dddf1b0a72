// Rank checks: which keys hold the rank a claim names, and the verdict on the key it names.
#include "engine/pipeline/rank_check.hpp"

#include "engine/core/shown.hpp"
#include "engine/lang/ranks.hpp"
#include "engine/lang/tables.hpp"

#include <algorithm>
#include <functional>
#include <stdexcept>

namespace claimcheck {

namespace {

// The key a check names: as written, and how a group's key matches it (as text, byte for byte;
// as a number, by value).
struct ClaimedKey {
    std::string written;
    std::function<bool(const std::string&)> matches;
};

ClaimedKey claimed_key(Evaluator& evaluator, const Module& module, const ast::Relation& relation) {
    if (const auto* text = boost::get<ast::Text>(&relation.rhs))
        return {text->text, [key = text->text](const std::string& k) { return k == key; }};
    const ast::Expr& figure = boost::get<ast::Expr>(relation.rhs);
    const Value claimed = evaluator.expression(figure, module);
    if (claimed.range)
        evaluator.fail(module, figure, "a key is one exact number, and " + evaluator.source_text(module, figure) +
                                           " is known only within bounds, " + claimed.range->text(claimed.type.unit));
    return {evaluator.source_text(module, figure),
            [number = claimed.number](const std::string& k) { return parse_decimal(k) == number; }};
}

// "Hillside and Riverside tie for the highest, 41 each", "the lowest is Eastgate, 2".
std::string holding(const Holders& h, Pick pick) {
    const std::string value = shown_figure(h.value, Unit{});
    if (h.keys.size() > 1) return keys_text(h.keys) + " tie for " + place_name(pick, h.place) + ", " + value + " each";
    return place_name(pick, h.place) + " is " + keys_text(h.keys) + ", " + value;
}

// Where the key named stands instead, or that no group has it (a misspelt ward).
std::string named_place(Evaluator& evaluator, const Module& module, const ast::Call& call, Pick pick,
                        const ClaimedKey& claimed) {
    const auto groups = evaluator.ranking(call, module);
    const auto found = std::find_if(groups.begin(), groups.end(), [&](const Group* g) { return claimed.matches(g->first); });
    if (found == groups.end()) return "no group of " + grouped_argument(call)->by->text + " is " + claimed.written;
    return holding(*holders_at(groups, static_cast<std::size_t>(found - groups.begin()) + 1), pick);
}

// A key as a check writes it: in quotes, escaped as a string is, when the claim wrote one; else the number.
std::string key_literal(const std::string& key, bool quoted) {
    if (!quoted) return key;
    std::string out = "\"";
    for (char c : key) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

// A wording that holds, with the check that says it: the key that holds the rank alone; for a tie at
// the top or the bottom, the value the tied keys share (max or min of the groups). A tie below the
// top or the bottom gets none: no check says it yet.
std::vector<Suggestion> suggested(Evaluator& evaluator, const Module& module, const ast::Check& check,
                                  const ast::Call& call, Pick pick, const Holders& holders, bool quoted) {
    if (holders.keys.size() == 1)
        return {{keys_text(holders.keys) + " is " + place_name(pick, holders.place),
                 evaluator.source_text(module, check.subject) + " == " + key_literal(holders.keys[0], quoted)}};
    if (holders.place != 1) return {};
    std::string value = fraction_text(holders.value);
    if (const auto slash = value.find('/'); slash != std::string::npos) value.replace(slash, 1, " / ");
    return {{holding(holders, pick), std::string(pick == Pick::top ? "max(" : "min(") +
                                         evaluator.source_text(module, *grouped_argument(call)) + ") == " + value}};
}

}  // namespace

void judge_rank(Evaluator& evaluator, const Module& module, const ast::Check& check, CheckReport& report) {
    const auto& relation = boost::get<ast::Relation>(check.test.get());
    const ast::Call* call = rank_checked(check);
    if (!call) {  // a key in quotes compared with a missing figure: the type checker lets nothing else through
        evaluator.expression(check.subject, module);
        throw std::logic_error("a key in quotes was compared with a figure the data has");
    }
    const Pick pick = *pick_named(call->function.text);
    const Holders holders = evaluator.ranked(*call, module);
    const ClaimedKey claimed = claimed_key(evaluator, module, relation);
    const bool named = std::any_of(holders.keys.begin(), holders.keys.end(), claimed.matches);
    const bool tie = holders.keys.size() > 1;
    const bool equal = relation.op == ast::Comparator::eq;
    const std::string value = shown_figure(holders.value, Unit{});
    report.reading = place_name(pick, std::get<std::size_t>(rank_asked(*call)));
    report.keys = holders.keys;
    report.actual = holders.value;
    report.actual_text = keys_text(holders.keys) + ", " + value + (tie ? " each" : "");
    report.actual_decimal = shown_decimal(holders.value, Meaning{});
    // A tie the named key is in leaves the claim half true either way: "the highest" is shared.
    if (tie && named) {
        report.verdict = Verdict::warn;
        report.message = holding(holders, pick);
    } else {
        report.verdict = named == equal ? Verdict::pass : Verdict::fail;
        if (report.verdict == Verdict::fail)
            report.message = holding(holders, pick) + (equal ? "; " + named_place(evaluator, module, *call, pick, claimed) : "");
    }
    if (report.verdict != Verdict::pass)
        report.suggestions = suggested(evaluator, module, check, *call, pick, holders,
                                       boost::get<ast::Text>(&relation.rhs) != nullptr);
}

}  // namespace claimcheck
