#pragma once
// The vocabulary the rules define, as plain data (engine/core/vocabulary.hpp) for the
// layers that read articles: each `define` in scope, with the shape its definition
// gives it. A define with N and no value is a head ("more than N"); with N and a value,
// a share per N ("one in N"); with no N and a value, a word for that value (a number:
// "ten"; a percentage between 0 and 100%: a fraction, "a third"; else a change,
// "doubled", "halved", "no change"); with no N and no value, a quantity alone ("hundreds").
#include "engine/core/diagnostic.hpp"
#include "engine/core/vocabulary.hpp"
#include "engine/lang/module.hpp"
#include "engine/lang/scope.hpp"

#include <filesystem>
#include <vector>

namespace claimcheck {

class MeaningBuilder;

// Every definition `scope` sees, in its order. A word whose value cannot be worked out is left out.
Vocabulary vocabulary_of(const Scope& scope, MeaningBuilder& meanings);

// Every word a file of the program defines (the rules it uses, a newsroom's own file, a
// story's claims file), each once, in load order. A word whose value cannot be worked out is left out.
Vocabulary program_vocabulary(const Program& program, MeaningBuilder& meanings);

// The words `use house-style` brings: rules_dir/house-style.claims loaded with what it uses
// (none, and no error, with no rules directory: the command says why it wants one).
// Empty, with the errors, when it cannot be loaded.
Vocabulary house_vocabulary(const std::filesystem::path& rules_dir, std::vector<Diagnostic>& errors);

}  // namespace claimcheck
