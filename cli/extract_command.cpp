// claimcheck extract ARTICLE...: a skeleton .claims file with a claim for every number the articles state.
#include "environment.hpp"
#include "options.hpp"
#include "session.hpp"

#include "engine/articles/article.hpp"
#include "engine/core/budget.hpp"
#include "engine/core/deadline.hpp"
#include "engine/extract/extract.hpp"
#include "engine/core/paths.hpp"
#include "engine/core/utf8.hpp"
#include "engine/core/inert.hpp"
#include "engine/lang/vocabulary.hpp"

#include <filesystem>
#include <iostream>
#include <optional>
#include <set>

namespace claimcheck::cli {

namespace fs = std::filesystem;

namespace {

// Every article is read before anything is written, and every problem is named:
// when one article cannot be read, no skeleton is written at all.
std::optional<std::vector<ArticleDraft>> read_articles(const std::vector<std::string>& paths, const Limits& limits,
                                                       const Vocabulary& vocabulary) {
    const std::uintmax_t max_bytes = limits.max_file_bytes;
    SkeletonLimits skeleton{limits.max_claims, limits.parse.max_token};
    std::vector<ArticleDraft> drafts;
    std::set<std::string> names;
    bool ok = true;
    for (const auto& given : paths) {
        checkpoint_with([&] { return "while reading " + given; });
        fs::path path(given);
        auto read = read_input(path, max_bytes);
        if (const auto* why = std::get_if<FileError>(&read)) {
            std::cerr << "claimcheck: " << inert(given) << ": " << why->message() << "\n";
            ok = false;
            continue;
        }
        const std::string* text = &std::get<std::string>(read);
        if (auto why = not_text(*text)) {
            std::cerr << "claimcheck: " << inert(given) << ": not a text file (" << *why
                      << "); extract reads articles as plain text, UTF-8\n";
            ok = false;
            continue;
        }
        // A claim names its article by file name (`in "NAME"`), so two articles may not share one.
        std::string name = path.filename().string();
        if (!names.insert(name).second) {
            std::cerr << "claimcheck: " << inert(given) << ": another article given is also named " << inert(name)
                      << "; claims name their article by file name\n";
            ok = false;
            continue;
        }
        charge_for_run(text->size() * (article_cost + article_index_cost), "drafting claims from " + given);
        drafts.push_back(extract(name, valid_utf8(*text), vocabulary, skeleton, given));
    }
    if (!ok) return std::nullopt;
    return drafts;
}

}  // namespace

int run_extract(const ExtractOptions& options) {
    // The skeleton says `use house-style`: the words it finds and writes are that file's.
    std::vector<Diagnostic> errors;
    const Vocabulary vocabulary = house_vocabulary(find_rules_dir(options.rules_dir), errors);
    if (!errors.empty()) {
        print_errors(errors, "nothing was extracted");
        return 2;
    }
    auto drafts = read_articles(options.articles, options.limits, vocabulary);
    if (!drafts) return 2;
    if (!write_result(options.output, render_skeleton(*drafts), options.articles)) return 2;
    for (std::size_t i = 0; i < drafts->size(); ++i) {
        std::size_t n = (*drafts)[i].claims.size();
        std::cerr << "extracted " << n << (n == 1 ? " claim" : " claims") << " from " << inert(options.articles[i]) << "\n";
    }
    return 0;
}

}  // namespace claimcheck::cli
