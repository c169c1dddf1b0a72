#include "engine/lang/typecheck.hpp"
#include "engine/lang/written_period.hpp"

#include "engine/core/deadline.hpp"
#include "engine/lang/table_query.hpp"
#include "engine/lang/tables.hpp"

#include "engine/lang/arithmetic.hpp"
#include "engine/lang/builtins.hpp"
#include "engine/lang/declared_units.hpp"
#include "engine/lang/phrase.hpp"
#include "engine/lang/ranks.hpp"
#include "engine/lang/shape.hpp"

namespace claimcheck {

namespace {

struct OperandTyper {
    using result_type = std::optional<Type>;
    TypeChecker& checker;
    const Module& module;
    const TypeParams* params;

    result_type operator()(const ast::Nil&) const { return std::nullopt; }
    result_type operator()(const ast::Number& n) const { return Type{unit_of(n), std::nullopt}; }
    result_type operator()(const ast::Period& p) const {
        auto period = checker.period(p, module);
        if (!period) return std::nullopt;
        return Type{Unit{Dimension::period}, period};
    }
    result_type operator()(const ast::Name& n) const { return checker.name(n, module, params); }
    result_type operator()(const ast::Call& c) const { return checker.call(c, module, params); }
    result_type operator()(const ast::Unary& u) const {
        auto inner = checker.operand(u.operand, module, params);
        if (inner && inner->unit.dimension == Dimension::period) {
            checker.error(module, u, "cannot negate a period");
            return std::nullopt;
        }
        return inner;
    }
    result_type operator()(const ast::Expr& e) const { return checker.expression(e, module, params); }
    template <typename T>
    result_type operator()(const boost::spirit::x3::forward_ast<T>& f) const {
        return (*this)(f.get());
    }
};

// Equal in every part the evaluator carries.
bool same(const Type& a, const Type& b) {
    if (a.unit.dimension != b.unit.dimension || a.unit.per != b.unit.per || a.unit.currency != b.unit.currency || a.grid != b.grid ||
        a.period.has_value() != b.period.has_value())
        return false;
    return !a.period || (a.period->first == b.period->first && a.period->last == b.period->last &&
                         a.period->label == b.period->label);
}

std::string count_of(int n) { return std::to_string(n) + (n == 1 ? " argument" : " arguments"); }

// True when an argument is a literal such as 63,361: perhaps two arguments run together.
bool has_grouped_literal(const ast::Call& call) {
    for (const auto& arg : call.args)
        if (const auto* n = lone_number(arg); n && n->digits.find(',') != std::string::npos) return true;
    return false;
}

std::string arity_message(const Builtin& b, const ast::Call& call) {
    std::string expected = b.min_args == b.max_args ? count_of(b.min_args)
                           : b.max_args < 0        ? "at least " + count_of(b.min_args)
                                                   : std::to_string(b.min_args) + " or " + count_of(b.max_args);
    std::string message = std::string(b.name) + " takes " + expected + ", not " +
                          std::to_string(call.args.size()) + ": " + std::string(b.signature);
    if (has_grouped_literal(call))
        message += " (a comma between digits is a thousands separator: put a space after a comma "
                   "that separates arguments)";
    return message;
}

}  // namespace

void TypeChecker::error(const Module& module, const boost::spirit::x3::position_tagged& node,
                        std::string message) {
    errors_.push_back(diagnose(module.source, node, std::move(message)));
    if (const auto& origin = module.origin)
        errors_.back().notes.push_back("in " + origin->instance + ", applied at " + origin->into->source.path() + ":" +
                                       std::to_string(origin->into->source.locate(*origin->apply).line));
}

std::optional<Type> TypeChecker::expression(const ast::Expr& expr, const Module& module,
                                            const TypeParams* params) {
    auto result = operand(expr.first, module, params);
    // The chain's type is now this: recorded where it differs from the type before. Inside a vocabulary
    // definition (params) types follow each use's N, and the evaluator carries them instead.
    const auto changed = [&](const boost::spirit::x3::position_tagged& node, const Type& type) {
        if (!params && !same(*result, type)) typed_.types.insert_or_assign(&node, type);
        result = type;
    };
    TotalPeriod total;
    if (result) total.add('+', result->period);
    for (const auto& operation : expr.rest) {
        checkpoint_at("while type-checking", module.source, operation);
        auto right = operand(operation.operand, module, params);
        if (!result || !right) return std::nullopt;
        total.add(operation.op, right->period);
        auto combined = combine(operation.op, *result, *right);
        if (auto* message = std::get_if<std::string>(&combined)) {
            error(module, operation, *message);
            return std::nullopt;
        }
        changed(operation, std::get<Type>(combined));
    }
    if (result) changed(expr, Type{result->unit, total.of(result->period), result->grid});
    return result;
}

std::optional<Type> TypeChecker::operand(const ast::Operand& op, const Module& module,
                                         const TypeParams* params) {
    return op.apply_visitor(OperandTyper{*this, module, params});
}

std::optional<Type> TypeChecker::name(const ast::Name& n, const Module& module, const TypeParams* params) {
    if (params)
        if (auto found = params->find(n.text); found != params->end()) return found->second;
    const Scope& visible = scope(module);
    const std::string& text = n.text;
    if (const LetBinding* found = visible.name(text)) return let(*found);
    std::string hint = near_.closest(text, &visible, [&] { return visible.names(); });
    error(module, n, "unknown name '" + text + "'" + (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
    return std::nullopt;
}

std::optional<Type> TypeChecker::call(const ast::Call& c, const Module& module, const TypeParams* params) {
    if (const TableBinding* table = aggregated_table(c, scope(module))) return aggregate(c, *table, module, false);
    if (const ast::Call* inner = grouped_argument(c))
        if (const TableBinding* table = aggregated_table(*inner, scope(module))) return pick(c, *inner, *table, module);
    if (c.where || c.by) {
        error(module, c, "'where' and 'by' belong to an aggregate over a table, such as sum(crimes.count where ...)");
        return std::nullopt;
    }
    if (is_per_unit(c)) {
        auto type = type_per_unit(*this, c, module, params);
        if (type && !params) typed_.types.insert_or_assign(&c, *type);
        return type;
    }
    const Builtin* builtin = find_builtin(c.function.text);
    if (!builtin) {
        std::vector<std::string> names;
        for (const auto& b : builtins()) names.emplace_back(b.name);
        names.emplace_back("per");  // per(x, school_day): engine/lang/declared_units.hpp
        std::string hint = closest(c.function.text, names);
        error(module, c.function,
              "unknown function '" + c.function.text + "'" + (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
        return std::nullopt;
    }
    int count = static_cast<int>(c.args.size());
    if (count < builtin->min_args || (builtin->max_args >= 0 && count > builtin->max_args)) {
        error(module, c, arity_message(*builtin, c));
        return std::nullopt;
    }
    std::vector<Type> args;
    bool ok = true;
    for (const auto& arg : c.args) {
        auto t = expression(arg, module, params);
        if (t) args.push_back(*t);
        ok = ok && t.has_value();
    }
    if (!ok) return std::nullopt;
    for (const auto& arg : args)
        if (arg.grid) {
            error(module, c, std::string(builtin->name) + ": any_share and any_mean stand for every possible "
                                                          "value; check one on its own");
            return std::nullopt;
        }
    auto result = builtin->type(args);
    if (auto* message = std::get_if<std::string>(&result)) {
        error(module, c, std::string(builtin->name) + ": " + *message);
        return std::nullopt;
    }
    if (!params) typed_.types.insert_or_assign(&c, std::get<Type>(result));
    return std::get<Type>(result);
}

// An aggregate over a table: its query is compiled against the schema and planned for the one scan.
std::optional<Type> TypeChecker::aggregate(const ast::Call& c, const TableBinding& table, const Module& module,
                                           bool grouped) {
    if (module.origin) {
        error(module, c, "an aggregate over a table cannot be used inside a template yet");
        return std::nullopt;
    }
    const TableInfo& info = *table.info;
    if (!info.schema) return std::nullopt;  // the table itself is in error, and reported
    if (c.by && !grouped) {
        error(module, c, "'by' gives one value per group: take max(...), min(...), top(...) or bottom(...) of it");
        return std::nullopt;
    }
    auto compiled = compile_query(c, table.table->name.text, *info.schema, module.source);
    if (auto* e = std::get_if<QueryError>(&compiled)) {
        error(module, *e->where, e->message);
        return std::nullopt;
    }
    const auto& query = std::get<CompiledQuery>(compiled);
    TableQueries& scan = typed_.scans[&info];
    if (scan.index.emplace(&c, scan.queries.size()).second) {
        scan.queries.push_back(query.query);
        scan.parts.push_back(query.parts);
    }
    return typed_.types.insert_or_assign(&c, let_type(Type{Unit{}, std::nullopt}, query.period)).first->second;
}

// The `by` column of a grouped aggregate that max, min, top or bottom picks from, its query planned and
// its rank checked; nothing on an error, reported.
const Column* TypeChecker::grouped(const ast::Call& c, const ast::Call& inner, const TableBinding& table,
                                   const Module& module) {
    if (!aggregate(inner, table, module, true)) return nullptr;
    const auto rank = rank_asked(c);
    if (const auto* message = std::get_if<std::string>(&rank)) {
        error(module, c.args[1], *message);
        return nullptr;
    }
    const TableInfo& info = *table.info;
    const TableQueries& scan = typed_.scans.at(&info);
    return &info.schema->columns[*scan.queries[scan.index.at(&inner)].by];
}

// max or min of a grouped aggregate: the largest or smallest group's value; top or bottom: the key at a
// rank, a figure only when the keys are numbers (else it is compared as a key: rank_key).
std::optional<Type> TypeChecker::pick(const ast::Call& c, const ast::Call& inner, const TableBinding& table,
                                      const Module& module) {
    const Column* by = grouped(c, inner, table, module);
    if (!by) return std::nullopt;
    if (picks_key(*pick_named(c.function.text)) && !is_number(by->type)) {
        error(module, c, c.function.text + " gives a key of " + by->name + ", which is " + type_name(by->type) +
                             ", not a number: compare it with == or != and the key in quotes, as in " +
                             c.function.text + "(...) == \"Riverside\"");
        return std::nullopt;
    }
    return typed_.types.insert_or_assign(&c, let_type(Type{Unit{}, std::nullopt}, std::nullopt)).first->second;
}

const Column* TypeChecker::rank_key(const ast::Call& c, const Module& module) {
    const ast::Call* inner = grouped_argument(c);
    if (const TableBinding* table = inner ? aggregated_table(*inner, scope(module)) : nullptr)
        return grouped(c, *inner, *table, module);
    call(c, module, nullptr);  // not over a table: reported as any other call would be
    return nullptr;
}

std::optional<Type> TypeChecker::let(const LetBinding& binding) {
    const ast::Let& let = *binding.let;
    if (auto found = lets_.find(&let); found != lets_.end()) return found->second;
    if (visiting_.count(&let)) {
        error(*binding.module, let.name, let.name.text + " is defined in terms of itself");
        return lets_[&let] = std::nullopt;
    }
    if (visiting_.size() >= max_depth_) {  // the evaluator would recurse as deep
        error(*binding.module, let.name,
              over_limit("a figure defined through " + std::to_string(visiting_.size() + 1) +
                             " figures, each through the next",
                         max_depth_, "--max-depth"));
        return lets_[&let] = std::nullopt;
    }
    visiting_.insert(&let);
    std::optional<Type> result;
    if (boost::get<ast::Missing>(&let.value.get())) {
        result = Type{Unit{Dimension::unknown}, std::nullopt};
    } else if (const auto* within = boost::get<boost::spirit::x3::forward_ast<ast::Bounded>>(&let.value.get())) {
        const ast::Bounded* bounded = &within->get();
        auto value = bounds(*bounded, *binding.module);
        std::optional<Period> during;
        if (bounded->during) during = period(*bounded->during, *binding.module);
        if (value && (!bounded->during || during)) result = let_type(*value, during);
    } else {
        const auto& figure = boost::get<ast::Figure>(let.value.get());
        auto value = expression(figure.value, *binding.module);
        std::optional<Period> during;
        if (figure.during) during = period(*figure.during, *binding.module);
        if (value && (!figure.during || during)) result = let_type(*value, during);
    }
    visiting_.erase(&let);
    if (result) typed_.types.insert_or_assign(&let, *result);
    return lets_[&let] = result;
}

// The type of a figure within bounds: its number's; the words must be the vocabulary's, or
// `between` with a second number of the same unit above the first.
std::optional<Type> TypeChecker::bounds(const ast::Bounded& b, const Module& module) {
    const auto& number = boost::get<ast::Number>(b.bounds.value->get());
    const bool between = b.bounds.words == std::vector<std::string>{"between"};
    if (b.upper || between) {
        if (!b.upper) {
            error(module, b, "'between' takes two figures: between 5 and 6");
            return std::nullopt;
        }
        if (!b.bounds.modifiers.empty()) {
            error(module, b.bounds.modifiers[0], "a range takes no rounding rule: between 5 and 6");
            return std::nullopt;
        }
        if (!between) {
            error(module, b, "two figures are a range only after 'between': between 5 and 6");
            return std::nullopt;
        }
        if (!(unit_of(number) == unit_of(*b.upper))) {
            error(module, *b.upper, "both ends of a range take the same unit: " +
                                        std::string(module.source.text_of(number)) + " and " +
                                        std::string(module.source.text_of(*b.upper)));
            return std::nullopt;
        }
        if (value_of(*b.upper) < value_of(number)) {
            error(module, *b.upper, "the range's second figure is below its first");
            return std::nullopt;
        }
    } else if (!b.bounds.words.empty()) {
        if (!b.bounds.modifiers.empty()) {
            error(module, b.bounds.modifiers[0], "a rounding rule applies to a number, not to a phrase");
            return std::nullopt;
        }
        auto resolved = resolve_phrase(b.bounds.words, &number, b.bounds.after, scope(module));
        if (const auto* message = std::get_if<std::string>(&resolved)) {
            error(module, b.bounds, *message);
            return std::nullopt;
        }
        // Bounds on the number itself ("more than N", "about N", "a fall of N"), not a value of
        // another kind built from it ("one in N" is a share).
        for (const PhraseTerm* term = &std::get<PhraseTerm>(resolved); term; term = term->argument.get()) {
            const ast::Define& define = *term->definition->define;
            if (!define.has_parameter || (define.value && !reads_through(define))) {
                error(module, b.bounds, "'" + term->definition->phrase + "' stands for a value of its own, not bounds on " +
                                            number.digits + "; a figure within bounds is written as 'more than 68,000'");
                return std::nullopt;
            }
        }
    }
    return Type{unit_of(number), std::nullopt};
}

std::optional<Period> TypeChecker::period(const ast::Period& written, const Module& module) {
    auto result = make_period(written, std::string(module.source.text_of(written)));
    if (auto* failure = std::get_if<PeriodError>(&result)) {
        error(module, *failure->where, failure->message);
        return std::nullopt;
    }
    typed_.types.insert_or_assign(&written, Type{Unit{Dimension::period}, std::get<Period>(result)});
    return std::get<Period>(result);
}

}  // namespace claimcheck
