#pragma once
// Arithmetic on numbers, names, periods and function calls: + - * / and parentheses.
#include "ast.hpp"

#include <boost/spirit/home/x3.hpp>

namespace claimcheck::parser {
namespace x3 = boost::spirit::x3;

struct expression_class;
using expression_type = x3::rule<expression_class, ast::Expr>;
BOOST_SPIRIT_DECLARE(expression_type)

}  // namespace claimcheck::parser

namespace claimcheck::grammar {
parser::expression_type const& expression();
}
