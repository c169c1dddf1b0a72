#pragma once
// Templates expanded once: each apply in a file being checked makes a module of
// its own holding the template's claims with the apply's arguments put in place of
// the parameters (force.to with force = kent and to = 2016_17 is kent.2016_17).
// The module shares the template file's text, so every position and message still
// points into the template; it remembers the apply that made it (Module::origin),
// and sees what the applying file sees. From then on its claims are checked like
// any other: nothing downstream switches into a template mode.
#include "engine/core/diagnostic.hpp"
#include "engine/lang/module.hpp"
#include "engine/lang/scope.hpp"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace claimcheck {

// Every instance an apply makes, in the order of the applies in the files being checked.
struct Instances {
    std::vector<std::unique_ptr<Module>> modules;
    std::map<const ast::Apply*, const Module*> of;  // the instance each apply made

    const Module* made_by(const ast::Apply& apply) const {
        auto found = of.find(&apply);
        return found == of.end() ? nullptr : found->second;
    }
};

// Expands every apply of the program's target files; an apply of an unknown template,
// with the wrong number of arguments, made twice in one file, or pinning a claim the
// template does not have, is an error. Each instance is given the applying file's scope.
Instances expand(const Program& program, Scopes& scopes, std::vector<Diagnostic>& errors);

// The name as the apply sees it: each dot-separated part that is a parameter replaced by
// its argument (arguments maps parameter to argument).
std::string renamed(const std::string& name, const std::map<std::string, std::string>& arguments);

}  // namespace claimcheck
