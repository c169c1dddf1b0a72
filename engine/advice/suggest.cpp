#include "engine/advice/suggest.hpp"

#include "engine/core/magnitudes.hpp"
#include "engine/lang/arithmetic.hpp"
#include "engine/core/deadline.hpp"
#include "engine/lang/shape.hpp"
#include "engine/core/shown.hpp"
#include "engine/advice/wording.hpp"

#include <algorithm>
#include <limits>
#include <sstream>

namespace claimcheck {

namespace {

std::vector<std::string> words_of(const std::string& phrase) {
    std::vector<std::string> words;
    std::istringstream in(phrase);
    for (std::string word; in >> word;) words.push_back(word);
    return words;
}

bool whole_count(const Value& v) { return v.type.unit.dimension == Dimension::count && denominator(v.number) == 1; }

// Figures tried after each head ("nearly", "more than"), nearest first: the first that holds is kept.
constexpr std::size_t tries_per_head = 16;

// A wording whose figure is this near the true one reads as the figure: "nearly 360" for 359
// comes before the rounder but vaguer "more than 300".
const Rational near_enough(1, 10);

// A change given as a share of one is a rise or a fall: "doubled", "halved".
bool is_change(const ast::Expr& subject) {
    const ast::Call* call = lone_call(subject);
    return call && call->function.text == "change";
}

// A wording further than this from the true figure tells the reader too little;
// a percentage has few words to choose from ("more than doubled" for +160%).
Rational loosest_for(const Value& actual) {
    return actual.type.unit.dimension == Dimension::percent ? Rational(1, 2) : Rational(1, 5);
}

}  // namespace

// The house style's word for a whole number up to nine ("six"), as most styles spell them.
std::optional<std::string> Suggester::spelled(const Scope& scope, const Rational& n) {
    if (n > 9 || denominator(n) != 1) return std::nullopt;
    if (const VocabularyIndex::Word* word = index(scope).numeral(n)) return word->key;
    return std::nullopt;
}

const VocabularyIndex& Suggester::index(const Scope& scope) {
    auto found = indexes_.find(&scope);
    if (found == indexes_.end()) found = indexes_.emplace(&scope, VocabularyIndex(scope, meanings_)).first;
    return found->second;
}

// == wants the exact figure: 29800% / 63 for a rise of 298/63, written in the subject's unit.
// Its wording is the value as the report shows it, so it is never the figure that failed:
// 2.9999997, not 3, for a check that failed `== 3`.
Suggestion Suggester::exact_value(const Module& module, const ast::Check& check, const Value& actual,
                                  const Meaning& meaning) const {
    const Unit unit = actual.type.unit;
    const Rational written = actual.number * written_scale(unit);
    std::string exact = numerator(written).str() + unit_suffix(unit);
    if (denominator(written) != 1) exact += " / " + denominator(written).str();
    const std::string shown = shown_value(actual.number, unit, meaning, 2);
    return {framed(check.subject, actual.number, shown), evaluator_.source_text(module, check.subject) + " == " + exact};
}

// The true figure rounded to two significant digits or more (a count to a whole number),
// stated as a number: "a fall of 48%".
std::optional<Suggestion> Suggester::rounded_figure(const Module& module, const ast::Check& check,
                                                    const Value& actual) {
    const Unit unit = actual.type.unit;
    const Rational scale = written_scale(unit);
    int places = whole_count(actual) ? 0 : two_digit_places(actual.number * scale);
    if (unit.currency != Currency::none && places == 1) places = 2;  // pence in pairs: £3.50
    ast::Number figure = written_number(digits_like(actual.number * scale, places, separators_for(check)), unit);
    if (!passes(meanings_.number(figure, nullptr), actual)) return std::nullopt;
    std::string stated = unit_prefix(unit) + figure.digits + unit_suffix(unit);
    return Suggestion{framed(check.subject, actual.number, stated),
                      evaluator_.source_text(module, check.subject) + " is " + stated};
}

// For a value within bounds, a wording must hold for every value they allow.
// The range's lowest value cut to two digits, after the first head (in the rules' order) that
// then holds for every value: "more than 6.9%" for (6.93%, 8.73%). Heads are written for a positive N.
std::optional<Suggestion> Suggester::below_range(const Module& module, const ast::Check& check, const Value& actual) {
    const Unit unit = actual.type.unit;
    const Rational scale = written_scale(unit);
    if (!actual.range->low || actual.range->low->value <= 0) return std::nullopt;
    const Rational low = actual.range->low->value * scale;
    const int places = two_digit_places(low);
    const Rational step = power_of_ten(-places);
    Rational floor = truncate_to(low, step);
    if (floor == low && actual.range->low->closed) floor -= step;  // "more than" leaves out a reached bound
    const ast::Number figure = written_number(digits_like(floor, places, separators_for(check)), unit);
    const Scope& scope = evaluator_.scope(module);
    for (const VocabularyIndex::Word& head : index(scope).heads()) {
        auto term = resolve_phrase(words_of(head.key), &figure, {}, scope);
        if (!std::holds_alternative<PhraseTerm>(term)) continue;
        try {
            if (!passes(meanings_.phrase(std::get<PhraseTerm>(term)), actual)) continue;
        } catch (const NoValue&) {
            continue;
        }
        const std::string phrase = std::get<PhraseTerm>(term).text();
        return Suggestion{framed(check.subject, actual.number, phrase),
                          evaluator_.source_text(module, check.subject) + " is " + phrase};
    }
    return std::nullopt;
}

bool Suggester::passes(const Meaning& meaning, const Value& actual) const {
    return (actual.range ? judge(*actual.range, meaning) : judge(actual.number, meaning)).verdict == Verdict::pass;
}

std::vector<Suggestion> Suggester::suggest(const Module& module, const ast::Check& check, const Value& actual,
                                           const Meaning& meaning, const std::optional<Diagnosis>& diagnosis) {
    const Doing suggesting("while suggesting a wording for the check at", module.source, check);
    // Words read two ways ("five times more") are put in words read one way: the rise itself, and
    // so many times as many.
    if (!meaning.readings.empty() && !actual.range) {
        std::vector<Suggestion> out;
        if (auto s = rounded_figure(module, check, actual)) out.push_back(*s);
        if (is_change(check.subject))
            for (auto& s : ratio_wordings(module, *lone_call(check.subject))) out.push_back(s);
        if (out.empty()) out.push_back(exact_value(module, check, actual, meaning));
        return out;
    }
    std::vector<Suggestion> out = own_form(module, check, actual, meaning.figure);
    // A value within bounds that no wording in the claim's form fits: its figure to two digits when
    // that holds for all of them ("20%"), else a floor under them ("more than 6.9%").
    if (out.empty() && actual.range) {
        if (auto s = rounded_figure(module, check, actual)) out.push_back(*s);
        else if (auto floor = below_range(module, check, actual)) out.push_back(*floor);
    }
    if (diagnosis && diagnosis->code == DiagnosisCode::ratio_as_increase)
        for (auto& s : ratio_wordings(module, *lone_call(check.subject))) out.push_back(s);
    // When nothing in the claim's own form holds (an inequality, a stated expression), the figure itself does.
    if (out.empty() && !actual.range) out.push_back(exact_value(module, check, actual, meaning));
    return out;
}

std::vector<Suggestion> Suggester::suggest_any(const Module& module, const ast::Check& check,
                                               const std::vector<Rational>& members, Unit unit,
                                               const Meaning& meaning) {
    const Doing suggesting("while suggesting a wording for the check at", module.source, check);
    std::vector<Suggestion> out;
    for (const Rational& member : members) {
        checkpoint("while suggesting a wording");
        for (auto& s : own_form(module, check, Value{member, Type{unit, std::nullopt}}, meaning.figure))
            if (std::none_of(out.begin(), out.end(), [&](const Suggestion& o) { return o.check == s.check; }))
                out.push_back(s);
    }
    if (out.empty() && !members.empty())
        out.push_back(exact_value(module, check, Value{members.front(), Type{unit, std::nullopt}}, meaning));
    return out;
}

std::vector<Suggestion> Suggester::own_form(const Module& module, const ast::Check& check, const Value& actual,
                                            bool figure) {
    std::vector<Suggestion> out;
    const auto* stated = boost::get<ast::Stated>(&check.test.get());
    if (!stated) return out;
    const std::string subject = evaluator_.source_text(module, check.subject);
    const bool separators = separators_for(check);
    const auto* written = stated->value ? boost::get<ast::Number>(&stated->value->get()) : nullptr;
    if (stated->words.empty() && stated->after.empty() && written) {
        if (auto s = restated_number(module, check, *stated, *written, actual)) out.push_back(*s);
        // "2 times" for 1.45 times: "about 1.4 times" says it better than a rounded "1 times".
        if (unit_of(*written).dimension == Dimension::ratio && stated->modifiers.empty())
            for (auto& s : phrases(module, subject, actual, separators,
                                   [](const std::string& phrase, bool) { return phrase + " times"; }, {}))
                out.push_back(s);
        return out;
    }
    if (stated->words.empty()) return out;
    // "a rise of more than a third", but "more than doubled": a change word frames itself; a
    // ratio is so many times: "more than two times".
    const bool ratio = actual.type.unit.dimension == Dimension::ratio;
    auto wording = [&](const std::string& phrase, bool change_word) {
        if (ratio) return phrase + " times";
        return change_word ? phrase : framed(check.subject, actual.number, phrase);
    };
    // A figure given a direction ("down 12%" for a rise) is put right as the figure: "a rise of 12%".
    // So is a round count stated loosely ("nearly 100" for exactly 100): "100".
    if (figure || (stated->value && whole_count(actual) && significant_digits(actual.number) <= 2))
        if (auto s = rounded_figure(module, check, actual)) out.push_back(*s);
    const Words allowed{!stated->value, is_change(check.subject), written ? written->magnitude : ""};
    for (auto& s : phrases(module, subject, actual, separators, wording, allowed)) out.push_back(s);
    // No phrase fits (a fall, where the house style's words assume a rise): the figure, rounded.
    if (out.empty())
        if (auto s = rounded_figure(module, check, actual)) out.push_back(*s);
    return out;
}

std::optional<Suggestion> Suggester::restated_number(const Module& module, const ast::Check& check,
                                                     const ast::Stated& stated, const ast::Number& written,
                                                     const Value& actual) {
    const Unit unit = unit_of(written);
    const Rational scale = number_scale(written);  // "3.1 million" is restated in millions
    const ast::Modifier* modifier = stated.modifiers.empty() ? nullptr : &stated.modifiers[0];
    const std::optional<ast::Rounding> kind = modifier ? std::optional(modifier->kind) : std::nullopt;
    int places = kind == ast::Rounding::dp ? std::stoi(modifier->amount.digits) : decimal_places(written.digits);
    // A ratio under two is no whole number of times: 1.45 times is "1.4 times", not "1 times".
    if (!modifier && unit.dimension == Dimension::ratio && abs(actual.number) < 2)
        places = std::max(places, two_digit_places(actual.number));
    // A whole count is written whole: 361, not 361.0, whatever decimals the writer gave it; in
    // millions or billions it keeps them (2.3bn).
    if (!modifier && whole_count(actual) && written.magnitude.empty()) places = 0;
    Rational value;
    if (kind == ast::Rounding::nearest) {
        value = round_half_away(actual.number, step_of(modifier->amount, unit));
        places = decimal_places(modifier->amount.digits);
    } else if (kind == ast::Rounding::truncated) {
        value = truncate_to(actual.number, power_of_ten(-places) / scale);
    } else {
        value = round_half_away(actual.number, power_of_ten(-places) / scale);
    }
    ast::Number restated;
    restated.digits = digits_like(value * scale, places, separators_for(check));
    restated.magnitude = written.magnitude;
    restated.unit = written.unit;
    restated.currency = written.currency;
    if (!passes(meanings_.number(restated, modifier), actual)) return std::nullopt;
    std::string written_text(module.source.text_of(written));  // "44 per cent": keep the writer's unit words
    const std::string sign(currency_sign(written.currency));     // and "£3.4m" its sign
    std::string stated_text = sign + restated.digits + written_text.substr(sign.size() + written.digits.size());
    if (modifier) stated_text += " " + std::string(module.source.text_of(*modifier));
    return Suggestion{framed(check.subject, actual.number, stated_text),
                      evaluator_.source_text(module, check.subject) + " is " + stated_text};
}

std::vector<Suggestion> Suggester::phrases(const Module& module, const std::string& subject, const Value& actual,
                                           bool separators, const Wording& wording, Words allowed) {
    const Scope& scope = evaluator_.scope(module);
    const std::vector<VocabularyIndex::Word>& heads = index(scope).heads();
    struct Ranked {
        bool far;            // a figure near the true one first
        int digits;          // then rounder
        Rational closeness;  // then nearer the true figure
        std::size_t head;    // then the head defined first
        Suggestion suggestion;
    };
    std::vector<Ranked> best;  // one wording per head
    auto consider = [&](std::vector<std::string> words, const ast::Number* number, bool change_word, Ranked ranked) {
        checkpoint("while suggesting a wording");
        auto term = resolve_phrase(words, number, {}, scope);
        if (!std::holds_alternative<PhraseTerm>(term)) return;
        const PhraseTerm& phrased = std::get<PhraseTerm>(term);
        try {
            if (!passes(meanings_.phrase(phrased), actual)) return;
        } catch (const NoValue&) {
            return;
        }
        std::string phrase = phrased.text();
        ranked.suggestion = {wording(phrase, change_word), subject + " is " + phrase};
        for (auto& b : best)
            if (b.head == ranked.head) {
                if (std::tie(ranked.far, ranked.digits, ranked.closeness) < std::tie(b.far, b.digits, b.closeness))
                    b = ranked;
                return;
            }
        best.push_back(ranked);
    };
    // Words that need no figure: "dozens" for 70 offences, first for a claim in such words ("hundreds"),
    // after the figures for a claim with one ("nearly 100"). The first in the vocabulary that holds is kept.
    if (actual.type.unit.dimension == Dimension::count || actual.type.unit.dimension == Dimension::number)
        if (const VocabularyIndex::Word* word = index(scope).first_holding(actual.number))
            consider(words_of(word->key), nullptr, false,
                     {!allowed.alone_first, allowed.alone_first ? 0 : std::numeric_limits<int>::max(), 0, heads.size(), {}});
    // Each head keeps the roundest figure nearest the true one that holds: try them in that order, and
    // only the nearest few, so that a vocabulary of thousands of figure words costs each check a few tries.
    // A figure after a head is rounder than the truth: "about 70" for 70, never "nearly 71".
    const int roundest = std::max(1, significant_digits(actual.number * written_scale(actual.type.unit)) - 1);
    std::vector<Candidate> ns;
    for (auto& n : candidates(scope, actual, separators, allowed))
        if (actual.number != 0 && abs(n.value - actual.number) / abs(actual.number) <= loosest_for(actual) &&
            n.digits <= roundest)
            ns.push_back(std::move(n));
    std::stable_sort(ns.begin(), ns.end(), [&](const Candidate& a, const Candidate& b) {
        return std::make_pair(a.digits, abs(a.value - actual.number)) < std::make_pair(b.digits, abs(b.value - actual.number));
    });
    for (std::size_t h = 0; h < heads.size(); ++h) {
        for (std::size_t i = 0; i < ns.size() && i < tries_per_head; ++i) {
            const Candidate& n = ns[i];
            // A word for a change carries its own band: only the plainest head on each side goes with it,
            // "nearly doubled", "more than doubled"; no hedge ("about doubled") and no finer one ("just under").
            if (n.change_word && !heads[h].plain) continue;
            std::vector<std::string> words = words_of(heads[h].key);
            words.insert(words.end(), n.words.begin(), n.words.end());
            const std::size_t kept = best.size();
            const Rational closeness = abs(n.value - actual.number);
            consider(words, n.number ? &*n.number : nullptr, n.change_word,
                     {closeness > abs(actual.number) * near_enough, n.digits, closeness, h, {}});
            if (best.size() > kept) break;  // the first that holds is the best this head can do
        }
    }
    std::stable_sort(best.begin(), best.end(), [](const Ranked& a, const Ranked& b) {
        return std::tie(a.far, a.digits, a.closeness, a.head) < std::tie(b.far, b.digits, b.closeness, b.head);
    });
    std::vector<Suggestion> out;
    for (std::size_t i = 0; i < best.size() && i < 3; ++i) out.push_back(best[i].suggestion);
    return out;
}

// What can stand for N: fraction words for a percentage, round figures otherwise
// (whole ones for a count; for a ratio none below two but decimals: no "one times").
std::vector<Suggester::Candidate> Suggester::candidates(const Scope& scope, const Value& actual, bool separators,
                                                         const Words& allowed) {
    const bool changes = allowed.changes;
    const Rational magnitude = power_of_ten(magnitude_exponent(allowed.magnitude, true));
    std::vector<Candidate> out;
    if (actual.type.unit.dimension == Dimension::percent) {
        if (actual.number == 0) return out;
        // Shares and rises ("a third", "doubled") near the true figure; the house style's words assume a positive N.
        const Rational reach = abs(actual.number) * loosest_for(actual);
        const Interval near{Bound{actual.number - reach, true}, Bound{actual.number + reach, true}};
        // A share is never "doubled": words for a change (100% and up) only for a change.
        for (const VocabularyIndex::Valued* v : index(scope).valued_within(Dimension::percent, near))
            if (v->value.number > 0 && (changes || v->value.number < 1))
                out.push_back({words_of(v->word.key), std::nullopt, v->value.number, 1, v->value.number >= 1});
        return out;
    }
    const Rational scale = written_scale(actual.type.unit);
    const bool ratio = actual.type.unit.dimension == Dimension::ratio;
    for (const Rational& figure : round_figures(actual.number * scale, actual.type.unit.dimension == Dimension::count)) {
        if (ratio && figure < 2 && denominator(figure) == 1) continue;
        if (auto word = spelled(scope, figure)) {
            out.push_back({words_of(*word), std::nullopt, figure / scale, 1, false});
            continue;
        }
        ast::Number n;
        n.currency = actual.type.unit.currency;  // "nearly £3,400,000" for money
        if (magnitude > 1 && figure >= magnitude) {  // "about £3.4m" for a claim of "about £3.2m"
            n.digits = decimal_text(figure / magnitude, 7);
            n.magnitude = allowed.magnitude;
        } else {
            n.digits = figure >= 1000 ? digits_like(figure, 0, separators) : decimal_text(figure, 7);
        }
        out.push_back({{}, n, figure / scale, significant_digits(figure), false});
    }
    return out;
}

std::vector<Suggestion> Suggester::ratio_wordings(const Module& module, const ast::Call& change) {
    Value from = evaluator_.expression(change.args[0], module);
    Value to = evaluator_.expression(change.args[1], module);
    if (from.number == 0 || to.number < 2 * from.number) return {};  // "times as many" from twice up
    Value ratio{to.number / from.number, Type{Unit{Dimension::ratio}, std::nullopt}};
    std::string subject = "ratio(" + evaluator_.source_text(module, change.args[1]) + ", " + evaluator_.source_text(module, change.args[0]) + ")";
    // Exactly five times: "five times as many" says it all.
    if (auto word = spelled(evaluator_.scope(module), ratio.number))
        return {{*word + " times as many", subject + " is " + *word + " times"}};
    return phrases(module, subject, ratio, true,
                   [](const std::string& phrase, bool) { return phrase + " times as many"; }, {});
}

}  // namespace claimcheck
