#include "statement_def.hpp"

namespace claimcheck::parser {
BOOST_SPIRIT_INSTANTIATE(file_type, iterator_type, context_type)
}

namespace claimcheck::grammar {
parser::file_type const& file() { return parser::file; }
}
