#include "engine/lang/meaning.hpp"

#include "engine/core/ranges.hpp"
#include "engine/lang/arithmetic.hpp"

#include <algorithm>

namespace claimcheck {

namespace {

struct Evaluated {
    Interval interval;
    Unit unit;  // of the bounds
};

Evaluated interval_of(const ast::Interval& written, Evaluator& evaluator, const Module& module,
                      const ValueParams& params) {
    Evaluated out;
    if (written.low) {
        Value low = evaluator.expression(*written.low, module, &params);
        out.interval.low = Bound{low.number, written.open == '['};
        out.unit = low.type.unit;
    }
    if (written.high) {
        Value high = evaluator.expression(*written.high, module, &params);
        out.interval.high = Bound{high.number, written.close == ']'};
        out.unit = high.type.unit;
    }
    return out;
}

// Bounds written for a positive N come out reversed for a negative one: "nearly -100"
// gives [-90, -100). Its mirror image, (-100, -90], each bound keeping its own kind, is
// what the words mean. Reversed bounds with no negative figure behind them are a mistake.
void orient(Evaluated& e, bool negative, const Evaluator& evaluator, const Definition& d, const ast::Meaning& m) {
    auto& [low, high] = e.interval;
    if (!low || !high || low->value <= high->value) return;
    if (!negative)
        evaluator.fail(*d.module, m.interval,
                       "'" + d.phrase + "' means " + e.interval.text(e.unit) +
                           ": its lower bound is above its upper bound");
    std::swap(low, high);
}

// A hedge reads around N, on both sides of it: "about N", not "nearly N" or "more than N".
bool around(const Interval& i, const Rational& n) {
    return i.low && i.high && i.low->value < n && n < i.high->value;
}

// A value as a number written with this unit would give it, when its decimals end: 8% as "8" "%".
std::optional<ast::Number> as_written(const Value& v, const std::string& unit) {
    const Rational written = v.number * written_scale(v.type.unit);
    const int places = exact_places(written);
    if (places < 0) return std::nullopt;
    ast::Number n;
    n.digits = decimal_text(written, places);
    n.unit = unit;
    return n;
}

// What a claim is compared with must be one value: a figure within bounds there would make the
// claim's own meaning uncertain, which the verdicts do not express.
void refuse_bounds(const Value& v, const std::string& what) {
    if (v.range)
        throw EvalError(what + " is known only within bounds, " + v.range->text(v.type.unit) +
                        "; put it on the left, as in `check a - b > 0`");
}

bool any_negative(const ValueParams& params) {
    return std::any_of(params.begin(), params.end(), [](const auto& p) { return p.second.number < 0; });
}

}  // namespace

// "within 0.5" is absolute in the stated unit, "within 1 point" absolute for a
// percentage, "within 5%" always relative to the stated value.
Reading within(const Rational& stated, Unit unit, const ast::Number& amount) {
    Rational tolerance = amount.unit == "%" ? abs(stated) * value_of(amount) : step_of(amount, unit);
    Unit shown = unit.dimension == Dimension::percent ? Unit{Dimension::points} : unit;
    return {"within " + step_text(abs(tolerance), shown), tolerance_interval(stated, tolerance)};
}

Meaning MeaningBuilder::stated(const Module& module, const ast::Stated& s, const CheckPlan& plan) {
    Meaning meaning;
    const ast::Modifier* modifier = s.modifiers.empty() ? nullptr : &s.modifiers[0];
    if (plan.phrase) {
        meaning = phrase(*plan.phrase);
    } else if (const auto* written = boost::get<ast::Number>(&s.value->get())) {
        meaning = number(*written, modifier);
    } else {
        Value v = evaluator_.operand(*s.value, module, nullptr);
        refuse_bounds(v, "a stated expression");
        meaning.unit = v.type.unit;
        meaning.strict = {"exactly", exact_interval(v.number)};
        if (modifier) meaning.strict = within(v.number, v.type.unit, modifier->amount);
    }
    meaning.claimed = std::string(module.source.text_of(s));
    return meaning;
}

Meaning MeaningBuilder::number(const ast::Number& written, const ast::Modifier* modifier) {
    Meaning m;
    m.unit = unit_of(written);
    const Rational stated = value_of(written);
    const Rational scale = number_scale(written);  // 1/10^6 for "3.1 million": its step is 0.1 million
    Rational step = power_of_ten(-decimal_places(written.digits)) / scale;
    const std::optional<ast::Rounding> kind = modifier ? std::optional(modifier->kind) : std::nullopt;
    if (kind == ast::Rounding::truncated) {
        m.strict = {"truncated to " + step_text(step, m.unit), truncation_interval(stated, step), false, true};
        return m;
    }
    if (kind == ast::Rounding::nearest) {
        Rational to = step_of(modifier->amount, m.unit);
        m.strict = {"rounded to the nearest " + step_text(to, m.unit) + ", halves away from zero",
                    rounding_interval(stated, to)};
        return m;
    }
    if (kind == ast::Rounding::within) {
        m.strict = within(stated, m.unit, modifier->amount);
        return m;
    }
    if (kind == ast::Rounding::dp) step = power_of_ten(-std::stoi(modifier->amount.digits)) / scale;
    m.strict = {"rounded to the nearest " + step_text(step, m.unit) + ", halves away from zero",
                rounding_interval(stated, step)};
    m.lenient.push_back({"truncated to " + step_text(step, m.unit) + " instead of rounded to it",
                         truncation_interval(stated, step), false, true});
    // A round figure is often meant loosely: 5,600 for "about 5,600". Never coarser
    // than two significant digits (ONS: compare at two "effective digits").
    int coarse_zeros = std::min(trailing_zeros(written.digits), significant_whole_digits(written.digits) - 2);
    if (!modifier && coarse_zeros > 0 && stated != 0) {
        Rational coarse = power_of_ten(coarse_zeros) / scale;
        m.lenient.push_back({"read as rounded to the nearest " + step_text(coarse, m.unit),
                             rounding_interval(stated, coarse)});
    }
    return m;
}

ValueParams MeaningBuilder::params(const PhraseTerm& term) {
    ValueParams p;
    if (term.number) p["N"] = Value{value_of(*term.number), Type{unit_of(*term.number), std::nullopt}};
    if (term.argument) p["N"] = value(*term.argument);
    return p;
}

Value MeaningBuilder::value(const PhraseTerm& term) {
    ValueParams p = params(term);
    Value v = evaluator_.expression(*term.definition->define->value, *term.definition->module, &p);
    if (!term.unit.empty()) {  // "eight per cent" is 8%, stored as 8/100
        v.type.unit = unit_named(term.unit);
        v.number /= written_scale(v.type.unit);
    }
    return v;
}

Meaning MeaningBuilder::phrase(const PhraseTerm& term) {
    const Definition& d = *term.definition;
    const ast::Define& define = *d.define;
    if (reads_through(define)) return through(term, *define.value);
    if (!define.readings.empty()) return alternatives(term);
    // "eight per cent" is read as "8%" is: to the nearest 1%, leniently truncated.
    if (!term.unit.empty() && define.meanings.empty())
        if (auto written = as_written(value(term), term.unit)) {
            Meaning m = number(*written, nullptr);
            m.definition = &d;
            m.figure = true;
            return m;
        }
    ValueParams p = params(term);
    // A phrase before a figure is written for a positive N; for a negative one it means the
    // mirror image: read at -N, then negated. "more than halved" (N = -50%) is a fall of more
    // than 50%, (-inf, -50%), as "more than 50%" is (50%, inf).
    const bool mirror = define.has_parameter && !define.value && p.count("N") && p.at("N").number < 0;
    if (mirror) p["N"].number = -p["N"].number;
    Meaning m;
    m.definition = &d;
    for (const PhraseTerm* word = term.argument.get(); word; word = word->argument.get())
        m.inner.push_back(word->definition);
    std::string name = "'" + term.text() + "' (" + d.where() + ")";
    std::optional<Value> it;
    if (define.value) {
        it = evaluator_.expression(*define.value, *d.module, &p);
        p["it"] = *it;
        m.unit = it->type.unit;
    }
    if (define.meanings.empty()) {
        m.strict = {name + ": exactly its value", exact_interval(it->number)};
        return m;
    }
    for (const auto& meaning : define.meanings) {
        Evaluated e = interval_of(meaning.interval, evaluator_, *d.module, p);
        orient(e, any_negative(p), evaluator_, d, meaning);
        if (mirror) e.interval = -e.interval;
        if (!it) m.unit = e.unit;
        if (meaning.kind == ast::MeaningKind::means)
            m.strict = {name, e.interval};
        else
            m.lenient.push_back({"the loose meaning of " + name, e.interval});
    }
    // A hedge never makes a claim stricter: "about one in five" holds wherever "one in five" does,
    // and warns wherever it warns.
    if (term.argument && around(m.strict.interval, params(term).at("N").number)) {
        const Meaning inner = phrase(*term.argument);
        m.strict.interval = hull(m.strict.interval, inner.strict.interval);
        for (std::size_t i = 0; i < m.lenient.size(); ++i)
            m.lenient[i].interval = hull(m.lenient[i].interval,
                                         (i < inner.lenient.size() ? inner.lenient[i] : inner.strict).interval);
    }
    return m;
}

// The figure standing for N, read as written: "12%", or "five" as "5" would be.
Meaning MeaningBuilder::figure(const PhraseTerm& term) {
    if (term.number) return number(*term.number, nullptr);
    const PhraseTerm& word = *term.argument;
    const ast::Define& define = *word.definition->define;
    if (!define.has_parameter && define.value && define.meanings.empty() && word.unit.empty())
        if (auto written = as_written(value(word), "")) {
            Meaning m = number(*written, nullptr);
            m.definition = word.definition;
            return m;
        }
    return phrase(word);
}

// "a fall of 12%" means what "-12%" would: each reading of the figure after the words, carried
// through `value` (-N), bounds in order and each keeping its kind. The value is taken to be
// monotone in N, as a sign or a scale is.
Meaning MeaningBuilder::through(const PhraseTerm& term, const ast::Expr& value) {
    const Definition& d = *term.definition;
    Meaning m = figure(term);
    const Unit unit_of_n = m.unit;
    auto at = [&](const Rational& n) {
        ValueParams p{{"N", Value{n, Type{unit_of_n, std::nullopt}}}};
        return evaluator_.expression(value, *d.module, &p);
    };
    auto carried = [&](Interval& i) {
        const Rational from = i.low ? i.low->value : i.high ? i.high->value : Rational(0);
        const bool decreasing = at(from + 1).number < at(from).number;
        auto moved = [&](const std::optional<Bound>& b) {
            return b ? std::optional(Bound{at(b->value).number, b->closed}) : std::nullopt;
        };
        i = decreasing ? Interval{moved(i.high), moved(i.low)} : Interval{moved(i.low), moved(i.high)};
    };
    const std::string name = "'" + term.text() + "' (" + d.where() + ")";
    carried(m.strict.interval);
    m.strict.description = name + ", " + m.strict.description;
    for (Reading& r : m.lenient) carried(r.interval);
    m.unit = at(0).type.unit;
    if (term.number) m.figure = true;  // else as the phrase after it: "a fall of eight per cent" is a figure
    std::vector<const Definition*> inner;
    if (term.argument) inner = {m.definition};
    inner.insert(inner.end(), m.inner.begin(), m.inner.end());
    m.inner = std::move(inner);
    m.definition = &d;
    return m;
}

Meaning MeaningBuilder::relation(const Module& module, const ast::Relation& r) {
    Value v = evaluator_.expression(boost::get<ast::Expr>(r.rhs), module);  // a key in quotes is a rank check
    refuse_bounds(v, std::string("the figure after ") + ast::comparator_text(r.op));
    Meaning m;
    m.unit = v.type.unit;
    m.claimed = std::string(module.source.text_of(r));
    const Rational& x = v.number;
    switch (r.op) {
    case ast::Comparator::eq: m.strict = {"exactly", exact_interval(x)}; break;
    case ast::Comparator::ne: m.strict = {"anything but", exact_interval(x), true}; break;
    case ast::Comparator::lt: m.strict = {"less than", Interval{std::nullopt, Bound{x, false}}}; break;
    case ast::Comparator::le: m.strict = {"at most", Interval{std::nullopt, Bound{x, true}}}; break;
    case ast::Comparator::gt: m.strict = {"more than", Interval{Bound{x, false}, std::nullopt}}; break;
    case ast::Comparator::ge: m.strict = {"at least", Interval{Bound{x, true}, std::nullopt}}; break;
    case ast::Comparator::in: break;  // the grammar reads `in` only in a table's condition
    }
    return m;
}

int display_places(const ast::Stated* stated) {
    if (stated && stated->words.empty() && stated->after.empty() && stated->value)
        if (const auto* n = boost::get<ast::Number>(&stated->value->get()))
            return decimal_places(n->digits) + 2;
    return 2;
}

}  // namespace claimcheck
