#pragma once
// Fusion adaptations so X3 can fill the AST structs member by member.
// Moment is built by semantic actions instead: its written order varies.
#include "ast.hpp"

#include <boost/fusion/include/adapt_struct.hpp>

BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::Number, digits, unit)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::Name, text)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::Period, from, to)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::Unary, op, operand)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::Operation, op, operand)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::Expr, first, rest)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::Call, function, args, where, by)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::Comparison, column, op, values)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::ConditionTerm, negated, atom)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::ConditionStep, op, term)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::Condition, first, rest)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::ColumnDecl, header, name, type)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::TableDecl, name, file, delimiter, columns)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::Modifier, amount, kind)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::Stated, words, value, modifiers)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::Relation, op, rhs)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::Check, subject, test)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::Quote, text)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::Expect, verdict)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::Note, text)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::Claim, id, article, items)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::SourceDecl, id, description)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::Use, target, named)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::Missing, reason)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::Figure, value, during)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::Let, name, value)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::Interval, open, low, high, close)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::Meaning, kind, interval)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::Define, words, has_parameter, value, meanings)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::Template, name, params, claims)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::ApplyExpect, claim, verdict)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::ast::Apply, name, args, article, expects)
