#include "evaluate.hpp"

#include "arithmetic.hpp"
#include "builtins.hpp"

namespace claimcheck {

namespace {

Type checked(const std::variant<Type, std::string>& result) {
    // The type checker has already accepted this expression.
    if (auto* message = std::get_if<std::string>(&result)) throw std::logic_error(*message);
    return std::get<Type>(result);
}

struct OperandEvaluator {
    using result_type = Value;
    Evaluator& evaluator;
    const Module& module;
    const ValueParams* params;

    Value operator()(const ast::Nil&) const { throw std::logic_error("empty operand"); }
    Value operator()(const ast::Number& n) const { return Value{value_of(n), Type{unit_of(n), std::nullopt}}; }
    Value operator()(const ast::Period& p) const {
        auto period = make_period(p, std::string(module.source.text_of(p)));
        return Value{0, Type{Unit{Dimension::period}, std::get<Period>(period)}};
    }
    Value operator()(const ast::Name& n) const { return evaluator.name(n, module, params); }
    Value operator()(const ast::Call& c) const { return evaluator.call(c, module, params); }
    Value operator()(const ast::Unary& u) const {
        Value inner = evaluator.operand(u.operand, module, params);
        if (u.op == '-') inner.number = -inner.number;
        return inner;
    }
    Value operator()(const ast::Expr& e) const { return evaluator.expression(e, module, params); }
    template <typename T>
    Value operator()(const boost::spirit::x3::forward_ast<T>& f) const {
        return (*this)(f.get());
    }
};

}  // namespace

void Evaluator::fail(const Module& module, const boost::spirit::x3::position_tagged& node,
                     const std::string& message) const {
    Location at = module.source.locate(node);
    throw EvaluationFailure(message + " (" + module.source.path() + ":" + std::to_string(at.line) + ":" +
                            std::to_string(at.column) + ")");
}

Value Evaluator::expression(const ast::Expr& expr, const Module& module, const ValueParams* params) {
    Value result = operand(expr.first, module, params);
    std::vector<Type> terms{result.type};
    for (const auto& operation : expr.rest) {
        Value right = operand(operation.operand, module, params);
        terms.push_back(right.type);
        Type type = checked(combine(operation.op, result.type, right.type));
        switch (operation.op) {
        case '+': result.number += right.number; break;
        case '-': result.number -= right.number; break;
        case '*': result.number *= right.number; break;
        default:
            if (right.number == 0) fail(module, operation, "division by zero");
            result.number /= right.number;
        }
        result.type = type;
    }
    result.type.period = total_period(expr, terms, result.type.period);
    return result;
}

Value Evaluator::operand(const ast::Operand& op, const Module& module, const ValueParams* params) {
    return op.apply_visitor(OperandEvaluator{*this, module, params});
}

Value Evaluator::name(const ast::Name& n, const Module& module, const ValueParams* params) {
    if (params)
        if (auto found = params->find(n.text); found != params->end()) return found->second;
    return let(scopes_.at(&module).names.at(n.text));
}

Value Evaluator::call(const ast::Call& c, const Module& module, const ValueParams* params) {
    const Builtin& builtin = *find_builtin(c.function.text);
    std::vector<Value> args;
    std::vector<Type> types;
    for (const auto& arg : c.args) {
        args.push_back(expression(arg, module, params));
        types.push_back(args.back().type);
    }
    Type type = checked(builtin.type(types));
    try {
        if (builtin.grid) return Value{0, type, builtin.grid(args)};
        return Value{builtin.eval(args), type, std::nullopt};
    } catch (const EvalError& e) {
        fail(module, c, std::string(builtin.name) + ": " + e.what());
    }
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
    const auto& figure = boost::get<ast::Figure>(let.value.get());
    Value value = expression(figure.value, module);
    std::optional<Period> during;
    if (figure.during)
        during = std::get<Period>(make_period(*figure.during, std::string(module.source.text_of(*figure.during))));
    value.type = let_type(value.type, during);
    return lets_[&let] = value;
}

}  // namespace claimcheck
