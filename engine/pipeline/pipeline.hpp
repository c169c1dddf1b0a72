#pragma once
// Inputs to the final report, left to right: the claims files loaded (with what
// they use), checked (bind, type-check, evaluate, judge, advise), then each
// claim's quote anchored in its article. Every command that reports on claims
// runs this; the command line only gathers the options and prints the outcome.
#include "engine/core/diagnostic.hpp"
#include "engine/core/limits.hpp"
#include "engine/lang/loader.hpp"
#include "engine/lang/tables.hpp"
#include "engine/pipeline/anchor.hpp"
#include "engine/report/report.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck {

struct PipelineOptions {
    std::filesystem::path rules_dir;     // where `use house-style` is found
    std::filesystem::path root;          // the project directory inputs may not leave (empty: each file's own)
    std::filesystem::path articles_dir;  // where articles are looked for first (--articles)
    bool allow_outside = false;
    bool lenient = false;                // skip malformed table rows, and count them
    Limits limits;
    std::vector<std::string> rules_unfound{};  // with no rules_dir: where it was looked for (LoadOptions)
};

// What a run ends with: the report, or why there is none. `errors` are positioned
// (static errors, a limit reached, an article that cannot be read); `nothing_to_check`
// says so when the inputs hold no claim, which must not pass for a green suite.
struct PipelineOutcome {
    std::optional<Report> report;
    std::vector<Diagnostic> errors;
    std::string nothing_to_check;  // the inputs, as named, when they hold no claim and no apply
};

LoadOptions load_options(const PipelineOptions& options);
TableOptions table_options(const PipelineOptions& options);

// Checks a loaded program and anchors its quotes.
PipelineOutcome check_and_anchor(const Program& program, const std::vector<std::string>& inputs,
                                 const PipelineOptions& options);

// The same from the files named: load, then check_and_anchor.
PipelineOutcome run_pipeline(const std::vector<std::string>& inputs, const PipelineOptions& options);

// Every file a run read: claims files (used ones too), tables and articles.
std::vector<std::string> files_read(const Report& report);

}  // namespace claimcheck
