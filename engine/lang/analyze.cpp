#include "engine/lang/analyze.hpp"

#include "engine/lang/arithmetic.hpp"
#include "engine/lang/ranks.hpp"
#include "engine/lang/tables.hpp"
#include "engine/core/deadline.hpp"
#include "engine/lang/typecheck.hpp"


namespace claimcheck {

namespace {

// A hint for the unit slips journalists make most.
std::string mismatch_hint(Unit subject, Unit stated, const ast::Stated* written) {
    const auto* number = written && written->value ? boost::get<ast::Number>(&written->value->get()) : nullptr;
    if (subject.dimension == Dimension::percent && stated.dimension == Dimension::number && number)
        return "; write " + number->digits + "% for a percentage";
    if (subject.dimension == Dimension::points && stated.dimension == Dimension::percent)
        return "; a difference of two percentages is in points: write it as N points";
    if (subject.dimension == Dimension::percent && stated.dimension == Dimension::points)
        return "; change() gives a relative change in per cent; use points(from, to) for a "
               "difference in percentage points";
    if (subject.dimension == Dimension::count && stated.dimension == Dimension::percent)
        return "; a percentage of what? compare share(part, whole) or change(from, to) with it";
    if (subject.dimension == Dimension::money && stated.dimension == Dimension::money)
        return "; claimcheck does not convert between currencies";
    if (subject.dimension == Dimension::count && stated.dimension == Dimension::money)
        return "; a count of things is not money: give the figure its currency (let x = £3.4m)";
    return "";
}

constexpr int max_decimal_places = 30;

class Analyzer {
public:
    Analyzer(const Scopes& scopes, std::vector<Diagnostic>& errors, std::size_t max_depth)
        : types_(scopes, errors, max_depth) {}

    void module(const Module& m) {
        std::map<std::string, const ast::Claim*> claim_ids;
        for (const auto& statement : m.ast) {
            checkpoint_with([&] { return "while type-checking " + m.source.path(); });
            if (const auto* claim = boost::get<ast::Claim>(&statement.get()))
                if (auto [it, added] = claim_ids.emplace(claim->id.text, claim); !added)
                    types_.error(m, claim->id, "claim " + claim->id.text + " is already defined at " +
                                                   m.source.path() + ":" +
                                                   std::to_string(m.source.locate(*it->second).line));
            if (const auto* let = boost::get<ast::Let>(&statement.get())) types_.let(LetBinding{let, &m});
            if (const auto* define = boost::get<ast::Define>(&statement.get())) this->define(m, *define);
            if (const auto* claim = boost::get<ast::Claim>(&statement.get()); claim && m.target)
                this->claim(m, *claim);
        }
    }

    // The claims an apply made: checked like any claim, their names already the apply's.
    void instance(const Module& m) {
        for (const auto& statement : m.ast) this->claim(m, boost::get<ast::Claim>(statement.get()));
    }

    Analysis take() { return Analysis{std::move(plans_), types_.take_typed()}; }

private:
    // Every definition is checked once on its own, with N a plain number.
    void define(const Module& m, const ast::Define& d) {
        if (d.words.empty() && d.after.empty())
            types_.error(m, d, "a definition names words beside N: define N times more");
        if (!d.readings.empty() && (!d.has_parameter || d.value || !d.meanings.empty()))
            types_.error(m, d, "a definition with readings has N and nothing else: each reading gives its own value");
        if (!d.value && d.meanings.empty() && d.readings.empty())
            types_.error(m, d, "this definition gives neither a value (= ...) nor a meaning (means [...])");
        int means = 0;
        for (const auto& meaning : d.meanings) means += meaning.kind == ast::MeaningKind::means;
        if (!d.meanings.empty() && means != 1)
            types_.error(m, d, "a definition has exactly one 'means' line, and any number of 'warn' lines");
        TypeParams params;
        if (d.has_parameter) params["N"] = Type{Unit{Dimension::number}, std::nullopt};
        if (d.value)
            if (auto it = types_.expression(*d.value, m, &params)) params["it"] = *it;
        for (const auto& meaning : d.meanings)
            for (const auto* bound : {&meaning.interval.low, &meaning.interval.high})
                if (*bound) types_.expression(**bound, m, &params);
        // One kind of value for every reading: a claim is compared with all of them.
        std::optional<std::pair<const ast::Alternative*, Type>> first;
        for (const auto& reading : d.readings) {
            auto type = types_.expression(reading.value, m, &params);
            if (!type) continue;
            if (!first) first = {&reading, *type};
            else if (!comparable(first->second.unit, type->unit))
                types_.error(m, reading, "the readings of one definition give one kind of value: \"" +
                                             first->first->name + "\" gives " + describe(first->second.unit) +
                                             ", \"" + reading.name + "\" " + describe(type->unit));
        }
    }

    void claim(const Module& m, const ast::Claim& c) {
        int quotes = 0, expects = 0;
        for (const auto& item : c.items) {
            if (const auto* quote = boost::get<ast::Quote>(&item.get()); quote && ++quotes == 2)
                types_.error(m, *quote, "a claim has one quote; make another claim for another statement");
            if (const auto* expect = boost::get<ast::Expect>(&item.get()); expect && ++expects == 2)
                types_.error(m, *expect, "a claim has one expectation");
            if (const auto* check = boost::get<ast::Check>(&item.get())) this->check(m, *check);
        }
    }

    void check(const Module& m, const ast::Check& c) {
        const auto* relation_test = boost::get<ast::Relation>(&c.test.get());
        const auto* text = relation_test ? boost::get<ast::Text>(&relation_test->rhs) : nullptr;
        if (text && relation_test->op != ast::Comparator::eq && relation_test->op != ast::Comparator::ne) {
            plans_[&c] = CheckPlan{};
            types_.error(m, *relation_test, std::string(ast::comparator_text(relation_test->op)) +
                                                " compares figures: a key in quotes is compared with == or !=");
            return;
        }
        if (const ast::Call* ranked = rank_checked(c)) {
            plans_[&c] = CheckPlan{};
            rank(m, *ranked, *relation_test);
            return;
        }
        auto subject = types_.expression(c.subject, m);
        if (const auto* stated = boost::get<ast::Stated>(&c.test.get())) {
            plans_[&c] = this->stated(m, *stated, subject, c.subject);
            return;
        }
        const auto& relation = *relation_test;
        plans_[&c] = CheckPlan{};
        if (text) {
            // Only a missing figure, which stands for anything (the check is unverifiable), gives no error.
            if (subject && subject->unit.dimension != Dimension::unknown)
                types_.error(m, *text, "cannot compare " + std::string(m.source.text_of(c.subject)) + " (" +
                                           describe(subject->unit) + ") with \"" + text->text +
                                           "\" (a key in quotes): only top(...) or bottom(...) of an aggregate "
                                           "by a column gives a key");
            return;
        }
        const ast::Expr& figure = boost::get<ast::Expr>(relation.rhs);
        auto rhs = types_.expression(figure, m);
        if (rhs && rhs->grid) {
            types_.error(m, figure, "any_share and any_mean go on the left: check any_share(19) is 40%");
            return;
        }
        if (subject && subject->grid && relation.op == ast::Comparator::ne) {
            types_.error(m, relation, "!= says nothing about any_share or any_mean: state the figure, as in is 40%");
            return;
        }
        if (subject && rhs) require_comparable(m, c.subject, *subject, figure, *rhs, nullptr);
    }

    // top(...) or bottom(...) == key: a key in quotes for a text, date or period column, a figure for a
    // number column (so 13 and 13.0 are one age, as they are one group).
    void rank(const Module& m, const ast::Call& call, const ast::Relation& relation) {
        const Column* by = types_.rank_key(call, m);
        const auto* text = boost::get<ast::Text>(&relation.rhs);
        const auto* figure = boost::get<ast::Expr>(&relation.rhs);
        const auto type = figure ? types_.expression(*figure, m) : std::nullopt;
        if (!by) return;
        const std::string column = grouped_argument(call)->by->text;
        if (text && is_number(by->type))
            types_.error(m, *text, column + " is " + type_name(by->type) + ": compare " + call.function.text +
                                       "(...) with a number, " + text->text + " without quotes");
        else if (figure && !is_number(by->type))
            types_.error(m, *figure, column + " is " + type_name(by->type) + ": write the key in quotes, as " +
                                         "the file writes it, as in " + call.function.text + "(...) == \"Riverside\"");
        else if (type && !comparable(Unit{Dimension::number}, type->unit))
            types_.error(m, *figure, "a key of " + column + " is a plain number, not " + describe(type->unit));
    }

    CheckPlan stated(const Module& m, const ast::Stated& s, const std::optional<Type>& subject,
                     const ast::Expr& subject_expr) {
        if (s.modifiers.size() > 1) types_.error(m, s.modifiers[1], "a check takes one rounding rule");
        if (!s.words.empty() || !s.after.empty()) return phrase(m, s, subject, subject_expr);
        const auto* number = boost::get<ast::Number>(&s.value->get());
        if (!number && !s.modifiers.empty() && s.modifiers[0].kind != ast::Rounding::within)
            types_.error(m, s.modifiers[0], "rounding rules apply to a written number, not an expression");
        std::optional<Type> stated_type =
            number ? std::optional<Type>(Type{unit_of(*number), std::nullopt})
                   : types_.operand(*s.value, m, nullptr);
        if (stated_type && stated_type->grid) {
            types_.error(m, s, "any_share and any_mean go on the left: check any_share(19) is 40%");
            return CheckPlan{};
        }
        if (!s.modifiers.empty() && stated_type) modifier(m, s.modifiers[0], number, stated_type->unit);
        if (subject && stated_type) require_comparable(m, subject_expr, *subject, s, *stated_type, &s);
        return CheckPlan{};
    }

    // A rounding rule must fit the number it rounds: "15.25 to 1 dp" cannot be.
    void modifier(const Module& m, const ast::Modifier& mod, const ast::Number* stated, Unit unit) {
        const ast::Number& amount = mod.amount;
        if (mod.kind == ast::Rounding::dp) decimal_places_rule(m, mod, stated);
        if (mod.kind == ast::Rounding::nearest) {
            Rational step = parse_decimal(amount.digits);
            if ((!amount.unit.empty() || amount.currency != Currency::none) && stated &&
                (amount.unit != stated->unit || amount.currency != stated->currency))
                types_.error(m, mod, "round to a step in the stated number's own unit");
            else if (step <= 0)
                types_.error(m, amount, "round to a step greater than zero");
            else if (stated && denominator(value_of(*stated) / step_of(amount, unit_of(*stated))) != 1)  // "£3.4m to the nearest £100,000"
                types_.error(m, *stated, std::string(m.source.text_of(*stated)) + " is not a multiple of " +
                                             std::string(m.source.text_of(amount)) +
                                             ", so it cannot be a figure rounded to the nearest " +
                                             std::string(m.source.text_of(amount)));
        }
        if (mod.kind == ast::Rounding::within) {
            bool percent = unit.dimension == Dimension::percent;
            if (parse_decimal(amount.digits) < 0)
                types_.error(m, amount, "a tolerance cannot be negative");
            else if (amount.unit == "times")
                types_.error(m, amount, "within takes a number, a percentage (relative) or points");
            else if (amount.unit == "points" && !percent)
                types_.error(m, amount, "within N points fits a percentage; write within N or within N% here");
            else if (amount.unit.empty() && percent)
                types_.error(m, amount, "for a percentage write within N points (absolute) or within N% (relative)");
        }
    }

    void decimal_places_rule(const Module& m, const ast::Modifier& mod, const ast::Number* stated) {
        const std::string& k = mod.amount.digits;
        if (k.find_first_not_of("0123456789") != std::string::npos || !mod.amount.unit.empty())
            types_.error(m, mod.amount, "decimal places are a whole number: to 1 dp");
        else if (k.size() > 2 || std::stoi(k) > max_decimal_places)
            types_.error(m, mod.amount, "at most " + std::to_string(max_decimal_places) + " decimal places");
        else if (stated && decimal_places(stated->digits) > std::stoi(k))
            types_.error(m, *stated, stated->digits + " has " + std::to_string(decimal_places(stated->digits)) +
                                         " decimal places, more than 'to " + k + " dp' gives");
    }

    CheckPlan phrase(const Module& m, const ast::Stated& s, const std::optional<Type>& subject,
                     const ast::Expr& subject_expr) {
        if (!s.modifiers.empty())
            types_.error(m, s.modifiers[0], "a rounding rule applies to a number, not to a phrase");
        const ast::Number* number = nullptr;
        if (s.value) {
            number = boost::get<ast::Number>(&s.value->get());
            if (!number) {
                types_.error(m, s, "a vocabulary phrase takes a written number, not an expression");
                return CheckPlan{};
            }
        }
        auto resolved = resolve_phrase(s.words, number, s.after, types_.scope(m));
        if (auto* message = std::get_if<std::string>(&resolved)) {
            types_.error(m, s, *message);
            return CheckPlan{};
        }
        const PhraseTerm& term = std::get<PhraseTerm>(resolved);
        const PhraseTerm* innermost = &term;
        while (innermost->argument) innermost = innermost->argument.get();
        if (!innermost->unit.empty())
            if (auto plain = types_.expression(*innermost->definition->define->value, *innermost->definition->module);
                plain && plain->unit.dimension != Dimension::number) {
                types_.error(m, s, "'" + innermost->definition->phrase + "' is " + describe(plain->unit) +
                                       " already; only a word for a plain number takes a unit");
                return CheckPlan{};
            }
        if (subject) {
            for (const Type& stated : meaning_types(term))
                if (!require_comparable(m, subject_expr, *subject, s, stated, &s)) break;
        }
        return CheckPlan{term};
    }

    // N for a phrase: the written number's unit, or the value of the word standing for it.
    std::optional<TypeParams> params(const PhraseTerm& term) {
        TypeParams p;
        if (term.number) p["N"] = Type{unit_of(*term.number), std::nullopt};
        if (term.argument) {
            auto n = value_type(*term.argument);
            if (!n) return std::nullopt;
            p["N"] = *n;
        }
        return p;
    }

    std::optional<Type> value_type(const PhraseTerm& term) {
        auto p = params(term);
        const Definition& d = *term.definition;
        if (!p || !d.define->value) return std::nullopt;
        auto type = types_.expression(*d.define->value, *d.module, &*p);
        if (type && !term.unit.empty()) type->unit = unit_named(term.unit);  // "eight per cent"
        return type;
    }

    // The types of every bound the phrase means (or of its value, when it has no meaning).
    std::vector<Type> meaning_types(const PhraseTerm& term) {
        std::vector<Type> out;
        auto p = params(term);
        const Definition& d = *term.definition;
        if (!p) return out;
        if (d.define->value)
            if (auto it = value_type(term)) {
                (*p)["it"] = *it;
                if (d.define->meanings.empty()) out.push_back(*it);
            }
        for (const auto& meaning : d.define->meanings)
            for (const auto* bound : {&meaning.interval.low, &meaning.interval.high})
                if (*bound)
                    if (auto t = types_.expression(**bound, *d.module, &*p)) out.push_back(*t);
        for (const auto& reading : d.define->readings)
            if (auto t = types_.expression(reading.value, *d.module, &*p)) out.push_back(*t);
        return out;
    }

    bool require_comparable(const Module& m, const ast::Expr& subject_expr, const Type& subject,
                            const boost::spirit::x3::position_tagged& stated_node, const Type& stated,
                            const ast::Stated* written) {
        if (comparable(subject.unit, stated.unit)) return true;
        types_.error(m, stated_node,
                     "cannot compare " + std::string(m.source.text_of(subject_expr)) + " (" +
                         describe(subject.unit) + ") with " + std::string(m.source.text_of(stated_node)) +
                         " (" + describe(stated.unit) + ")" + mismatch_hint(subject.unit, stated.unit, written));
        return false;
    }

    TypeChecker types_;
    Plans plans_;
};

}  // namespace

Analysis analyze(const Program& program, const Instances& instances, const Scopes& scopes,
              std::vector<Diagnostic>& errors, std::size_t max_depth) {
    Analyzer analyzer(scopes, errors, max_depth);
    for (const auto& module : program.modules) analyzer.module(*module);
    for (const auto& module : instances.modules) analyzer.instance(*module);
    return analyzer.take();
}

}  // namespace claimcheck
