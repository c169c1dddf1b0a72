#pragma once
// A claims file's program without its layout: the syntax tree written out with
// no positions, so two texts that differ only in white space and comments give
// the same dump. The formatter checks its own output against it.
#include "grammar/ast.hpp"

#include <string>

namespace claimcheck {

// Every node and field of the tree in order, positions left out; equal dumps, equal programs.
std::string program_dump(const ast::File& file);

}  // namespace claimcheck
