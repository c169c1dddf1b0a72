#pragma once
// Recognising what an expression is at a glance: one call, one name, one
// written number, or a total. Parentheses around it do not matter.
#include "grammar/ast.hpp"
#include "scope.hpp"

#include <string>

#include <vector>

namespace claimcheck {

const ast::Call* lone_call(const ast::Expr& expr);
const ast::Name* lone_name(const ast::Expr& expr);
const ast::Number* lone_number(const ast::Expr& expr);

// The terms of a total: the arguments of sum(...), or the parts of a + b + c.
// Empty when the expression is not a total.
std::vector<const ast::Operand*> total_terms(const ast::Expr& expr);

// The node inside an operand, for its position and text; nothing for an empty one.
const boost::spirit::x3::position_tagged* tagged(const ast::Operand& operand);

// The source text of a node as an application sees it: each name inside it
// renamed, and nothing else (vocabulary words and keywords stay as written).
std::string renamed_text(const Module& module, const ast::Check& node, const Application& application);
std::string renamed_text(const Module& module, const ast::Stated& node, const Application& application);
std::string renamed_text(const Module& module, const ast::Relation& node, const Application& application);
std::string renamed_text(const Module& module, const ast::Expr& node, const Application& application);
std::string renamed_text(const Module& module, const ast::Call& node, const Application& application);
std::string renamed_text(const Module& module, const ast::Operand& node, const Application& application);

// The text of an expression's first operations (a + b) / (b - a) of (a + b) / (b - a) * 2, as
// renamed_text gives it when an application is given.
std::string head_text(const Module& module, const ast::Expr& expr, std::size_t operations,
                      const Application* application);

}  // namespace claimcheck
