#include "engine/pipeline/pipeline.hpp"

#include "engine/pipeline/checker.hpp"
#include "engine/lang/vocabulary.hpp"

#include <utility>

namespace claimcheck {

LoadOptions load_options(const PipelineOptions& options) {
    return {options.rules_dir, options.root, options.allow_outside, options.limits, options.rules_unfound};
}

TableOptions table_options(const PipelineOptions& options) {
    return {options.root, options.allow_outside,
            ScanOptions{options.lenient, 2, ScanOptions{}.block_size, options.limits.max_distinct}};
}

PipelineOutcome check_and_anchor(const Program& program, const std::vector<std::string>& inputs,
                                 const PipelineOptions& options) {
    PipelineOutcome out;
    CheckOutcome checked;
    try {
        checked = check_program(program, table_options(options), options.limits);
    } catch (const LimitExceeded& limit) {
        out.errors.push_back(limit.diagnostic);
        return out;
    }
    if (!checked.errors.empty()) {
        out.errors = std::move(checked.errors);
        return out;
    }
    if (checked.report.claims.empty()) {
        for (const auto& input : inputs) out.nothing_to_check += (out.nothing_to_check.empty() ? "" : " ") + input;
        return out;
    }
    for (const auto& module : program.modules) checked.report.files.push_back(module->source.path());
    // An article's numbers are found with the house style's words, as extract finds them (a rules
    // directory without a house style leaves only plain English number syntax), and with every
    // word the claims files and the rules they use define.
    std::vector<Diagnostic> no_house_style;
    Vocabulary vocabulary = house_vocabulary(options.rules_dir, no_house_style);
    vocabulary.add(std::move(checked.vocabulary.words));
    out.errors = anchor_quotes(checked.report, program,
                               {options.articles_dir, options.root, options.allow_outside, options.limits.max_file_bytes},
                               vocabulary);
    if (out.errors.empty()) out.report = std::move(checked.report);
    return out;
}

PipelineOutcome run_pipeline(const std::vector<std::string>& inputs, const PipelineOptions& options) {
    LoadResult loaded = load(inputs, load_options(options));
    if (!loaded.errors.empty()) return {std::nullopt, std::move(loaded.errors), {}};
    return check_and_anchor(loaded.program, inputs, options);
}

std::vector<std::string> files_read(const Report& report) {
    std::vector<std::string> files = report.files;
    for (const auto& table : report.tables) files.push_back(table.path);
    for (const auto& article : report.articles)
        if (article.found()) files.push_back(article.path);
    return files;
}

}  // namespace claimcheck
