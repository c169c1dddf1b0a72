// Rank checks: which keys hold the rank a claim names, and the verdict on the key it names.
#include "engine/pipeline/rank_check.hpp"

#include "engine/core/shown.hpp"
#include "engine/lang/ranks.hpp"

#include <algorithm>
#include <functional>
#include <stdexcept>

namespace claimcheck {

namespace {

// How a group's key matches the key claimed: as text, byte for byte; as a number, by value.
std::function<bool(const std::string&)> claimed_key(Evaluator& evaluator, const Module& module,
                                                     const ast::Relation& relation) {
    if (const auto* text = boost::get<ast::Text>(&relation.rhs))
        return [key = text->text](const std::string& k) { return k == key; };
    const ast::Expr& figure = boost::get<ast::Expr>(relation.rhs);
    const Value claimed = evaluator.expression(figure, module);
    if (claimed.range)
        evaluator.fail(module, figure, "a key is one exact number, and " + evaluator.source_text(module, figure) +
                                           " is known only within bounds, " + claimed.range->text(claimed.type.unit));
    return [number = claimed.number](const std::string& k) { return parse_decimal(k) == number; };
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
    const auto matches = claimed_key(evaluator, module, relation);
    const bool named = std::any_of(holders.keys.begin(), holders.keys.end(), matches);
    const bool tie = holders.keys.size() > 1;
    const bool equal = relation.op == ast::Comparator::eq;
    const std::string value = shown_figure(holders.value, Unit{});
    const std::string place = place_name(pick, holders.place);  // where the holders stand: a tie may start higher
    report.reading = place_name(pick, std::get<std::size_t>(rank_asked(*call)));
    report.keys = holders.keys;
    report.actual = holders.value;
    report.actual_text = keys_text(holders.keys) + ", " + value + (tie ? " each" : "");
    report.actual_decimal = shown_decimal(holders.value, Meaning{});
    // A tie the named key is in leaves the claim half true either way: "the highest" is shared.
    if (tie && named) {
        report.verdict = Verdict::warn;
        report.message = keys_text(holders.keys) + " tie for " + place + ", " + value + " each";
        return;
    }
    report.verdict = named == equal ? Verdict::pass : Verdict::fail;
    if (report.verdict == Verdict::fail)
        report.message = tie ? keys_text(holders.keys) + " tie for " + place + ", " + value + " each"
                             : place + " is " + keys_text(holders.keys) + ", " + value;
}

}  // namespace claimcheck
