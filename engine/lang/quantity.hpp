#pragma once
// The quantity an expression measures, the same wherever and however it is
// written, so that claims about one figure in different articles can be
// compared (38 forces in one, 39 in another).
#include "grammar/ast.hpp"
#include "engine/lang/scope.hpp"

#include <string>

namespace claimcheck {

// A key equal for two subjects exactly when they measure the same quantity:
// - a name stands for the let it is bound to, so forces.2016_17 in two files
//   that use one counts file is one quantity, and another file's own let of
//   that name is another;
// - a let whose value is a table aggregate (or another name) stands for that
//   value, so `let k = sum(t.n where ...)` and the sum written out are one cell;
// - the conditions joined by `and` (or by `or`) in a `where` compare in any
//   order; a number compares by its value and unit, not its digits.
// `module` is the file the expression is written in.
std::string quantity_key(const ast::Expr& expr, const Module& module, const Scopes& scopes);

}  // namespace claimcheck
