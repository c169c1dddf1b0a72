#pragma once
// The one iterator, skipper and context every rule group is instantiated with:
// a mismatch here shows up as an undefined parse_rule at link time.
#include "error_handler.hpp"

#include <boost/spirit/home/x3.hpp>

#include <string>

namespace claimcheck::parser {
namespace x3 = boost::spirit::x3;

using iterator_type = std::string::const_iterator;

// Spaces, tabs and # comments are skipped; line ends are not: statements are lines.
inline auto const skipper = x3::blank | x3::lexeme['#' >> *(x3::char_ - x3::eol)];
using skipper_type = std::remove_cv_t<decltype(skipper)>;

using phrase_context_type = x3::phrase_parse_context<skipper_type>::type;
using error_handler_type = ErrorHandler<iterator_type>;
using context_type = x3::context<x3::error_handler_tag, std::reference_wrapper<error_handler_type>,
                                 phrase_context_type>;

}  // namespace claimcheck::parser
