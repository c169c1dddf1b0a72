#pragma once
// A whole .claims file: source, use, let, define and claim statements, one a line.
#include "ast.hpp"

#include <boost/spirit/home/x3.hpp>

namespace claimcheck::parser {
namespace x3 = boost::spirit::x3;

struct file_class;
using file_type = x3::rule<file_class, ast::File>;
BOOST_SPIRIT_DECLARE(file_type)

}  // namespace claimcheck::parser

namespace claimcheck::grammar {
parser::file_type const& file();
}
