#include "session.hpp"

#include "environment.hpp"

#include "engine/core/inert.hpp"

#include <spdlog/spdlog.h>

#include <iostream>

namespace claimcheck::cli {

void print_errors(const std::vector<Diagnostic>& errors, std::string_view outcome) {
    for (const auto& error : errors) std::cerr << error.render();
    std::cerr << errors.size() << (errors.size() == 1 ? " error" : " errors") << "; " << outcome << "\n";
}

std::optional<PipelineOptions> pipeline_options(const InputOptions& options) {
    std::error_code ec;
    if (!options.articles_dir.empty() && !std::filesystem::is_directory(options.articles_dir, ec)) {
        std::cerr << "claimcheck: --articles " << inert(options.articles_dir) << ": no such directory\n";
        return std::nullopt;
    }
    if (!options.root.empty() && !std::filesystem::is_directory(options.root, ec)) {
        std::cerr << "claimcheck: --root " << inert(options.root) << ": no such directory\n";
        return std::nullopt;
    }
    RulesDir rules = find_rules_dir(options.rules_dir, options.config_file);
    PipelineOptions out{rules.path, options.root, options.articles_dir, options.allow_outside,
                        options.lenient, options.limits, std::move(rules.looked)};
    spdlog::debug("rules directory: {}", out.rules_dir.empty() ? "none found" : inert(out.rules_dir.string()));
    return out;
}

std::optional<std::filesystem::path> required_rules(const std::filesystem::path& found,
                                                    const std::vector<std::string>& looked, std::string_view outcome) {
    if (!found.empty()) return found;
    print_errors({Diagnostic{"claimcheck", {}, "no rules directory, whose house-style.claims says which words are vocabulary",
                             {}, looked}},
                 outcome);
    return std::nullopt;
}

std::optional<Report> check_inputs(const std::vector<std::string>& inputs, const InputOptions& options) {
    auto pipeline = pipeline_options(options);
    if (!pipeline) return std::nullopt;
    PipelineOutcome outcome = run_pipeline(inputs, *pipeline);
    if (!outcome.errors.empty()) {
        print_errors(outcome.errors);
        return std::nullopt;
    }
    if (!outcome.report) {
        std::cerr << "claimcheck: nothing to check: " << inert(outcome.nothing_to_check)
                  << " holds no claim and no apply\n";
        return std::nullopt;
    }
    spdlog::debug("checked {} claims", outcome.report->claims.size());
    for (const auto& article : outcome.report->articles)
        spdlog::debug("article {}: {}", inert(article.name),
                      inert(article.found() ? article.path : "not found in " + article.looked_in));
    return std::move(outcome.report);
}

}  // namespace claimcheck::cli
