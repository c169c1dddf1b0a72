#include "suggest.hpp"

#include "arithmetic.hpp"
#include "shape.hpp"

#include <algorithm>
#include <sstream>

namespace claimcheck {

namespace {

// "a rise of 473%" for a change; the stated figure alone otherwise.
std::string framed(const ast::Expr& subject, const Rational& actual, const std::string& stated) {
    const ast::Call* call = lone_call(subject);
    if (!call || (call->function.text != "change" && call->function.text != "points")) return stated;
    if (actual < 0) return "a fall of " + (stated.rfind('-', 0) == 0 ? stated.substr(1) : stated);
    return actual == 0 ? "no change" : "a rise of " + stated;
}

// Digits with thousands separators when the writer used them: 5,653.
std::string digits_like(const Rational& written_value, int places, bool separators) {
    std::string digits = fixed_text(written_value, places);
    if (!separators) return digits;
    auto dot = digits.find('.');
    std::string whole = digits.substr(0, dot);
    return grouped(Integer(whole)) + (dot == std::string::npos ? "" : digits.substr(dot));
}

std::vector<std::string> words_of(const std::string& phrase) {
    std::vector<std::string> words;
    std::istringstream in(phrase);
    for (std::string word; in >> word;) words.push_back(word);
    return words;
}

// Round figures near x: the multiples of its first and of its second digit's
// place just below, at and just above it (183: 100, 200, 180, 190).
std::vector<Rational> round_figures(const Rational& x) {
    std::vector<Rational> out;
    if (x <= 0) return out;
    Integer whole = numerator(x) / denominator(x);
    int digits = whole == 0 ? 1 : static_cast<int>(whole.str().size());
    for (int significant : {1, 2}) {
        Rational step = power_of_ten(digits - significant);
        Rational low = truncate_to(x, step);
        for (const Rational& figure : {low == x ? low - step : low, low, low + step})
            if (figure > 0 && std::find(out.begin(), out.end(), figure) == out.end()) out.push_back(figure);
    }
    return out;
}

// Digits a reader has to take in: 200 has one, 180 two, 5.7 two.
int significant_digits(const Rational& figure) {
    std::string digits = decimal_text(figure, 7);
    digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
    digits.erase(0, digits.find_first_not_of('0'));
    if (decimal_text(figure, 7).find('.') == std::string::npos) digits.erase(digits.find_last_not_of('0') + 1);
    return static_cast<int>(digits.size());
}

// Heads to try when the stated figure was too high, and when it was too low (ties go to the first).
const std::vector<std::string> heads_for_too_high = {"nearly", "more than", "about", "just under"};
const std::vector<std::string> heads_for_too_low = {"more than", "nearly", "about", "just over"};

// A wording further than this from the true figure tells the reader too little;
// a percentage has few words to choose from ("more than doubled" for +160%).
Rational loosest_for(const Value& actual) {
    return actual.type.unit.dimension == Dimension::percent ? Rational(1, 2) : Rational(1, 5);
}

}  // namespace

// The house style's word for a whole number up to nine ("six"), as most styles spell them.
std::optional<std::string> Suggester::spelled(const Scope& scope, const Rational& n) {
    if (n > 9 || denominator(n) != 1) return std::nullopt;
    for (const auto& [key, definition] : scope.vocabulary) {
        if (definition.define->has_parameter || !definition.define->value) continue;
        try {
            Value v = meanings_.value(PhraseTerm{&definition, nullptr, nullptr});
            if (v.type.unit.dimension == Dimension::number && v.number == n) return key;
        } catch (const std::runtime_error&) {
        }
    }
    return std::nullopt;
}

// == wants the exact figure: 29800% / 63 for a rise of 298/63, written in the subject's unit.
Suggestion Suggester::exact_value(const std::string& subject, const Value& actual) const {
    const Unit unit = actual.type.unit;
    const Rational written = actual.number * written_scale(unit);
    std::string suffix = unit.dimension == Dimension::percent  ? "%"
                         : unit.dimension == Dimension::points ? " points"
                         : unit.dimension == Dimension::ratio  ? " times"
                                                               : "";
    std::string exact = numerator(written).str() + suffix;
    if (denominator(written) != 1) exact += " / " + denominator(written).str();
    return {format_value(actual.number, unit, places_for(written, 3, 2)), subject + " == " + exact};
}

bool Suggester::passes(const Meaning& meaning, const Rational& value) const {
    return judge(value, meaning).verdict == Verdict::pass;
}

std::vector<Suggestion> Suggester::suggest(const Module& module, const ast::Check& check, const Value& actual,
                                           const Meaning& meaning, const std::optional<Diagnosis>& diagnosis) {
    std::vector<Suggestion> out;
    const std::string subject = evaluator_.source_text(module, check.subject);
    if (const auto* stated = boost::get<ast::Stated>(&check.test.get())) {
        const auto* written = stated->value ? boost::get<ast::Number>(&stated->value->get()) : nullptr;
        if (stated->words.empty() && written) {
            if (auto s = restated_number(module, check, *stated, *written, actual)) out.push_back(*s);
        } else if (!stated->words.empty()) {
            bool too_high = meaning.strict.interval.low && actual.number < meaning.strict.interval.low->value;
            // "a rise of more than a third", but "more than doubled": a change word frames itself.
            auto wording = [&](const std::string& phrase, bool change_word) {
                return change_word ? phrase : framed(check.subject, actual.number, phrase);
            };
            for (auto& s : phrases(module, subject, actual, too_high ? heads_for_too_high : heads_for_too_low, wording))
                out.push_back(s);
        }
    }
    if (diagnosis && diagnosis->code == "ratio-as-increase")
        for (auto& s : ratio_wordings(module, *lone_call(check.subject))) out.push_back(s);
    // When nothing in the claim's own form holds (an inequality, a stated expression), the figure itself does.
    if (out.empty()) out.push_back(exact_value(subject, actual));
    return out;
}

std::optional<Suggestion> Suggester::restated_number(const Module& module, const ast::Check& check,
                                                     const ast::Stated& stated, const ast::Number& written,
                                                     const Value& actual) {
    const Unit unit = unit_of(written);
    const Rational scale = written_scale(unit);
    const ast::Modifier* modifier = stated.modifiers.empty() ? nullptr : &stated.modifiers[0];
    const std::string kind = modifier ? modifier->kind : "";
    int places = kind == "dp" ? std::stoi(modifier->amount.digits) : decimal_places(written.digits);
    Rational value;
    if (kind == "nearest") {
        value = round_half_away(actual.number, parse_decimal(modifier->amount.digits) / scale);
        places = decimal_places(modifier->amount.digits);
    } else if (kind == "truncated") {
        value = truncate_to(actual.number, power_of_ten(-places) / scale);
    } else {
        value = round_half_away(actual.number, power_of_ten(-places) / scale);
    }
    ast::Number restated;
    restated.digits = digits_like(value * scale, places, written.digits.find(',') != std::string::npos);
    restated.unit = written.unit;
    if (!passes(meanings_.number(restated, modifier), actual.number)) return std::nullopt;
    std::string written_text(module.source.text_of(written));  // "44 per cent": keep the writer's unit words
    std::string stated_text = restated.digits + written_text.substr(written.digits.size());
    if (modifier) stated_text += " " + std::string(module.source.text_of(*modifier));
    return Suggestion{framed(check.subject, actual.number, stated_text),
                      evaluator_.source_text(module, check.subject) + " is " + stated_text};
}

std::vector<Suggestion> Suggester::phrases(const Module& module, const std::string& subject, const Value& actual,
                                           const std::vector<std::string>& heads, const Wording& wording) {
    const Scope& scope = evaluator_.scope(module);
    struct Ranked {
        int digits;          // rounder first
        Rational closeness;  // then nearer the true figure
        std::size_t head;    // then the preferred head
        Suggestion suggestion;
    };
    std::vector<Ranked> best;  // one wording per head
    auto consider = [&](std::vector<std::string> words, const ast::Number* number, bool change_word, Ranked ranked) {
        auto term = resolve_phrase(words, number, scope);
        if (!std::holds_alternative<PhraseTerm>(term)) return;
        try {
            if (!passes(meanings_.phrase(std::get<PhraseTerm>(term)), actual.number)) return;
        } catch (const std::runtime_error&) {
            return;
        }
        std::string phrase = std::get<PhraseTerm>(term).text();
        ranked.suggestion = {wording(phrase, change_word), subject + " is " + phrase};
        for (auto& b : best)
            if (b.head == ranked.head) {
                if (std::tie(ranked.digits, ranked.closeness) < std::tie(b.digits, b.closeness)) b = ranked;
                return;
            }
        best.push_back(ranked);
    };
    // Words that need no figure: "dozens" for 70 offences.
    if (actual.type.unit.dimension == Dimension::count || actual.type.unit.dimension == Dimension::number)
        for (const auto& [key, definition] : scope.vocabulary)
            if (!definition.define->has_parameter && !definition.define->value && !definition.define->meanings.empty())
                consider(words_of(key), nullptr, false, {0, 0, heads.size(), {}});
    const std::vector<Candidate> ns = candidates(scope, actual);
    for (std::size_t h = 0; h < heads.size(); ++h) {
        auto found = scope.vocabulary.find(heads[h]);
        if (found == scope.vocabulary.end() || !found->second.define->has_parameter) continue;
        for (const auto& n : ns) {
            if (actual.number == 0 || abs(n.value - actual.number) / abs(actual.number) > loosest_for(actual)) continue;
            std::vector<std::string> words = words_of(heads[h]);
            words.insert(words.end(), n.words.begin(), n.words.end());
            consider(words, n.number ? &*n.number : nullptr, n.change_word, {n.digits, abs(n.value - actual.number), h, {}});
        }
    }
    std::stable_sort(best.begin(), best.end(), [](const Ranked& a, const Ranked& b) {
        return std::tie(a.digits, a.closeness, a.head) < std::tie(b.digits, b.closeness, b.head);
    });
    std::vector<Suggestion> out;
    for (std::size_t i = 0; i < best.size() && i < 3; ++i) out.push_back(best[i].suggestion);
    return out;
}

// What can stand for N: fraction words for a percentage, round figures otherwise.
std::vector<Suggester::Candidate> Suggester::candidates(const Scope& scope, const Value& actual) {
    std::vector<Candidate> out;
    if (actual.type.unit.dimension == Dimension::percent) {
        for (const auto& [key, definition] : scope.vocabulary) {
            if (definition.define->has_parameter || !definition.define->value) continue;
            try {
                Value v = meanings_.value(PhraseTerm{&definition, nullptr, nullptr});
                // Shares and rises ("a third", "doubled"); the house style's words assume a positive N.
                if (v.type.unit.dimension == Dimension::percent && v.number > 0)
                    out.push_back({words_of(key), std::nullopt, v.number, 1, v.number >= 1});
            } catch (const std::runtime_error&) {
            }
        }
        return out;
    }
    const Rational scale = written_scale(actual.type.unit);
    for (const Rational& figure : round_figures(actual.number * scale)) {
        if (auto word = spelled(scope, figure)) {
            out.push_back({words_of(*word), std::nullopt, figure / scale, 1, false});
            continue;
        }
        ast::Number n;
        n.digits = figure >= 10000 ? digits_like(figure, 0, true) : decimal_text(figure, 7);
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
    return phrases(module, subject, ratio, {"almost", "more than", "about"},
                   [](const std::string& phrase, bool) { return phrase + " times as many"; });
}

}  // namespace claimcheck
