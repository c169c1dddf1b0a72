// claimcheck extract ARTICLE...: a skeleton .claims file with a claim for every number the articles state.
#include "articles_input.hpp"
#include "environment.hpp"
#include "options.hpp"
#include "session.hpp"

#include "engine/core/inert.hpp"
#include "engine/extract/extract.hpp"
#include "engine/lang/vocabulary.hpp"

#include <iostream>

namespace claimcheck::cli {

int run_extract(const ExtractOptions& options) {
    // The skeleton says `use house-style`: the words it finds and writes are that file's.
    const RulesDir found = find_rules_dir(options.rules_dir, options.config_file);
    const auto rules = required_rules(found.path, found.looked, "nothing was extracted");
    if (!rules) return 2;
    std::vector<Diagnostic> errors;
    const Vocabulary vocabulary = house_vocabulary(*rules, errors);
    if (!errors.empty()) {
        print_errors(errors, "nothing was extracted");
        return 2;
    }
    auto read = read_articles(options.articles, options.limits, vocabulary, "extract");
    if (!read) return 2;
    if (!write_result(options.output, render_skeleton(read->drafts), options.articles)) return 2;
    for (std::size_t i = 0; i < read->drafts.size(); ++i) {
        std::size_t n = read->drafts[i].claims.size();
        std::cerr << "extracted " << n << (n == 1 ? " claim" : " claims") << " from " << inert(options.articles[i]) << "\n";
    }
    return 0;
}

}  // namespace claimcheck::cli
