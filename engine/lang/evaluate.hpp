#pragma once
// Exact evaluation of expressions that have passed the type checker, with the
// types it found (Typed): each value carries its node's type, looked up.
#include "engine/core/limits.hpp"
#include "engine/lang/ranks.hpp"
#include "engine/lang/scope.hpp"
#include "engine/lang/shape.hpp"
#include "engine/tables/table.hpp"
#include "engine/lang/trace.hpp"
#include "engine/lang/typed.hpp"
#include "engine/lang/value.hpp"

#include <map>
#include <set>
#include <utility>
#include <variant>
#include <stdexcept>
#include <string>

namespace claimcheck {

using ValueParams = std::map<std::string, Value>;

// A figure the data does not have (let x = missing "why"): the check is unverifiable.
struct MissingFigure : NoValue {
    MissingFigure(std::string name, std::string where, const std::string& reason)
        : NoValue(name + " is missing from the data (" + where + ")" +
                             (reason.empty() ? "" : ": " + reason)) {}
};

class Evaluator {
public:
    Evaluator(const Scopes& scopes, const Typed& typed, const Limits& limits = {})
        : scopes_(scopes), typed_(typed), limits_(limits) {}

    Value expression(const ast::Expr& expr, const Module& module, const ValueParams* params = nullptr);
    Value operand(const ast::Operand& operand, const Module& module, const ValueParams* params);
    Value name(const ast::Name& name, const Module& module, const ValueParams* params);
    Value call(const ast::Call& call, const Module& module, const ValueParams* params);
    Value aggregate(const ast::Call& call, const TableBinding& table, const Module& module);
    Value pick(const ast::Call& call, const ast::Call& inner, const TableBinding& table, const Module& module);
    // The keys at the rank top(...) or bottom(...) asks for, ties included; an EvalError past the last group.
    Holders ranked(const ast::Call& call, const Module& module);
    // Every group of the aggregate, in the order the call ranks them.
    std::vector<const Group*> ranking(const ast::Call& call, const Module& module);

    // The tables whose answers were used since the last call: a lenient scan that skipped rows weakens them.
    std::set<const TableInfo*> take_tables_used() { return std::exchange(tables_used_, {}); }
    // What the answers used since the last call left out and a reader should know: total rows kept out.
    std::set<std::string> take_table_notes() { return std::exchange(table_notes_, {}); }
    Value let(const LetBinding& binding);
    Value bounded(const ast::Bounded& bounded, const Module& module);

    // The names visible where module's code runs (for an apply's claims, the applying file's).
    const Scope& scope(const Module& module) const { return scopes_.at(&module); }

    // Source text as it stands for this run: in an apply's claims, with its arguments in place.
    template <typename Node>
    std::string source_text(const Module& module, const Node& node) const {
        return written_text(module, node);
    }

    // Record figures and steps into trace from now on (nothing to stop).
    void trace_into(Trace* trace) {
        trace_ = trace;
        traced_figures_.clear();
    }

    [[noreturn]] void fail(const Module& module, const boost::spirit::x3::position_tagged& node,
                           const std::string& message) const;

private:
    const Answer& answer(const ast::Call& call, const TableBinding& table);
    Holders ranked(const ast::Call& call, const ast::Call& inner, const TableBinding& table, const Module& module);
    std::vector<const Group*> ranking(const ast::Call& call, const ast::Call& inner, const TableBinding& table,
                                      const Module& module);
    void record(TraceStep::Kind kind, std::string text, const Value& value, std::string how,
                std::vector<FilterTrace> filters = {});
    std::vector<FilterTrace> filter_rows(const ast::Call& c, const TableBinding& table) const;
    // An answer is one only when no withheld cell and no unlabelled total row went into it.
    const Answer& vouched(const ast::Call& c, const TableBinding& table, const Module& module);
    [[noreturn]] void no_row(const ast::Call& c, const ast::Call& queried, const TableBinding& table, const Module& module);
    // Stops the run (LimitExceeded) when x has grown past the bits allowed, or the nesting past its depth.
    void within_limits(const Module& module, const boost::spirit::x3::position_tagged& node, const Rational& x) const;
    // Inside a vocabulary definition a type follows the use's N: worked out from the values' types.
    Type carried(const Module& module, const boost::spirit::x3::position_tagged& node,
                 const std::variant<Type, std::string>& type) const;

    const Scopes& scopes_;
    const Typed& typed_;
    const Limits limits_;
    int nesting_ = 0;  // figures being worked out, each for the one before: x = y + 1, y = z + 1, ...
    std::map<const ast::Let*, Value> lets_;
    std::set<const TableInfo*> tables_used_;
    std::set<std::string> table_notes_;
    Trace* trace_ = nullptr;
    std::set<const ast::Let*> traced_figures_;  // each figure is recorded once a trace
    int depth_ = 0;
};

}  // namespace claimcheck
