#include "engine/lang/shape.hpp"

#include <algorithm>

namespace claimcheck {

namespace {
using boost::spirit::x3::forward_ast;

struct TaggedNode {
    using result_type = const boost::spirit::x3::position_tagged*;
    result_type operator()(const ast::Nil&) const { return nullptr; }
    template <typename T>
    result_type operator()(const forward_ast<T>& f) const { return &f.get(); }
    template <typename T>
    result_type operator()(const T& node) const { return &node; }
};

// The expression itself, or the one inside parentheses when that is all there is.
const ast::Expr& unwrap(const ast::Expr& expr) {
    if (expr.rest.empty())
        if (const auto* inner = boost::get<forward_ast<ast::Expr>>(&expr.first.get())) return unwrap(inner->get());
    return expr;
}
}  // namespace

const ast::Call* lone_call(const ast::Expr& expr) {
    const ast::Expr& e = unwrap(expr);
    if (!e.rest.empty()) return nullptr;
    const auto* call = boost::get<forward_ast<ast::Call>>(&e.first.get());
    return call ? &call->get() : nullptr;
}

const ast::Expr* compared_figure(const ast::Relation& relation) { return boost::get<ast::Expr>(&relation.rhs); }

const ast::Name* lone_name(const ast::Expr& expr) {
    const ast::Expr& e = unwrap(expr);
    return e.rest.empty() ? boost::get<ast::Name>(&e.first.get()) : nullptr;
}

const ast::Number* lone_number(const ast::Expr& expr) {
    const ast::Expr& e = unwrap(expr);
    return e.rest.empty() ? boost::get<ast::Number>(&e.first.get()) : nullptr;
}

std::vector<const ast::Operand*> total_terms(const ast::Expr& expr) {
    std::vector<const ast::Operand*> terms;
    if (const ast::Call* call = lone_call(expr); call && call->function.text == "sum") {
        for (const auto& arg : call->args) {
            if (!arg.rest.empty()) return {};  // a term must be one operand
            terms.push_back(&arg.first);
        }
        return terms;
    }
    const ast::Expr& e = unwrap(expr);
    if (e.rest.empty()) return {};
    terms.push_back(&e.first);
    for (const auto& operation : e.rest) {
        if (operation.op != '+') return {};
        terms.push_back(&operation.operand);
    }
    return terms;
}

const boost::spirit::x3::position_tagged* tagged(const ast::Operand& operand) {
    return operand.apply_visitor(TaggedNode{});
}

namespace {

// Every name used as a figure (not a function's name) inside an expression.
struct NameCollector {
    using result_type = void;
    std::vector<const ast::Name*>& names;

    void expr(const ast::Expr& e) const {
        e.first.apply_visitor(*this);
        for (const auto& operation : e.rest) operation.operand.apply_visitor(*this);
    }
    void operator()(const ast::Name& n) const { names.push_back(&n); }
    void operator()(const ast::Call& c) const {
        for (const auto& arg : c.args) expr(arg);
    }
    void operator()(const ast::Unary& u) const { u.operand.apply_visitor(*this); }
    void operator()(const ast::Expr& e) const { expr(e); }
    template <typename T>
    void operator()(const forward_ast<T>& f) const {
        (*this)(f.get());
    }
    template <typename T>
    void operator()(const T&) const {}
};

void collect(const ast::Stated& s, std::vector<const ast::Name*>& names) {
    if (s.value) s.value->apply_visitor(NameCollector{names});
}
void collect(const ast::Relation& r, std::vector<const ast::Name*>& names) {
    if (const ast::Expr* figure = compared_figure(r)) NameCollector{names}.expr(*figure);
}
void collect(const ast::Expr& e, std::vector<const ast::Name*>& names) { NameCollector{names}.expr(e); }
void collect(const ast::Call& c, std::vector<const ast::Name*>& names) { NameCollector{names}(c); }
void collect(const ast::Check& c, std::vector<const ast::Name*>& names) {
    collect(c.subject, names);
    if (const auto* stated = boost::get<ast::Stated>(&c.test.get())) collect(*stated, names);
    if (const auto* relation = boost::get<ast::Relation>(&c.test.get())) collect(*relation, names);
}

void collect(const ast::Operand& o, std::vector<const ast::Name*>& names) { o.apply_visitor(NameCollector{names}); }

const boost::spirit::x3::position_tagged& span_of(const ast::Operand& o) { return *tagged(o); }
template <typename Node>
const boost::spirit::x3::position_tagged& span_of(const Node& node) {
    return node;
}

// The source text from begin to end with each of names (inside it) as its own text: renamed, in an apply's claims.
std::string spliced(const Module& module, std::size_t begin, std::size_t end, std::vector<const ast::Name*> names) {
    const std::string& source = module.source.text();
    if (!module.origin) return source.substr(begin, end - begin);
    std::sort(names.begin(), names.end(), [&](const ast::Name* a, const ast::Name* b) {
        return module.source.begin_of(*a) < module.source.begin_of(*b);
    });
    std::string text;
    std::size_t at = begin;
    for (const ast::Name* name : names) {
        text.append(source, at, module.source.begin_of(*name) - at);
        text += name->text;
        at = module.source.end_of(*name);
    }
    return text.append(source, at, end - at);
}

template <typename Node>
std::string written(const Module& module, const Node& node) {
    std::vector<const ast::Name*> names;
    if (module.origin) collect(node, names);
    return spliced(module, module.source.begin_of(span_of(node)), module.source.end_of(span_of(node)), std::move(names));
}

}  // namespace

// Up to the end of its test: a pin after it (`expect fail`) is not part of the check.
std::string written_text(const Module& m, const ast::Check& n) {
    std::vector<const ast::Name*> names;
    if (m.origin) collect(n, names);
    return spliced(m, m.source.begin_of(n), check_end(m.source, n), std::move(names));
}
std::string written_text(const Module& m, const ast::Stated& n) { return written(m, n); }
std::string written_text(const Module& m, const ast::Relation& n) { return written(m, n); }
std::string written_text(const Module& m, const ast::Expr& n) { return written(m, n); }
std::string written_text(const Module& m, const ast::Call& n) { return written(m, n); }
std::string written_text(const Module& m, const ast::Operand& n) { return written(m, n); }

std::size_t check_end(const SourceFile& source, const ast::Check& check) {
    if (const auto* stated = boost::get<ast::Stated>(&check.test.get())) return source.end_of(*stated);
    return source.end_of(boost::get<ast::Relation>(check.test.get()));
}

std::string head_text(const Module& module, const ast::Expr& expr, std::size_t operations) {
    std::vector<const ast::Name*> names;
    if (module.origin) {
        collect(expr.first, names);
        for (std::size_t i = 0; i < operations; ++i) collect(expr.rest[i].operand, names);
    }
    return spliced(module, module.source.begin_of(expr), module.source.end_of(expr.rest.at(operations - 1)),
                   std::move(names));
}

}  // namespace claimcheck
