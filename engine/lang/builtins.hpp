#pragma once
// The functions claims are written with. Each has a typing rule, checked before
// anything runs, and an exact evaluation rule.
#include "engine/lang/value.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace claimcheck {

struct Builtin {
    std::string_view name;
    int min_args;
    int max_args;  // -1: any number
    std::string_view signature;
    std::string_view summary;
    std::string_view formula;  // how it is computed, for explain: "(to - from) / |from|"
    // The result type for these argument types, or why they do not fit.
    std::variant<Type, std::string> (*type)(const std::vector<Type>& args);
    // The exact result; throws EvalError when there is none (a change from zero).
    Rational (*eval)(const std::vector<Value>& args);
    // For any_share and any_mean, which stand for every value a whole count allows.
    Grid (*grid)(const std::vector<Value>& args) = nullptr;
    // Why the argument at this index leaves no result whatever the others are (a change from
    // zero), or nothing. The evaluator asks as soon as the argument is known, so that a missing
    // figure among the others cannot hide the error; eval and grid throw the same reason.
    std::optional<std::string> (*fault)(std::size_t index, const Value& arg) = nullptr;
    // Every result the arguments' ranges allow (an argument known only within bounds); throws
    // EvalError when some allowed value has none. Nothing: the function takes exact figures only.
    Interval (*bounds)(const std::vector<Value>& args) = nullptr;
};

const std::vector<Builtin>& builtins();
const Builtin* find_builtin(std::string_view name);

// A builtin's result type for these arguments' types, inside a vocabulary definition, or why they
// do not fit ("change: ...").
std::variant<Type, std::string> type_for(const Builtin& builtin, const std::vector<Value>& args);

// How a builtin worked its value out, for explain: "(to - from) / |from| with from = 63, to = 361".
std::string formula_with(const Builtin& builtin, const std::vector<Value>& args);

}  // namespace claimcheck
