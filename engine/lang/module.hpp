#pragma once
// The loaded program: every .claims file read, parsed, and linked to the files it uses;
// and the modules the applies of templates make of their claims.
#include "grammar/ast.hpp"
#include "engine/core/source.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck {

struct Module;

// What made a module of claims out of a template (engine/lang/instances.hpp): the apply, and the
// two files involved. Such a module shares the template file's text, and sees what `into` sees.
struct Origin {
    const ast::Apply* apply = nullptr;
    const Module* into = nullptr;  // the file with the apply
    const Module* from = nullptr;  // the file with the template
    std::string instance;          // "force(kent, 2015_16, 2016_17)"
};

struct Module {
    Module(SourceFile source_file, ast::File tree) : source(std::move(source_file)), ast(std::move(tree)) {}

    SourceFile source;
    ast::File ast;
    std::vector<const Module*> uses;  // in the order written
    bool target = false;              // its claims are checked and reported
    std::optional<Origin> origin;     // for a template's claims as one apply made them; nothing for a file
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
