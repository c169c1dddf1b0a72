#pragma once
// Loading and checking as every command does it: problems with the input are
// printed on stderr as positioned diagnostics, and the command exits 2.
#include "options.hpp"

#include "engine/anchor.hpp"
#include "engine/checker.hpp"
#include "engine/loader.hpp"

#include <optional>

namespace claimcheck::cli {

// The loaded program, or nothing after printing why not.
std::optional<Program> load_inputs(const std::vector<std::string>& inputs, const InputOptions& options);

// The report, its quotes anchored in their articles, or nothing after printing the static errors.
std::optional<Report> check_inputs(const std::vector<std::string>& inputs, const InputOptions& options);

// Every file a run read: claims files (used ones too), tables and articles.
std::vector<std::string> files_read(const Report& report);

void print_errors(const std::vector<Diagnostic>& errors);

// Where tables may be read from, and how, as the input options say.
TableOptions table_options(const InputOptions& options);

}  // namespace claimcheck::cli
