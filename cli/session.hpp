#pragma once
// The pipeline as every command runs it: the options checked and gathered, and
// problems with the input printed on stderr as positioned diagnostics (exit 2).
#include "options.hpp"

#include "engine/pipeline/pipeline.hpp"

#include <optional>
#include <string_view>

namespace claimcheck::cli {

// The pipeline's options from the command line's, or nothing after printing why not.
std::optional<PipelineOptions> pipeline_options(const InputOptions& options);

// The report, its quotes anchored in their articles, or nothing after printing why not.
std::optional<Report> check_inputs(const std::vector<std::string>& inputs, const InputOptions& options);

// The rules directory a command cannot do without (extract, draft), or nothing after printing
// where it was looked for.
std::optional<std::filesystem::path> required_rules(const std::filesystem::path& found,
                                                    const std::vector<std::string>& looked, std::string_view outcome);

// Each error, then how many and what that cost the run ("nothing was checked").
void print_errors(const std::vector<Diagnostic>& errors, std::string_view outcome = "nothing was checked");

}  // namespace claimcheck::cli
