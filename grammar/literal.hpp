#pragma once
// Tokens as journalists write them: numbers with separators and units,
// dotted names, quoted strings, calendar periods, vocabulary words.
#include "ast.hpp"

#include <boost/spirit/home/x3.hpp>

namespace claimcheck::parser {
namespace x3 = boost::spirit::x3;

struct number_class;
struct name_class;
struct string_class;
struct period_class;
struct period_literal_class;
struct word_class;

using number_type = x3::rule<number_class, ast::Number, true>;
using name_type = x3::rule<name_class, ast::Name>;
using string_type = x3::rule<string_class, std::string>;
using period_type = x3::rule<period_class, ast::Period>;  // after "during": every form
using period_literal_type = x3::rule<period_literal_class, ast::Period>;  // inside expressions
using word_type = x3::rule<word_class, std::string, true>;

BOOST_SPIRIT_DECLARE(number_type, name_type, string_type, period_type, period_literal_type, word_type)

}  // namespace claimcheck::parser

namespace claimcheck::grammar {
parser::number_type const& number();
parser::name_type const& name();
parser::string_type const& string();
parser::period_type const& period();
parser::period_literal_type const& period_literal();
parser::word_type const& word();
}  // namespace claimcheck::grammar
