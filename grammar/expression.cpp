#include "expression_def.hpp"

namespace claimcheck::parser {

BOOST_SPIRIT_INSTANTIATE(expression_type, iterator_type, context_type)

}  // namespace claimcheck::parser

namespace claimcheck::grammar {
parser::expression_type const& expression() { return parser::expression; }
}
