#include "typecheck.hpp"

#include "arithmetic.hpp"
#include "builtins.hpp"

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

}  // namespace

void TypeChecker::error(const Module& module, const boost::spirit::x3::position_tagged& node,
                        std::string message) {
    errors_.push_back(diagnose(module.source, node, std::move(message)));
}

std::optional<Type> TypeChecker::expression(const ast::Expr& expr, const Module& module,
                                            const TypeParams* params) {
    auto result = operand(expr.first, module, params);
    for (const auto& operation : expr.rest) {
        auto right = operand(operation.operand, module, params);
        if (!result || !right) return std::nullopt;
        auto combined = combine(operation.op, *result, *right);
        if (auto* message = std::get_if<std::string>(&combined)) {
            error(module, operation, *message);
            return std::nullopt;
        }
        result = std::get<Type>(combined);
    }
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
    if (auto found = visible.names.find(n.text); found != visible.names.end()) return let(found->second);
    std::vector<std::string> candidates;
    for (const auto& entry : visible.names) candidates.push_back(entry.first);
    std::string hint = closest(n.text, candidates);
    error(module, n, "unknown name '" + n.text + "'" + (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
    return std::nullopt;
}

std::optional<Type> TypeChecker::call(const ast::Call& c, const Module& module, const TypeParams* params) {
    const Builtin* builtin = find_builtin(c.function.text);
    if (!builtin) {
        std::vector<std::string> names;
        for (const auto& b : builtins()) names.emplace_back(b.name);
        std::string hint = closest(c.function.text, names);
        error(module, c.function,
              "unknown function '" + c.function.text + "'" + (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
        return std::nullopt;
    }
    int count = static_cast<int>(c.args.size());
    if (count < builtin->min_args || (builtin->max_args >= 0 && count > builtin->max_args)) {
        error(module, c,
              std::string(builtin->name) + " takes " +
                  (builtin->min_args == builtin->max_args ? std::to_string(builtin->min_args)
                   : builtin->max_args < 0 ? "at least " + std::to_string(builtin->min_args)
                                           : std::to_string(builtin->min_args) + " or " +
                                                 std::to_string(builtin->max_args)) +
                  " arguments, not " + std::to_string(count) + ": " + std::string(builtin->signature) +
                  " (a comma between digits is a thousands separator: put a space after a comma "
                  "that separates arguments)");
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
    auto result = builtin->type(args);
    if (auto* message = std::get_if<std::string>(&result)) {
        error(module, c, std::string(builtin->name) + ": " + *message);
        return std::nullopt;
    }
    return std::get<Type>(result);
}

std::optional<Type> TypeChecker::let(const LetBinding& binding) {
    const ast::Let& let = *binding.let;
    if (auto found = lets_.find(&let); found != lets_.end()) return found->second;
    if (visiting_.count(&let)) {
        error(*binding.module, let.name, let.name.text + " is defined in terms of itself");
        return lets_[&let] = std::nullopt;
    }
    visiting_.insert(&let);
    std::optional<Type> result;
    if (boost::get<ast::Missing>(&let.value.get())) {
        result = Type{Unit{Dimension::unknown}, std::nullopt};
    } else {
        const auto& figure = boost::get<ast::Figure>(let.value.get());
        auto value = expression(figure.value, *binding.module);
        std::optional<Period> during;
        if (figure.during) during = period(*figure.during, *binding.module);
        if (value && (!figure.during || during)) result = let_type(*value, during);
    }
    visiting_.erase(&let);
    return lets_[&let] = result;
}

std::optional<Period> TypeChecker::period(const ast::Period& written, const Module& module) {
    auto result = make_period(written, std::string(module.source.text_of(written)));
    if (auto* message = std::get_if<std::string>(&result)) {
        error(module, written, *message);
        return std::nullopt;
    }
    return std::get<Period>(result);
}

}  // namespace claimcheck
