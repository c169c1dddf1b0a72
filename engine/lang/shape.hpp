#pragma once
// Recognising what an expression is at a glance: one call, one name, one
// written number, or a total. Parentheses around it do not matter.
#include "grammar/ast.hpp"
#include "engine/lang/module.hpp"

#include <string>

#include <vector>

namespace claimcheck {

const ast::Call* lone_call(const ast::Expr& expr);
const ast::Name* lone_name(const ast::Expr& expr);
const ast::Number* lone_number(const ast::Expr& expr);

// The figure a comparison compares with; nothing when it is a key written as text.
const ast::Expr* compared_figure(const ast::Relation& relation);

// The terms of a total: the arguments of sum(...), or the parts of a + b + c.
// Empty when the expression is not a total.
std::vector<const ast::Operand*> total_terms(const ast::Expr& expr);

// The node inside an operand, for its position and text; nothing for an empty one.
const boost::spirit::x3::position_tagged* tagged(const ast::Operand& operand);

// The text of a node as it is checked: as written, or, in the claims an apply made
// (Module::origin), with each name as the apply renamed it; vocabulary words and
// keywords stay as written. Linear in the node's text.
std::string written_text(const Module& module, const ast::Check& node);
std::string written_text(const Module& module, const ast::Stated& node);
std::string written_text(const Module& module, const ast::Relation& node);
std::string written_text(const Module& module, const ast::Expr& node);
std::string written_text(const Module& module, const ast::Call& node);
std::string written_text(const Module& module, const ast::Operand& node);

// Where a check as written ends: after its test, before any pin (`expect fail`) on its line.
std::size_t check_end(const SourceFile& source, const ast::Check& check);

// The same of an expression's first operations: (a + b) / (b - a) of (a + b) / (b - a) * 2.
std::string head_text(const Module& module, const ast::Expr& expr, std::size_t operations);

}  // namespace claimcheck
