#pragma once
// The loaded program: every .claims file read, parsed, and linked to the files it uses.
#include "grammar/ast.hpp"
#include "grammar/source.hpp"

#include <memory>
#include <vector>

namespace claimcheck {

struct Module {
    Module(SourceFile source_file, ast::File tree) : source(std::move(source_file)), ast(std::move(tree)) {}

    SourceFile source;
    ast::File ast;
    std::vector<const Module*> uses;  // in the order written
    bool target = false;              // its claims are checked and reported
};

struct Program {
    std::vector<std::unique_ptr<Module>> modules;  // in load order: deterministic for given inputs

    std::vector<const Module*> targets() const {
        std::vector<const Module*> out;
        for (const auto& m : modules)
            if (m->target) out.push_back(m.get());
        return out;
    }
};

}  // namespace claimcheck
