#pragma once
// What each file can see: the lets and definitions of its own and of every file
// it uses. A let is defined once across all of them; a definition may be
// overridden: a file's own beats those it uses, a later use beats an earlier one.
#include "grammar/diagnostic.hpp"
#include "module.hpp"

#include <map>
#include <string>
#include <vector>

namespace claimcheck {

struct LetBinding {
    const ast::Let* let = nullptr;
    const Module* module = nullptr;
};

struct Definition {
    const ast::Define* define = nullptr;
    const Module* module = nullptr;
    std::string phrase;  // "more than N"

    std::string where() const;  // "rules/house-style.claims:31"
};

struct Scope {
    std::map<std::string, LetBinding> names;
    std::map<std::string, Definition> vocabulary;  // keyed by the words: "more than"
};

using Scopes = std::map<const Module*, Scope>;

Scopes bind(const Program& program, std::vector<Diagnostic>& errors);

// The `source` statement a let follows in its file, if any: where the figure came from.
const ast::SourceDecl* declared_source(const Module& module, const ast::Let& let);

// "one in" for a define of "one in N".
std::string phrase_key(const std::vector<std::string>& words);

// The closest of candidates to name, for "did you mean ...?", or "" if none is close.
std::string closest(const std::string& name, const std::vector<std::string>& candidates);

}  // namespace claimcheck
