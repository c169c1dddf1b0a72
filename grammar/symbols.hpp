#pragma once
// Signs and words the grammar reads straight into the AST's enums, as calc9's
// optoken does: each table is filled from the enum's own text function, so the
// words a file may write and the words messages use have one source.
#include "ast.hpp"

#include <boost/spirit/home/x3.hpp>

namespace claimcheck::parser {
namespace x3 = boost::spirit::x3;

// == != < <= > >=: the longest match wins, so <= is not < followed by =.
struct relational_ops_ : x3::symbols<ast::Comparator> {
    relational_ops_() {
        for (ast::Comparator op : ast::relational_comparators) add(ast::comparator_text(op), op);
    }
} const relational_ops;

}  // namespace claimcheck::parser
