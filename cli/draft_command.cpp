// claimcheck draft ARTICLE... --data FILE...: the checks written from the articles and the data.
#include "articles_input.hpp"
#include "options.hpp"
#include "session.hpp"

#include "engine/core/inert.hpp"
#include "engine/draft/draft.hpp"
#include "engine/draft/render.hpp"
#include "engine/lang/vocabulary.hpp"

#include <iostream>

namespace claimcheck::cli {

int run_draft(const DraftOptions& options) {
    auto pipeline = pipeline_options(options.input);
    if (!pipeline) return 2;
    if (!required_rules(pipeline->rules_dir, pipeline->rules_unfound, "nothing was drafted")) return 2;
    std::vector<Diagnostic> errors;
    const Vocabulary vocabulary = house_vocabulary(pipeline->rules_dir, errors);
    if (!errors.empty()) {
        print_errors(errors, "nothing was drafted");
        return 2;
    }
    auto read = read_articles(options.articles, pipeline->limits, vocabulary, "draft");
    if (!read) return 2;
    // The drafted file's `use`s are written relative to where it goes.
    const std::filesystem::path as_if = options.output.path.empty() ? "drafted.claims" : options.output.path;
    DraftOutcome drafted = draft(std::move(read->drafts), read->texts, options.data, as_if, *pipeline);
    if (!drafted.errors.empty()) {
        print_errors(drafted.errors, "nothing was drafted");
        return 2;
    }
    std::size_t statements = 0, checks = 0;
    for (const auto& article : drafted.articles)
        for (const auto& s : article.statements) {
            ++statements;
            checks += s.drafted ? 1 : 0;
        }
    std::vector<std::string> inputs = options.articles;
    inputs.insert(inputs.end(), options.data.begin(), options.data.end());
    const std::string text =
        options.format == "json" ? render_draft_json(drafted) : render_draft(std::move(drafted), options.data);
    if (!write_result(options.output, text, inputs)) return 2;
    std::cerr << "drafted " << checks << " checks for " << statements << " numeric statements\n";
    return 0;
}

}  // namespace claimcheck::cli
