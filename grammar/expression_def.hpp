#pragma once
// Included by expression.cpp only.
#include "ast.hpp"
#include "ast_adapted.hpp"
#include "config.hpp"
#include "expression.hpp"
#include "keyword.hpp"
#include "literal.hpp"
#include "symbols.hpp"

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

struct condition_class;
struct condition_step_class;
struct condition_term_class;
struct condition_atom_class;
struct comparison_class;
struct scalar_class;
x3::rule<condition_class, ast::Condition> const condition = "a condition such as crimes.force == \"Kent\"";
x3::rule<condition_step_class, ast::ConditionStep> const condition_step = "'and' or 'or'";
x3::rule<condition_term_class, ast::ConditionTerm> const condition_term = "a condition";
x3::rule<condition_atom_class, ast::ConditionAtom> const condition_atom = "a comparison such as crimes.age < 10";
x3::rule<comparison_class, ast::Comparison> const comparison = "a comparison such as crimes.age < 10";
x3::rule<scalar_class, ast::Scalar> const scalar = "a number, a period or a \"text\"";

auto const number = grammar::number();
auto const name = grammar::name();
auto const period_literal = grammar::period_literal();
auto const string = grammar::string();

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
// A table aggregate takes `where` and `by` after its argument: sum(crimes.count where ... by crimes.age).
auto const call_def = (name >> '(') > arguments > -(kw("where") > condition) > -(kw("by") > name) > ')';

// Conditions on a table's rows: `and` binds tighter than `or` (the engine groups them).
struct junctions_ : x3::symbols<ast::Junction> {
    junctions_() {
        for (ast::Junction j : {ast::Junction::and_, ast::Junction::or_}) add(ast::junction_text(j), j);
    }
} const junctions;
auto const scalar_def = period_literal | number | string;
auto const scalar_list = x3::rule<struct scalar_list_class, std::vector<ast::Scalar>>{"a list such as (\"a\", \"b\")"} =
    '(' > (scalar % ',') > ')';
auto const condition_op = x3::rule<struct condition_op_class, ast::Comparator>{"a comparison (==, !=, <, <=, >, >=) or 'in'"} =
    relational_ops | (kw("in") >> x3::attr(ast::Comparator::in));
auto const condition_values = x3::rule<struct condition_values_class, std::vector<ast::Scalar>>{
    "a number, a period, a \"text\" or a list such as (\"a\", \"b\")"} = scalar_list | x3::repeat(1)[scalar];
// After `in` a list or a period; after a comparison one value (the engine says when a list does not fit).
auto const comparison_def = name >> condition_op > condition_values;
auto const condition_def = condition_term >> *condition_step;
auto const condition_step_def = x3::lexeme[junctions >> word_end] > condition_term;
auto const condition_term_def = x3::matches[kw("not")] > condition_atom;
auto const condition_atom_def = ('(' > condition > ')') | comparison;

BOOST_SPIRIT_DEFINE(expression, additive, add_operation, multiplicative, multiply_operation, unary,
                    negation, primary, call, condition, condition_step, condition_term, condition_atom,
                    comparison, scalar)

struct expression_class : x3::annotate_on_success {};
struct additive_class : x3::annotate_on_success {};
struct multiplicative_class : x3::annotate_on_success {};
struct add_operation_class : x3::annotate_on_success {};
struct multiply_operation_class : x3::annotate_on_success {};
struct unary_class {};  // variant rules: see statement_def.hpp
struct negation_class : x3::annotate_on_success {};
struct primary_class {};
struct call_class : x3::annotate_on_success {};
struct condition_class : x3::annotate_on_success {};
struct condition_step_class : x3::annotate_on_success {};
struct condition_term_class : x3::annotate_on_success {};
struct condition_atom_class {};
struct comparison_class : x3::annotate_on_success {};
struct scalar_class {};

}  // namespace claimcheck::parser
