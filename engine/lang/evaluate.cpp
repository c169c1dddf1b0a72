// Expressions to exact values with their types: names, builtin calls, arithmetic carried over
// the intervals of figures known within bounds, and the steps explain shows.
#include "engine/lang/evaluate.hpp"

#include "engine/core/budget.hpp"
#include "engine/core/ranges.hpp"
#include "engine/core/deadline.hpp"
#include "engine/core/shown.hpp"
#include "engine/lang/tables.hpp"

#include <algorithm>
#include <optional>

#include "engine/lang/arithmetic.hpp"
#include "engine/lang/builtins.hpp"
#include "engine/lang/declared_units.hpp"
#include "engine/lang/meaning.hpp"
#include "engine/lang/ranks.hpp"

namespace claimcheck {

namespace {

// Steps of one chain shown in a trace before its end: a + b + c + ... shows its running total this often.
constexpr std::size_t steps_traced = 20;

struct OperandEvaluator {
    using result_type = Value;
    Evaluator& evaluator;
    const Typed& typed;
    const Module& module;
    const ValueParams* params;

    Value operator()(const ast::Nil&) const { throw std::logic_error("empty operand"); }
    Value operator()(const ast::Number& n) const { return Value{value_of(n), Type{unit_of(n), std::nullopt}}; }
    Value operator()(const ast::Period& p) const { return Value{0, typed.of(p)}; }
    Value operator()(const ast::Name& n) const { return evaluator.name(n, module, params); }
    Value operator()(const ast::Call& c) const { return evaluator.call(c, module, params); }
    Value operator()(const ast::Unary& u) const {
        Value inner = evaluator.operand(u.operand, module, params);
        if (u.op == '-') {
            inner.number = -inner.number;
            if (inner.range) inner.range = -*inner.range;
        }
        return inner;
    }
    Value operator()(const ast::Expr& e) const { return evaluator.expression(e, module, params); }
    template <typename T>
    Value operator()(const boost::spirit::x3::forward_ast<T>& f) const {
        return (*this)(f.get());
    }
};

// a op b over every value each allows; the divisor has been checked for zero.
Interval combined(char op, const Interval& a, const Interval& b) {
    switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    default: return *divided(a, b);
    }
}

// One more level, counted back on every way out, exceptions included.
struct Deeper {
    int& count;
    explicit Deeper(int& n) : count(++n) {}
    ~Deeper() { --count; }
    Deeper(const Deeper&) = delete;
    Deeper& operator=(const Deeper&) = delete;
};

// The first missing figure met among the operands of one step. The other operands are still
// worked out: an error in any of them (a division by zero) is the verdict whatever the missing
// figure would be (language.md, section 11), so the verdict cannot depend on the operands' order.
class FirstMissing {
public:
    template <typename Work>
    std::optional<Value> attempt(Work&& work) {
        try {
            return work();
        } catch (const MissingFigure& figure) {
            if (!first_) first_ = figure;
            return std::nullopt;
        }
    }
    void rethrow() const {
        if (first_) throw *first_;
    }

private:
    std::optional<MissingFigure> first_;
};

// "a count over FY2015/16 (1 Apr 2015 to 31 Mar 2016, 366 days), counts.claims:17, source nspcc: ..."
std::string where_defined(const LetBinding& binding, const Value& value) {
    const Module& module = *binding.module;
    std::string how = describe(value.type.unit);
    if (value.type.period) how += " over " + value.type.period->describe();
    how += ", defined at " + module.source.path() + ":" + std::to_string(module.source.locate(*binding.let).line);
    if (const ast::SourceDecl* source = declared_source(module, *binding.let))
        how += ", source " + source->id.text + ": " + source->description;
    return how;
}

}  // namespace

// Callers test trace_ first: the text of a step costs the length of its expression, too much for every step untraced.
void Evaluator::record(TraceStep::Kind kind, std::string text, const Value& value, std::string how,
                       std::vector<FilterTrace> filters) {
    trace_->push_back({kind, depth_, std::move(text), value, std::move(how), std::move(filters)});
}

void Evaluator::fail(const Module& module, const boost::spirit::x3::position_tagged& node,
                     const std::string& message) const {
    Location at = module.source.locate(node);
    throw EvalError(message + " (" + module.source.path() + ":" + std::to_string(at.line) + ":" +
                            std::to_string(at.column) + ")");
}

Type Evaluator::carried(const Module& module, const boost::spirit::x3::position_tagged& node,
                        const std::variant<Type, std::string>& type) const {
    if (const auto* message = std::get_if<std::string>(&type)) fail(module, node, *message);
    return std::get<Type>(type);
}

void Evaluator::within_limits(const Module& module, const boost::spirit::x3::position_tagged& node,
                              const Rational& x) const {
    checkpoint_at("while evaluating", module.source, node);
    if (static_cast<std::size_t>(nesting_) > limits_.parse.max_depth)
        throw LimitExceeded(diagnose(module.source, node,
                                     over_limit("a figure defined through " + std::to_string(nesting_) +
                                                    " figures, each through the next",
                                                limits_.parse.max_depth, "--max-depth")));
    if (const std::size_t bits = bits_of(x); bits > limits_.max_bits)
        throw LimitExceeded(diagnose(module.source, node,
                                     over_limit("an exact value of " + std::to_string(bits) + " bits",
                                                limits_.max_bits, "--max-bits")));
}

Value Evaluator::expression(const ast::Expr& expr, const Module& module, const ValueParams* params) {
    Deeper deeper(depth_);
    FirstMissing missing;
    std::optional<Value> result = missing.attempt([&] { return operand(expr.first, module, params); });
    TotalPeriod total;  // with params only: else the type checker has the expression's type
    if (result && params) total.add('+', result->type.period);
    for (std::size_t i = 0; i < expr.rest.size(); ++i) {
        const ast::Operation& operation = expr.rest[i];
        std::optional<Value> right = missing.attempt([&] { return operand(operation.operand, module, params); });
        // Dividing by a known zero has no value, whatever a missing figure before it is.
        if (right && operation.op == '/' && right->number == 0) fail(module, operation, "division by zero");
        if (right && operation.op == '/' && right->range && right->range->contains(0))
            fail(module, operation, "division by a figure that may be zero: its bounds allow " +
                                        right->range->text(right->type.unit));
        if (!result || !right) {
            result.reset();  // nothing more to work out here but the operands' own errors
            continue;
        }
        if (params) total.add(operation.op, right->type.period);
        Type type = params ? carried(module, operation, combine(operation.op, result->type, right->type))
                           : typed_.after(operation, result->type);
        if (result->range || right->range) result->range = combined(operation.op, range_of(*result), range_of(*right));
        result->published = result->published && right->published;
        switch (operation.op) {
        case '+': result->number += right->number; break;
        case '-': result->number -= right->number; break;
        case '*': result->number *= right->number; break;
        default: result->number /= right->number;
        }
        within_limits(module, operation, result->number);
        if (result->range)  // the bounds grow as the value does, and may grow faster
            for (const auto& bound : {result->range->low, result->range->high})
                if (bound) within_limits(module, operation, bound->value);
        result->type = type;
        // Every value along a chain, not only its end: (a + b) / (b - a) before * 2. The first few
        // only: each step's text is as long as the chain so far, and a chain may have a million.
        if (trace_ && i + 1 < expr.rest.size() && i < steps_traced && !params)
            record(TraceStep::Kind::step, head_text(module, expr, i + 1), *result, "");
    }
    missing.rethrow();
    if (params)
        result->type.period = total.of(result->type.period);
    else
        result->type = typed_.after(expr, result->type);
    // Inside a vocabulary definition (params given) the steps are the house style's, not the claim's.
    if (trace_ && !expr.rest.empty() && !params) record(TraceStep::Kind::step, source_text(module, expr), *result, "");
    return *result;
}

Value Evaluator::operand(const ast::Operand& op, const Module& module, const ValueParams* params) {
    return op.apply_visitor(OperandEvaluator{*this, typed_, module, params});
}

Value Evaluator::name(const ast::Name& n, const Module& module, const ValueParams* params) {
    if (params)
        if (auto found = params->find(n.text); found != params->end()) return found->second;
    const std::string& text = n.text;
    const LetBinding* bound = scope(module).name(text);
    // Only a table's column reaches here unbound: diagnosis took an aggregate's argument for a figure.
    if (!bound) throw EvalError(text + " is a column, not a figure");
    const LetBinding& binding = *bound;
    Deeper nesting(nesting_);  // one more figure being worked out, each for the one before
    within_limits(module, n, 0);
    Value value;
    {
        Deeper deeper(depth_);
        value = let(binding);
    }
    if (trace_ && traced_figures_.insert(binding.let).second)  // each figure once: a + a + ... uses one figure
        record(TraceStep::Kind::figure, text, value, where_defined(binding, value));
    return value;
}

Value Evaluator::call(const ast::Call& c, const Module& module, const ValueParams* params) {
    if (const TableBinding* table = aggregated_table(c, scope(module))) return aggregate(c, *table, module);
    if (const ast::Call* inner = grouped_argument(c))
        if (const TableBinding* table = aggregated_table(*inner, scope(module))) return pick(c, *inner, *table, module);
    if (is_per_unit(c)) {  // per(x, school_day): engine/lang/declared_units.cpp
        PerUnitResult per = evaluate_per_unit(*this, c, module, params);
        if (trace_ && !params) record(TraceStep::Kind::step, source_text(module, c), per.value, per.how);
        return per.value;
    }
    const Builtin& builtin = *find_builtin(c.function.text);
    FirstMissing missing;
    std::vector<Value> args;
    for (const auto& arg : c.args) {
        std::optional<Value> known = missing.attempt([&] { return expression(arg, module, params); });
        // An argument that alone leaves no value (a change from zero) is an error whatever the missing ones are.
        if (known && builtin.fault)
            if (auto why = builtin.fault(args.size(), *known)) fail(module, c, std::string(builtin.name) + ": " + *why);
        args.push_back(known ? *known : Value{});
    }
    missing.rethrow();
    Type type = params ? carried(module, c, type_for(builtin, args)) : typed_.of(c);
    const auto bounded = std::find_if(args.begin(), args.end(), [](const Value& v) { return v.range.has_value(); });
    if (bounded != args.end() && !builtin.bounds)
        fail(module, c, std::string(builtin.name) + " takes exact figures, and its argument " +
                            source_text(module, c.args[static_cast<std::size_t>(bounded - args.begin())]) +
                            " is known only within bounds, " + bounded->range->text(bounded->type.unit));
    Value result;
    try {
        result = builtin.grid ? Value{0, type, builtin.grid(args)} : Value{builtin.eval(args), type, std::nullopt};
        if (bounded != args.end()) result.range = builtin.bounds(args);
        result.published = std::all_of(args.begin(), args.end(), [](const Value& v) { return v.published; });
    } catch (const EvalError& e) {
        fail(module, c, std::string(builtin.name) + ": " + e.what());
    }
    if (trace_ && !params) record(TraceStep::Kind::step, source_text(module, c), result, formula_with(builtin, args));
    return result;
}

Value Evaluator::let(const LetBinding& binding) {
    const ast::Let& let = *binding.let;
    if (auto found = lets_.find(&let); found != lets_.end()) return found->second;
    const Module& module = *binding.module;
    if (const auto* missing = boost::get<ast::Missing>(&let.value.get())) {
        Location at = module.source.locate(let);
        throw MissingFigure(let.name.text, module.source.path() + ":" + std::to_string(at.line),
                            missing->reason);
    }
    const auto* within = boost::get<boost::spirit::x3::forward_ast<ast::Bounded>>(&let.value.get());
    Value value = within ? bounded(within->get(), module)
                      : expression(boost::get<ast::Figure>(let.value.get()).value, module);
    value.type = typed_.of(let);
    // Kept for the rest of the run: a figure of millions of digits is memory like an input's.
    charge_for_run_with(bits_of(value.number) / 8, [&] {
        return "working out " + let.name.text + " (" + module.source.path() + ":" +
               std::to_string(module.source.locate(let).line) + ")";
    });
    return lets_[&let] = value;
}

// "more than 68,000" read as a claim's stated figure is: every value its strict reading allows;
// "between 5 and 6" both bounds and all between. The value kept is the one stated, when allowed.
Value Evaluator::bounded(const ast::Bounded& b, const Module& module) {
    const auto& number = boost::get<ast::Number>(b.bounds.value->get());
    const Rational stated = value_of(number);
    Interval range;
    if (b.upper) {
        range = Interval{Bound{stated, true}, Bound{value_of(*b.upper), true}};
    } else {
        CheckPlan plan;
        if (!b.bounds.words.empty())  // the type checker has resolved it, or the run stopped there
            plan.phrase = std::get<PhraseTerm>(resolve_phrase(b.bounds.words, &number, b.bounds.after, scope(module)));
        range = MeaningBuilder(*this).stated(module, b.bounds, plan).strict.interval;
    }
    // "1,072,000 to the nearest 1,000" was published as 1,072,000; "more than 68,000" as no one value.
    const bool published = range.contains(stated) && !b.upper;
    Value value{published ? stated : some_value(range), Type{unit_of(number), std::nullopt}};
    value.range = range;
    value.published = published;
    return value;
}

}  // namespace claimcheck
