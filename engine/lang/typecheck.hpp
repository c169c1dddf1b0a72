#pragma once
// Static checks, before any figure is evaluated: every name is bound, every
// function exists and gets the right arguments, units fit together, periods
// are real dates. Each problem becomes a positioned diagnostic; what it finds
// (each node's type, each aggregate's query) it hands on as a Typed.
#include "engine/core/diagnostic.hpp"
#include "grammar/screen.hpp"
#include "engine/lang/near_names.hpp"
#include "engine/lang/scope.hpp"
#include "engine/lang/typed.hpp"
#include "engine/lang/value.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace claimcheck {

// N and it, inside a vocabulary definition.
using TypeParams = std::map<std::string, Type>;

class TypeChecker {
public:
    TypeChecker(const Scopes& scopes, std::vector<Diagnostic>& errors, std::size_t max_depth = ParseLimits{}.max_depth)
        : scopes_(scopes), errors_(errors), max_depth_(max_depth) {}

    // Nothing when the expression has an error (already reported).
    std::optional<Type> expression(const ast::Expr& expr, const Module& module,
                                   const TypeParams* params = nullptr);
    std::optional<Type> operand(const ast::Operand& operand, const Module& module,
                                const TypeParams* params);
    std::optional<Type> let(const LetBinding& binding);
    std::optional<Period> period(const ast::Period& period, const Module& module);
    std::optional<Type> bounds(const ast::Bounded& bounded, const Module& module);
    std::optional<Type> name(const ast::Name& name, const Module& module, const TypeParams* params);
    std::optional<Type> call(const ast::Call& call, const Module& module, const TypeParams* params);
    // The `by` column whose key top(...) or bottom(...) gives, in a check that compares it as a key;
    // nothing on an error, reported.
    const Column* rank_key(const ast::Call& call, const Module& module);

    void error(const Module& module, const boost::spirit::x3::position_tagged& node, std::string message);
    // The names visible where module's code is checked (for an apply's claims, the applying file's).
    const Scope& scope(const Module& module) const { return scopes_.at(&module); }

    // What was found: the types of the nodes checked outside a vocabulary definition, and the scan plan.
    Typed take_typed() { return std::move(typed_); }

private:
    std::optional<Type> aggregate(const ast::Call& call, const TableBinding& table, const Module& module, bool grouped);
    const Column* grouped(const ast::Call& call, const ast::Call& inner, const TableBinding& table,
                          const Module& module);
    std::optional<Type> pick(const ast::Call& call, const ast::Call& inner, const TableBinding& table,
                             const Module& module);

    const Scopes& scopes_;
    std::vector<Diagnostic>& errors_;
    std::map<const ast::Let*, std::optional<Type>> lets_;
    std::set<const ast::Let*> visiting_;
    std::size_t max_depth_;  // of figures defined through figures: visiting_ holds the chain
    NearNames near_;         // "did you mean" for unknown names
    Typed typed_;
};

}  // namespace claimcheck
