#pragma once
// Matches the words after "is" against the vocabulary in scope:
// "more than a third" is `more than N` with N = `a third`; "nearly 100" is
// `nearly N` with N = 100. Longest phrase first, so "one in five" beats "one".
#include "grammar/ast.hpp"
#include "engine/lang/scope.hpp"

#include <memory>
#include <string>
#include <variant>

namespace claimcheck {

struct PhraseTerm {
    const Definition* definition = nullptr;
    std::shared_ptr<const PhraseTerm> argument;  // a word standing for N
    const ast::Number* number = nullptr;         // or the number written for N
    std::string unit;  // the unit written after a word for a number: "%" in "eight per cent"

    std::string text() const;  // "more than a third"
};

// A definition with a value and no readings of its own ("a fall of N = -N") reads the figure
// after it as that figure is read, carried through its value.
bool reads_through(const ast::Define& define);

// The phrase, or why it does not match ("no definition of 'zillions'"). `after` holds the
// words after the number: "more" in "5 times more".
std::variant<PhraseTerm, std::string> resolve_phrase(const std::vector<std::string>& words,
                                                     const ast::Number* number, const std::vector<std::string>& after,
                                                     const Scope& scope);

}  // namespace claimcheck
