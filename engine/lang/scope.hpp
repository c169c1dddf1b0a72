#pragma once
// What each file can see: the lets and definitions of its own and of every file
// it uses. A let is defined once across all of them; a definition may be
// overridden: a file's own beats those it uses, a later use beats an earlier one.
//
// Nothing is copied from file to file: each kind of declaration is indexed once
// for the whole program, by name, and a file sees a declaration when its file is
// among those it reaches through its uses (one bit a file). A thousand files that
// each use the thousand below them cost a bit set each, not a map of a million names.
#include "engine/core/diagnostic.hpp"
#include "engine/lang/module.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
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
    std::size_t order = 0;  // place among the program's definitions: files in load order, each as written

    std::string where() const;  // "rules/house-style.claims:31"
};

// unit school_day = 190 a year: a unit rates are counted per (engine/lang/declared_units.hpp).
struct UnitBinding {
    const ast::UnitDecl* unit = nullptr;
    const Module* module = nullptr;
};

struct TemplateBinding {
    const ast::Template* templ = nullptr;
    const Module* module = nullptr;
};

struct TableInfo;  // engine/lang/tables.hpp: the table's schema, queries and answers, once known

struct TableBinding {
    const ast::TableDecl* table = nullptr;
    const Module* module = nullptr;
    std::shared_ptr<TableInfo> info;  // one per table, shared by every scope that sees it
};

class ScopeIndex;  // scope.cpp: the program's declarations by name, and which files reach which

// The declarations one file sees. Lookups cost a search of the program's index, not a copy per file.
class Scope {
public:
    Scope(const ScopeIndex& index, std::size_t module) : index_(&index), module_(module) {}

    const LetBinding* name(const std::string& text) const;
    const TableBinding* table(const std::string& name) const;
    const Definition* phrase(const std::string& key) const;  // by the words: "more than"
    const TemplateBinding* templ(const std::string& name) const;
    const UnitBinding* unit(const std::string& name) const;  // a declared unit: school_day
    std::vector<std::string> unit_names() const;              // every declared unit this file sees, sorted

    // Every name this file sees, sorted: for "did you mean".
    std::vector<std::string> names() const;
    std::vector<std::string> template_names() const;
    // The names this file sees of one series (kent: kent.2015_16, kent.2016_17, not kent.x.y), sorted.
    std::vector<std::pair<std::string, LetBinding>> series(const std::string& series) const;
    // Every definition this file sees, keyed by its words, sorted; worked out once.
    const std::vector<std::pair<std::string, const Definition*>>& vocabulary() const;

private:
    const ScopeIndex* index_;
    std::size_t module_;
    mutable std::optional<std::vector<std::pair<std::string, const Definition*>>> vocabulary_;
};

// The scope of every file of a program.
class Scopes {
public:
    Scopes();
    Scopes(Scopes&&) noexcept;
    Scopes& operator=(Scopes&&) noexcept;
    ~Scopes();

    const Scope& at(const Module* module) const;
    // A module that sees what `into` sees, and declares nothing: the claims an apply made.
    void alias(const Module* module, const Module* into) { place_[module] = place_.at(into); }
    // Every table of the program once, in the order declared.
    const std::vector<const TableBinding*>& tables() const;

private:
    friend Scopes bind(const Program& program, std::vector<Diagnostic>& errors);
    std::unique_ptr<ScopeIndex> index_;
    std::vector<Scope> scopes_;                   // by the module's place in the index
    std::map<const Module*, std::size_t> place_;  // module -> scopes_
};

Scopes bind(const Program& program, std::vector<Diagnostic>& errors);

// The `source` statement a let follows in its file, if any: where the figure came from.
const ast::SourceDecl* declared_source(const Module& module, const ast::Let& let);

// "one in" for a define of "one in N".
std::string phrase_key(const std::vector<std::string>& words);
// The key a definition is found by: "more than" for `more than N`, "N times more" when
// words follow N.
std::string define_key(const ast::Define& define);

// The closest of candidates to name, for "did you mean ...?", or "" if none is close.
std::string closest(const std::string& name, const std::vector<std::string>& candidates);

}  // namespace claimcheck
