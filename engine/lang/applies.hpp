#pragma once
// A line inside a template makes no claim of its own: its claims are made where
// the template is applied. Finding those applies lets explain point to them.
#include "engine/lang/module.hpp"

#include <string>
#include <vector>

namespace claimcheck {

// The template whose text holds the line, if any.
const ast::Template* template_at(const Module& module, int line);

// "FILE:LINE" of every apply, in the program's target files, of the template
// `name` as written in the file `path`, in the order the files were loaded.
std::vector<std::string> applies_of(const Program& program, const std::string& path, const std::string& name);

}  // namespace claimcheck
