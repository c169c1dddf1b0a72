#pragma once
// What each file can see: the lets and definitions of its own and of every file
// it uses. A let is defined once across all of them; a definition may be
// overridden: a file's own beats those it uses, a later use beats an earlier one.
#include "grammar/diagnostic.hpp"
#include "module.hpp"

#include <map>
#include <memory>
#include <optional>
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

struct TemplateBinding {
    const ast::Template* templ = nullptr;
    const Module* module = nullptr;
};

struct TableInfo;  // engine/tables.hpp: the table's schema, queries and answers, once known

struct TableBinding {
    const ast::TableDecl* table = nullptr;
    const Module* module = nullptr;
    std::shared_ptr<TableInfo> info;  // one per table, shared by every scope that sees it
};

struct Scope {
    std::map<std::string, LetBinding> names;
    std::map<std::string, TableBinding> tables;
    std::map<std::string, Definition> vocabulary;  // keyed by the words: "more than"
    std::map<std::string, TemplateBinding> templates;
};

// A template's claims as one apply sees them: their names are looked up in the
// applying file, with each parameter replaced by its argument wherever it is a
// part of a name (force.to with force = kent and to = 2016_17 is kent.2016_17).
struct Application {
    const ast::Apply* apply = nullptr;
    const Module* into = nullptr;  // the file with the apply
    const Module* from = nullptr;  // the file with the template
    std::map<std::string, std::string> arguments;

    std::string rename(const std::string& name) const;
    std::string instance() const;                            // "force_rise(kent, 2016_17)"
};

using Scopes = std::map<const Module*, Scope>;

Scopes bind(const Program& program, std::vector<Diagnostic>& errors);

// The application an apply makes, or nothing when its template is unknown or
// it gives the wrong number of arguments (the analyzer reports which).
std::optional<Application> application_of(const ast::Apply& apply, const Module& into, const Scope& scope);

// The `source` statement a let follows in its file, if any: where the figure came from.
const ast::SourceDecl* declared_source(const Module& module, const ast::Let& let);

// "one in" for a define of "one in N".
std::string phrase_key(const std::vector<std::string>& words);

// The closest of candidates to name, for "did you mean ...?", or "" if none is close.
std::string closest(const std::string& name, const std::vector<std::string>& candidates);

}  // namespace claimcheck
