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

// Round figures near x, for "nearly 200" or "more than 180": the round figures
// above x, roundest first, and those below, nearest first.
struct Anchors {
    std::vector<Rational> above;
    std::vector<Rational> below;
};

Anchors anchors(const Rational& x) {
    Anchors out;
    if (x <= 0) return out;
    Integer whole = numerator(x) / denominator(x);
    int digits = whole == 0 ? 1 : static_cast<int>(whole.str().size());
    for (int significant : {1, 2}) {
        Rational step = power_of_ten(digits - significant);
        Rational low = truncate_to(x, step);
        out.above.push_back(low == x ? x + step : low + step);
        if (low > 0 && low < x) out.below.insert(out.below.begin(), low);
    }
    return out;
}

// Heads to try when the stated figure was too high, and when it was too low.
const std::vector<std::string> heads_for_too_high = {"nearly", "more than", "about", "just under", "under"};
const std::vector<std::string> heads_for_too_low = {"more than", "nearly", "about", "over", "just over"};

bool looks_up(const std::string& head) { return head == "nearly" || head == "almost" || head == "just under" || head == "under"; }
bool looks_down(const std::string& head) { return head == "more than" || head == "over" || head == "just over"; }

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
            for (auto& s : phrases(module, subject, actual, too_high ? heads_for_too_high : heads_for_too_low, "")) {
                s.wording = framed(check.subject, actual.number, s.wording);
                out.push_back(s);
            }
        }
    } else if (boost::get<ast::Relation>(check.test.get()).op == "==") {
        out.push_back({format_value(actual.number, actual.type.unit, 7), subject + " == " + fraction_text(actual.number)});
    }
    if (diagnosis && diagnosis->code == "ratio-as-increase")
        for (auto& s : ratio_wordings(module, *lone_call(check.subject))) out.push_back(s);
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
    std::string written_text = evaluator_.source_text(module, written);  // "44 per cent": keep the writer's unit words
    std::string stated_text = restated.digits + written_text.substr(written.digits.size());
    if (modifier) stated_text += " " + evaluator_.source_text(module, *modifier);
    return Suggestion{framed(check.subject, actual.number, stated_text),
                      evaluator_.source_text(module, check.subject) + " is " + stated_text};
}

std::vector<Suggestion> Suggester::phrases(const Module& module, const std::string& subject, const Value& actual,
                                           const std::vector<std::string>& heads, const std::string& framing_after) {
    const Scope& scope = evaluator_.scope(module);
    std::vector<Suggestion> out;
    for (const auto& head : heads) {
        auto found = scope.vocabulary.find(head);
        if (found == scope.vocabulary.end() || !found->second.define->has_parameter) continue;
        for (const auto& n : candidates_for(scope, head, actual)) {
            std::vector<std::string> words = words_of(head);
            words.insert(words.end(), n.words.begin(), n.words.end());
            auto term = resolve_phrase(words, n.number ? &*n.number : nullptr, scope);
            if (!std::holds_alternative<PhraseTerm>(term)) continue;
            try {
                if (!passes(meanings_.phrase(std::get<PhraseTerm>(term)), actual.number)) continue;
            } catch (const std::runtime_error&) {
                continue;
            }
            std::string phrase = std::get<PhraseTerm>(term).text();
            out.push_back({phrase + framing_after, subject + " is " + phrase});
            break;  // one wording per head
        }
        if (out.size() == 3) break;
    }
    return out;
}

// What can stand for N after this head: fraction words for a percentage, round figures otherwise.
std::vector<Suggester::Candidate> Suggester::candidates_for(const Scope& scope, const std::string& head,
                                                           const Value& actual) {
    std::vector<Candidate> out;
    if (actual.type.unit.dimension == Dimension::percent) {
        for (const auto& [key, definition] : scope.vocabulary) {
            if (definition.define->has_parameter || !definition.define->value) continue;
            try {
                Value v = meanings_.value(PhraseTerm{&definition, nullptr, nullptr});
                if (v.type.unit.dimension == Dimension::percent)
                    out.push_back({words_of(key), std::nullopt, abs(v.number - actual.number)});
            } catch (const std::runtime_error&) {
            }
        }
        std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.distance < b.distance; });
        return out;
    }
    Rational x = actual.number * written_scale(actual.type.unit);
    Anchors near = anchors(x);
    std::vector<Rational> figures = looks_up(head) ? near.above : looks_down(head) ? near.below : std::vector<Rational>{};
    if (figures.empty()) {  // "about": the nearest round figures first
        figures = near.above;
        figures.insert(figures.end(), near.below.begin(), near.below.end());
        std::stable_sort(figures.begin(), figures.end(),
                         [&](const Rational& a, const Rational& b) { return abs(a - x) < abs(b - x); });
    }
    for (const Rational& figure : figures) {
        if (auto word = spelled(scope, figure)) {
            out.push_back({words_of(*word), std::nullopt, 0});
            continue;
        }
        ast::Number n;
        n.digits = decimal_text(figure, 7);
        if (figure >= 10000) n.digits = digits_like(figure, 0, true);
        out.push_back({{}, n, 0});
    }
    return out;
}

std::vector<Suggestion> Suggester::ratio_wordings(const Module& module, const ast::Call& change) {
    Value from = evaluator_.expression(change.args[0], module);
    Value to = evaluator_.expression(change.args[1], module);
    if (from.number == 0 || to.number <= from.number) return {};
    Value ratio{to.number / from.number, Type{Unit{Dimension::ratio}, std::nullopt}};
    std::string subject = "ratio(" + evaluator_.source_text(module, change.args[1]) + ", " + evaluator_.source_text(module, change.args[0]) + ")";
    return phrases(module, subject, ratio, {"almost", "more than", "about"}, " times as many");
}

}  // namespace claimcheck
