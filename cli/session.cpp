#include "session.hpp"

#include "environment.hpp"

#include "grammar/inert.hpp"

#include <spdlog/spdlog.h>

#include <iostream>

namespace claimcheck::cli {

void print_errors(const std::vector<Diagnostic>& errors) {
    for (const auto& error : errors) std::cerr << error.render();
    std::cerr << errors.size() << (errors.size() == 1 ? " error" : " errors") << "; nothing was checked\n";
}

std::optional<Program> load_inputs(const std::vector<std::string>& inputs, const InputOptions& options) {
    std::error_code ec;
    if (!options.articles_dir.empty() && !std::filesystem::is_directory(options.articles_dir, ec)) {
        std::cerr << "claimcheck: --articles " << inert(options.articles_dir) << ": no such directory\n";
        return std::nullopt;
    }
    if (!options.root.empty() && !std::filesystem::is_directory(options.root, ec)) {
        std::cerr << "claimcheck: --root " << inert(options.root) << ": no such directory\n";
        return std::nullopt;
    }
    LoadOptions load_options{find_rules_dir(options.rules_dir), options.root, options.allow_outside, options.limits};
    spdlog::debug("rules directory: {}", inert(load_options.rules_dir.string()));
    LoadResult loaded = load(inputs, load_options);
    spdlog::debug("loaded {} files", loaded.program.modules.size());
    if (!loaded.errors.empty()) {
        print_errors(loaded.errors);
        return std::nullopt;
    }
    return std::move(loaded.program);
}

TableOptions table_options(const InputOptions& options) {
    return {options.root, options.allow_outside,
            ScanOptions{options.lenient, 2, ScanOptions{}.block_size, options.limits.max_distinct}};
}

std::optional<Report> check_inputs(const std::vector<std::string>& inputs, const InputOptions& options) {
    auto program = load_inputs(inputs, options);
    if (!program) return std::nullopt;
    CheckOutcome outcome;
    try {
        outcome = check_program(*program, table_options(options), options.limits);
    } catch (const LimitExceeded& limit) {
        print_errors({limit.diagnostic});
        return std::nullopt;
    }
    if (!outcome.errors.empty()) {
        print_errors(outcome.errors);
        return std::nullopt;
    }
    // A run with nothing in it must not pass for a green suite.
    if (outcome.report.claims.empty()) {
        std::string named;
        for (const auto& input : inputs) named += (named.empty() ? "" : " ") + input;
        std::cerr << "claimcheck: nothing to check: " << inert(named) << " holds no claim and no apply\n";
        return std::nullopt;
    }
    spdlog::debug("checked {} claims", outcome.report.claims.size());
    for (const auto& module : program->modules) outcome.report.files.push_back(module->source.path());
    auto unread = anchor_quotes(outcome.report, *program,
                                {options.articles_dir, options.root, options.allow_outside, options.limits.max_file_bytes});
    if (!unread.empty()) {
        print_errors(unread);
        return std::nullopt;
    }
    for (const auto& article : outcome.report.articles)
        spdlog::debug("article {}: {}", inert(article.name),
                      inert(article.found() ? article.path : "not found in " + article.looked_in));
    return std::move(outcome.report);
}

std::vector<std::string> files_read(const Report& report) {
    std::vector<std::string> files = report.files;
    for (const auto& table : report.tables) files.push_back(table.path);
    for (const auto& article : report.articles)
        if (article.found()) files.push_back(article.path);
    return files;
}

}  // namespace claimcheck::cli
