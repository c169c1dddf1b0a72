#include "engine/lang/quantity.hpp"

#include "engine/lang/arithmetic.hpp"
#include "engine/lang/shape.hpp"
#include "engine/lang/tables.hpp"

#include <algorithm>

namespace claimcheck {

namespace {
using boost::spirit::x3::forward_ast;

std::string joined(std::vector<std::string> parts, char separator, bool sort) {
    if (sort) std::sort(parts.begin(), parts.end());
    std::string out;
    for (const auto& part : parts) out += (out.empty() ? "" : std::string(1, separator)) + part;
    return out;
}

std::string number_key(const ast::Number& n) {
    return fraction_text(value_of(n)) + "@" + std::to_string(static_cast<int>(unit_of(n).dimension));
}

std::string moment_key(const ast::Moment& m) {
    return std::to_string(static_cast<int>(m.kind)) + "/" + std::to_string(m.year) + "/" + std::to_string(m.fy_end) +
           "/" + std::to_string(m.month) + "/" + std::to_string(m.day);
}

std::string period_key(const ast::Period& p) { return "[" + moment_key(p.from) + (p.to ? "~" + moment_key(*p.to) : "") + "]"; }

struct Canonical {
    using result_type = std::string;
    const Scopes& scopes;
    const Scope& scope;

    // Parentheses around one operand change nothing: (k) is k.
    std::string expr(const ast::Expr& e) const {
        if (e.rest.empty()) return e.first.apply_visitor(*this);
        std::string out = e.first.apply_visitor(*this);
        for (const auto& operation : e.rest) out += std::string(1, operation.op) + operation.operand.apply_visitor(*this);
        return "(" + out + ")";
    }
    std::string operator()(const ast::Nil&) const { return ""; }
    std::string operator()(const ast::Number& n) const { return number_key(n); }
    std::string operator()(const ast::Period& p) const { return period_key(p); }
    std::string operator()(const ast::Name& n) const { return name(n.text); }
    std::string operator()(const ast::Call& c) const {
        std::vector<std::string> args;
        for (const auto& arg : c.args) args.push_back(expr(arg));
        std::string out = c.function.text + "(" + joined(args, ',', false);
        if (c.where) out += " where " + condition(*c.where);
        if (c.by) out += " by " + name(c.by->text);
        return out + ")";
    }
    std::string operator()(const ast::Unary& u) const { return std::string(1, u.op) + u.operand.apply_visitor(*this); }
    std::string operator()(const ast::Expr& e) const { return expr(e); }
    template <typename T>
    std::string operator()(const forward_ast<T>& f) const {
        return (*this)(f.get());
    }

    // A let's figure, or a table's column: where it is bound, or what it is bound to.
    std::string name(const std::string& text) const {
        if (const LetBinding* found = scope.name(text)) return let(text, *found);
        if (const UnitBinding* unit = scope.unit(text))  // per(x, school_day): where the unit is declared
            return unit->module->source.path() + "#unit " + text;
        if (const TableBinding* table = scope.table(text.substr(0, text.find('.'))))
            return table->module->source.path() + "#" + text;
        return text;
    }

    std::string let(const std::string& text, const LetBinding& binding) const {
        const auto* figure = boost::get<ast::Figure>(&binding.let->value.get());
        const Scope& home = scopes.at(binding.module);
        if (figure && stands_for_its_value(figure->value, home)) return Canonical{scopes, home}.expr(figure->value);
        return binding.module->source.path() + "#" + text;
    }

    // A table's cell or aggregate, or another name: the let only names it.
    static bool stands_for_its_value(const ast::Expr& value, const Scope& home) {
        if (lone_name(value)) return true;
        const ast::Call* call = lone_call(value);
        if (!call) return false;
        const ast::Call* inner = grouped_argument(*call);
        return aggregated_table(inner ? *inner : *call, home) != nullptr;
    }

    // `and` binds tighter than `or`: each side of an `or` is a set of conditions that must all hold.
    std::string condition(const ast::Condition& c) const {
        std::vector<std::vector<std::string>> groups{{term(c.first)}};
        for (const auto& step : c.rest) {
            if (step.op == ast::Junction::or_) groups.emplace_back();
            groups.back().push_back(term(step.term));
        }
        std::vector<std::string> alternatives;
        for (auto& group : groups) alternatives.push_back("{" + joined(group, '&', true) + "}");
        return joined(alternatives, '|', true);
    }

    std::string term(const ast::ConditionTerm& t) const {
        std::string inner;
        if (const auto* c = boost::get<ast::Comparison>(&t.atom.get())) inner = comparison(*c);
        else inner = "(" + condition(boost::get<forward_ast<ast::Condition>>(t.atom.get()).get()) + ")";
        return (t.negated ? "!" : "") + inner;
    }

    std::string comparison(const ast::Comparison& c) const {
        std::vector<std::string> values;
        for (const auto& v : c.values) values.push_back(scalar(v));
        return name(c.column.text) + ast::comparator_text(c.op) + joined(values, ',', c.op == ast::Comparator::in);
    }

    static std::string scalar(const ast::Scalar& s) {
        if (const auto* n = boost::get<ast::Number>(&s)) return number_key(*n);
        if (const auto* p = boost::get<ast::Period>(&s)) return period_key(*p);
        return "\"" + boost::get<std::string>(s) + "\"";
    }
};

}  // namespace

std::string quantity_key(const ast::Expr& expr, const Module& module, const Scopes& scopes) {
    return Canonical{scopes, scopes.at(&module)}.expr(expr);
}

}  // namespace claimcheck
