#pragma once
// Included by expression.cpp only.
#include "ast.hpp"
#include "ast_adapted.hpp"
#include "config.hpp"
#include "expression.hpp"
#include "literal.hpp"

#include <boost/spirit/home/x3/support/utility/annotate_on_success.hpp>

namespace claimcheck::parser {

using x3::char_;
using x3::lit;

expression_type const expression = "an expression";

struct additive_class;
struct multiplicative_class;
struct add_operation_class;
struct multiply_operation_class;
struct unary_class;
struct negation_class;
struct primary_class;
struct call_class;

x3::rule<additive_class, ast::Expr> const additive = "an expression";
x3::rule<multiplicative_class, ast::Expr> const multiplicative = "an expression";
x3::rule<add_operation_class, ast::Operation> const add_operation = "an operation";
x3::rule<multiply_operation_class, ast::Operation> const multiply_operation = "an operation";
x3::rule<unary_class, ast::Operand> const unary = "a number, a name or a function call";
x3::rule<negation_class, ast::Unary> const negation = "a negation";
x3::rule<primary_class, ast::Operand> const primary = "a number, a name or a function call";
x3::rule<call_class, ast::Call> const call = "a function call";

auto const number = grammar::number();
auto const name = grammar::name();
auto const period_literal = grammar::period_literal();

auto const expression_def = additive;
auto const additive_def = multiplicative >> *add_operation;
auto const add_operation_def = char_("+-") > multiplicative;
auto const multiplicative_def = unary >> *multiply_operation;
auto const multiply_operation_def = char_("*/") > unary;
auto const unary_def = primary | negation;
auto const negation_def = char_('-') > unary;
// A period goes first: 2016-04-01 is a date, not two subtractions.
auto const primary_def = period_literal | number | call | name | ('(' > expression > ')');
auto const arguments = (expression % ',') | x3::attr(std::vector<ast::Expr>());
auto const call_def = name >> '(' > arguments > ')';

BOOST_SPIRIT_DEFINE(expression, additive, add_operation, multiplicative, multiply_operation, unary,
                    negation, primary, call)

struct expression_class : x3::annotate_on_success {};
struct additive_class : x3::annotate_on_success {};
struct multiplicative_class : x3::annotate_on_success {};
struct add_operation_class : x3::annotate_on_success {};
struct multiply_operation_class : x3::annotate_on_success {};
struct unary_class {};  // variant rules: see statement_def.hpp
struct negation_class : x3::annotate_on_success {};
struct primary_class {};
struct call_class : x3::annotate_on_success {};

}  // namespace claimcheck::parser
