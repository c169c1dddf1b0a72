#pragma once
// Exact evaluation of expressions that have passed the type checker.
#include "limits.hpp"
#include "scope.hpp"
#include "shape.hpp"
#include "table.hpp"
#include "trace.hpp"
#include "value.hpp"

#include <map>
#include <set>
#include <utility>
#include <stdexcept>
#include <string>
#include <type_traits>

namespace claimcheck {

using ValueParams = std::map<std::string, Value>;

// A figure the data does not have (let x = missing "why"): the check is unverifiable.
struct MissingFigure : std::runtime_error {
    MissingFigure(std::string name, std::string where, const std::string& reason)
        : std::runtime_error(name + " is missing from the data (" + where + ")" +
                             (reason.empty() ? "" : ": " + reason)) {}
};

// No value exists (division by zero), at a place in a file: the check's verdict is error.
struct EvaluationFailure : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class Evaluator {
public:
    explicit Evaluator(const Scopes& scopes, const Limits& limits = {}) : scopes_(scopes), limits_(limits) {}

    Value expression(const ast::Expr& expr, const Module& module, const ValueParams* params = nullptr);
    Value operand(const ast::Operand& operand, const Module& module, const ValueParams* params);
    Value name(const ast::Name& name, const Module& module, const ValueParams* params);
    Value call(const ast::Call& call, const Module& module, const ValueParams* params);
    Value aggregate(const ast::Call& call, const TableBinding& table, const Module& module);
    Value pick(const ast::Call& call, const ast::Call& inner, const TableBinding& table, const Module& module);

    // The tables whose answers were used since the last call: a lenient scan that skipped rows weakens them.
    std::set<const TableInfo*> take_tables_used() { return std::exchange(tables_used_, {}); }
    Value let(const LetBinding& binding);

    // The names visible where module's code runs: the applying file's, inside an applied template.
    const Scope& scope(const Module& module) const { return scopes_.at(home(module)); }
    std::string name_text(const std::string& written, const Module& module) const {
        return applied(module) ? application_->rename(written) : written;
    }

    // Source text as it stands for this run: a template's names with the apply's arguments in place.
    template <typename Node>
    std::string source_text(const Module& module, const Node& node) const {
        if (applied(module)) return renamed_text(module, node, *application_);
        if constexpr (std::is_same_v<Node, ast::Operand>) return std::string(module.source.text_of(*tagged(node)));
        else return std::string(module.source.text_of(node));
    }

    // Run a template's claims as this apply sees them (nothing: back to plain files).
    void set_application(const Application* application) { application_ = application; }

    // Record figures and steps into trace from now on (nothing to stop).
    void trace_into(Trace* trace) { trace_ = trace; }

    [[noreturn]] void fail(const Module& module, const boost::spirit::x3::position_tagged& node,
                           const std::string& message) const;

private:
    // Code from an applied template's file: its names are renamed and looked up in the applying file.
    bool applied(const Module& module) const { return application_ && &module == application_->from; }
    const Module* home(const Module& module) const { return applied(module) ? application_->into : &module; }
    const Answer& answer(const ast::Call& call, const TableBinding& table);
    void record(TraceStep::Kind kind, std::string text, const Value& value, std::string how);
    // Stops the run (LimitExceeded) when x has grown past the bits allowed, or the nesting past its depth.
    void within_limits(const Module& module, const boost::spirit::x3::position_tagged& node, const Rational& x) const;

    const Scopes& scopes_;
    const Limits limits_;
    int nesting_ = 0;  // figures being worked out, each for the one before: x = y + 1, y = z + 1, ...
    std::map<const ast::Let*, Value> lets_;
    std::set<const TableInfo*> tables_used_;
    Trace* trace_ = nullptr;
    int depth_ = 0;
    const Application* application_ = nullptr;
};

}  // namespace claimcheck
